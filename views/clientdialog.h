#pragma once

#include "clients/client.h"

#include <QDialog>
#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Ledgerdesk {

// A new client's details, checked as they are typed with the same rules the handler applies; the
// first problem is shown as a sentence and its field is marked.
class ClientDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ClientDialog(QWidget *parent = nullptr);

    // The CLIENT_CREATE payload.
    QJsonObject payload() const;
    QString errorText() const;
    bool isAcceptable() const;

private:
    Client clientFromFields() const;
    void revalidate();

    QLineEdit *m_firstName;
    QLineEdit *m_lastName;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QCheckBox *m_byEmail;
    QCheckBox *m_bySms;
    QCheckBox *m_byWhatsApp;
    QComboBox *m_locale;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace Ledgerdesk
