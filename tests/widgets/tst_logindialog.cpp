#include "agents/authenticator.h"
#include "logindialog.h"
#include "widgettest.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Ledgerdesk;
using namespace Ledgerdesk::Test;

// The sign-in dialog against a real book: the password check runs off the GUI thread and the
// dialog reports the outcome.
class TestLoginDialog : public QObject
{
    Q_OBJECT

public:
    explicit TestLoginDialog(TestBooks &books)
        : m_books(books)
    { }

private:
    void fillIn(LoginDialog &dialog, const QString &agent, const QString &password)
    {
        dialog.findChild<QLineEdit *>(QStringLiteral("agentId"))->setText(agent);
        dialog.findChild<QLineEdit *>(QStringLiteral("password"))->setText(password);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("signIn")), Qt::LeftButton);
    }

    TestBooks &m_books;

private Q_SLOTS:
    void signIn_withTheRightPassword_acceptsTheAgent()
    {
        LD_OPEN_BOOKS(books, m_books);
        Authenticator authenticator(books->db());
        LoginDialog dialog(authenticator);
        dialog.show();
        fillIn(dialog, Books::agent, Books::password);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.agentId(), Books::agent);
        QVERIFY(dialog.errorText().isEmpty());
    }

    void signIn_withAWrongPassword_saysSoAndStaysOpen()
    {
        LD_OPEN_BOOKS(books, m_books);
        Authenticator authenticator(books->db());
        LoginDialog dialog(authenticator);
        dialog.show();
        fillIn(dialog, Books::agent, QStringLiteral("not-the-password"));
        QTRY_VERIFY(!dialog.errorText().isEmpty());
        QVERIFY2(dialog.errorText().contains(QStringLiteral("wrong")), qPrintable(dialog.errorText()));
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.agentId().isEmpty());
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("signIn"))->isEnabled());
    }

    void signIn_withEmptyFields_asksForThem()
    {
        LD_OPEN_BOOKS(books, m_books);
        Authenticator authenticator(books->db());
        LoginDialog dialog(authenticator);
        dialog.show();
        fillIn(dialog, QString(), QString());
        QVERIFY2(dialog.errorText().contains(QStringLiteral("Enter your agent ID")), qPrintable(dialog.errorText()));
    }

    void signIn_afterFiveWrongPasswords_locksTheAgentOut()
    {
        LD_OPEN_BOOKS(books, m_books);
        Authenticator authenticator(books->db());
        LoginDialog dialog(authenticator);
        dialog.show();
        for (int attempt = 0; attempt < Authenticator::maxFailures; ++attempt) {
            fillIn(dialog, Books::agent, QStringLiteral("guess-%1").arg(attempt));
            QTRY_VERIFY(dialog.findChild<QPushButton *>(QStringLiteral("signIn"))->isEnabled());
        }
        fillIn(dialog, Books::agent, Books::password);
        QTRY_VERIFY(dialog.errorText().contains(QStringLiteral("Too many wrong passwords")));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }
};

LEDGERDESK_WIDGET_TEST_MAIN(TestLoginDialog)
#include "tst_logindialog.moc"
