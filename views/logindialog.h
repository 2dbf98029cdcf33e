#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Ledgerdesk {

class Authenticator;

// Asks for an agent ID and password. The password check runs off the GUI thread; the dialog stays
// responsive and shows "Checking…" meanwhile, and shows a refusal as a sentence under the fields.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(Authenticator &authenticator, QWidget *parent = nullptr);

    QString agentId() const { return m_signedInAgent; }
    QString errorText() const;

private:
    void signIn();
    void setBusy(bool busy);

    Authenticator &m_authenticator;
    QLineEdit *m_agent;
    QLineEdit *m_password;
    QLabel *m_error;
    QPushButton *m_signIn;
    QString m_signedInAgent;
};

} // namespace Ledgerdesk
