#include "clientdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ledgerdesk {

ClientDialog::ClientDialog(QWidget *parent)
    : QDialog(parent)
    , m_firstName(new QLineEdit(this))
    , m_lastName(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_byEmail(new QCheckBox(tr("E-mail"), this))
    , m_bySms(new QCheckBox(tr("SMS"), this))
    , m_byWhatsApp(new QCheckBox(tr("WhatsApp"), this))
    , m_locale(new QComboBox(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New client"));
    m_firstName->setObjectName(QStringLiteral("first_name"));
    m_lastName->setObjectName(QStringLiteral("last_name"));
    m_email->setObjectName(QStringLiteral("email"));
    m_phone->setObjectName(QStringLiteral("phone"));
    m_phone->setPlaceholderText(QStringLiteral("+14155550123"));
    m_email->setPlaceholderText(QStringLiteral("name@example.com"));
    m_byEmail->setChecked(true);
    for (const char *name : {"en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "pt_BR", "sw_KE", "yo_NG"}) {
        const QLocale locale(QString::fromLatin1(name));
        m_locale->addItem(
            QStringLiteral("%1 (%2)").arg(locale.nativeLanguageName(), locale.nativeTerritoryName()), locale.name());
    }
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));

    auto *channels = new QHBoxLayout;
    channels->addWidget(m_byEmail);
    channels->addWidget(m_bySms);
    channels->addWidget(m_byWhatsApp);
    channels->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("&First name:"), m_firstName);
    form->addRow(tr("&Last name:"), m_lastName);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("Notify by:"), channels);
    form->addRow(tr("Language:"), m_locale);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create client"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_firstName, m_lastName, m_email, m_phone})
        connect(edit, &QLineEdit::textChanged, this, &ClientDialog::revalidate);
    for (QCheckBox *box : {m_byEmail, m_bySms, m_byWhatsApp})
        connect(box, &QCheckBox::toggled, this, &ClientDialog::revalidate);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
    revalidate();
}

Client ClientDialog::clientFromFields() const
{
    Client client;
    (void)client.setField(QStringLiteral("first_name"), m_firstName->text());
    (void)client.setField(QStringLiteral("last_name"), m_lastName->text());
    (void)client.setField(QStringLiteral("email"), m_email->text());
    (void)client.setField(QStringLiteral("phone"), m_phone->text());
    client.locale = m_locale->currentData().toString();
    if (m_byEmail->isChecked())
        client.channels << QStringLiteral("email");
    if (m_bySms->isChecked())
        client.channels << QStringLiteral("sms");
    if (m_byWhatsApp->isChecked())
        client.channels << QStringLiteral("whatsapp");
    return client;
}

QJsonObject ClientDialog::payload() const
{
    const Client client = clientFromFields();
    return {{QStringLiteral("first_name"), client.firstName}, {QStringLiteral("last_name"), client.lastName},
        {QStringLiteral("email"), client.email}, {QStringLiteral("phone"), client.phone},
        {QStringLiteral("channels"), QJsonArray::fromStringList(client.channels)}, {QStringLiteral("locale"), client.locale}};
}

QString ClientDialog::errorText() const
{
    return m_error->text();
}

bool ClientDialog::isAcceptable() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

void ClientDialog::revalidate()
{
    const bool untouched = m_firstName->text().isEmpty() && m_lastName->text().isEmpty();
    const auto check = clientFromFields().validate();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(check.isOk());
    // Before anything is typed, an empty form is not an error yet.
    m_error->setText(check || untouched ? QString() : check.error().message);
    const QString field = check ? QString() : check.error().detail;
    for (QLineEdit *edit : {m_firstName, m_lastName, m_email, m_phone})
        edit->setStyleSheet(!untouched && edit->objectName() == field ? QStringLiteral("border: 1px solid #b3261e;") : QString());
}

} // namespace Ledgerdesk
