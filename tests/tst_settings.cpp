#include "engine/engine.h"
#include "support/backendtest.h"

#include <QSet>
#include <QTest>

using namespace Ledgerdesk;

// The settings registry as `config` and the readers see it: each key declared once, with a description,
// a default its own rules accept, and values refused with a sentence that names the key.
class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everySetting_isDeclaredOnceAndAcceptsItsDefault();
    void values_areCheckedAgainstTheDeclaration_data();
    void values_areCheckedAgainstTheDeclaration();
    void unknownKey_isNamed();
};

void TestSettings::everySetting_isDeclaredOnceAndAcceptsItsDefault()
{
    const SettingsRegistry registry = Engine::settings();
    QVERIFY(registry.all().size() >= 15);
    QSet<QString> keys;
    for (const SettingDefinition &setting : registry.all()) {
        QVERIFY2(!keys.contains(setting.key), qPrintable(setting.key + QStringLiteral(" is declared twice")));
        keys.insert(setting.key);
        QVERIFY2(!setting.translatedDescription().isEmpty(), qPrintable(setting.key + QStringLiteral(" has no description")));
        QVERIFY2(setting.problemWith(setting.defaultValue).isEmpty(),
            qPrintable(setting.key + QStringLiteral(": its default is refused: ") + setting.problemWith(setting.defaultValue)));
        QVERIFY2(!setting.isSecret() || setting.defaultValue.isEmpty(),
            qPrintable(setting.key + QStringLiteral(" is a secret with a default")));
    }
}

void TestSettings::values_areCheckedAgainstTheDeclaration_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("sms over https") << "sms.base_url"
                                    << "https://api.twilio.com" << true;
    QTest::newRow("sms over http to this machine") << "sms.base_url"
                                                   << "http://127.0.0.1:8099" << true;
    QTest::newRow("sms over http to localhost") << "sms.base_url"
                                                << "http://localhost:8099" << true;
    QTest::newRow("sms over http elsewhere") << "sms.base_url"
                                             << "http://api.twilio.com" << false;
    QTest::newRow("sms over ftp") << "sms.base_url"
                                  << "ftp://api.twilio.com" << false;
    QTest::newRow("smtp with TLS") << "smtp.url"
                                   << "smtps://mail.example.com:465" << true;
    QTest::newRow("smtp without a scheme") << "smtp.url"
                                           << "mail.example.com:25" << false;
    QTest::newRow("timeout in range") << "smtp.timeout_ms"
                                      << "5000" << true;
    QTest::newRow("timeout too short") << "smtp.timeout_ms"
                                       << "5" << false;
    QTest::newRow("timeout in words") << "smtp.timeout_ms"
                                      << "soon" << false;
    QTest::newRow("flag") << "smtp.verify_peer"
                          << "false" << true;
    QTest::newRow("flag as yes") << "smtp.verify_peer"
                                 << "yes" << false;
    QTest::newRow("timeout beyond its maximum") << "smtp.timeout_ms"
                                                << "999999999" << false;
    QTest::newRow("a setting that no longer exists") << "notify.max_attempts"
                                                     << "8" << false;
    QTest::newRow("band") << "bands.high_value"
                          << "2500.00" << true;
    QTest::newRow("band in words") << "bands.high_value"
                                   << "lots" << false;
    QTest::newRow("rate tiers") << "loans.rate_tiers"
                                << "6:5.00,*:9.50" << true;
    QTest::newRow("rate tiers without a last tier") << "loans.rate_tiers"
                                                    << "6:5.00" << false;
    QTest::newRow("empty is the default") << "smtp.timeout_ms"
                                          << "" << true;
}

void TestSettings::values_areCheckedAgainstTheDeclaration()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(bool, accepted);
    const QString problem = Engine::settings().problemWith(key, value);
    QVERIFY2(problem.isEmpty() == accepted, qPrintable(key + QStringLiteral(" = ") + value + QStringLiteral(": ") + problem));
    if (!accepted)
        QVERIFY2(problem.contains(key) || key.startsWith(QLatin1String("loans.")), qPrintable(problem));
}

void TestSettings::unknownKey_isNamed()
{
    const QString problem = Engine::settings().problemWith(QStringLiteral("smtp.colour"), QStringLiteral("blue"));
    QVERIFY2(problem.contains(QStringLiteral("\"smtp.colour\" is not a setting")), qPrintable(problem));
}

LEDGERDESK_TEST_MAIN(TestSettings)

#include "tst_settings.moc"
