#include "logindialog.h"

#include "agents/authenticator.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ledgerdesk {

LoginDialog::LoginDialog(Authenticator &authenticator, QWidget *parent)
    : QDialog(parent)
    , m_authenticator(authenticator)
    , m_agent(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Sign in to Ledgerdesk"));
    m_agent->setObjectName(QStringLiteral("agentId"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Agent ID:"), m_agent);
    form->addRow(tr("&Password:"), m_password);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signIn = buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signIn->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_signIn, &QPushButton::clicked, this, &LoginDialog::signIn);

    auto *intro = new QLabel(tr("Sign in with your agent ID and password."), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(360);

    connect(&m_authenticator, &Authenticator::succeeded, this, [this](const QString &agentId) {
        setBusy(false);
        m_signedInAgent = agentId;
        accept();
    });
    connect(&m_authenticator, &Authenticator::failed, this, [this](const QString &message) {
        setBusy(false);
        m_error->setText(message);
        m_error->show();
        m_password->selectAll();
        m_password->setFocus();
    });
}

QString LoginDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void LoginDialog::signIn()
{
    if (m_agent->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        m_error->setText(tr("Enter your agent ID and password."));
        m_error->show();
        return;
    }
    m_error->hide();
    setBusy(true);
    m_authenticator.authenticate(m_agent->text(), m_password->text());
}

void LoginDialog::setBusy(bool busy)
{
    m_agent->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_signIn->setEnabled(!busy);
    m_signIn->setText(busy ? tr("Checking…") : tr("Sign in"));
}

} // namespace Ledgerdesk
