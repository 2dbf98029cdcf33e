#include "notificationtexts.h"

#include "core/logging.h"

#include <QDir>
#include <QLocale>
#include <QMutexLocker>
#include <QTranslator>

namespace Ledgerdesk {

namespace {

// Where the build puts the translations (qt_add_translations with RESOURCE_PREFIX /i18n), and how
// their files are named: ledgerdesk_de.qm, ledgerdesk_pt_BR.qm.
const QString translationsDirectory = QStringLiteral(":/i18n");
const QString filePrefix = QStringLiteral("ledgerdesk_");
const QString fileSuffix = QStringLiteral(".qm");

// The context every notification text is marked in.
constexpr char context[] = "Ledgerdesk::Notifications";

const QString english = QStringLiteral("en");

} // namespace

NotificationTexts::Language::Language(const QString &code, const QTranslator *translator)
    : m_code(code)
    , m_translator(translator)
{ }

QString NotificationTexts::Language::text(const char *source, const char *disambiguation) const
{
    const QString translated = m_translator ? m_translator->translate(context, source, disambiguation) : QString();
    return translated.isEmpty() ? QString::fromUtf8(source) : translated;
}

NotificationTexts::NotificationTexts()
{
    const QStringList files = QDir(translationsDirectory).entryList({filePrefix + QLatin1Char('*') + fileSuffix}, QDir::Files);
    for (const QString &file : files)
        m_files.insert(file.mid(filePrefix.size(), file.size() - filePrefix.size() - fileSuffix.size()),
            translationsDirectory + QLatin1Char('/') + file);
}

NotificationTexts::~NotificationTexts() = default;

QStringList NotificationTexts::languages() const
{
    QStringList codes = m_files.keys();
    codes.sort();
    return codes;
}

NotificationTexts::Language NotificationTexts::languageFor(const QLocale &locale) const
{
    const QString name = locale.name(); // "de_DE"
    const QString language = name.section(QLatin1Char('_'), 0, 0);
    const QString code = m_files.contains(name) ? name : language;
    const auto file = m_files.constFind(code);
    if (file == m_files.cend())
        return Language(english, nullptr);

    QMutexLocker lock(&m_loading);
    auto loaded = m_loaded.find(code);
    if (loaded == m_loaded.end()) {
        auto translator = std::make_unique<QTranslator>();
        if (!translator->load(*file)) {
            qCWarning(lcNotify) << "cannot load the notification translations" << *file << "- writing in English";
            translator.reset();
        }
        loaded = m_loaded.emplace(code, std::move(translator)).first;
    }
    return loaded->second ? Language(code, loaded->second.get()) : Language(english, nullptr);
}

} // namespace Ledgerdesk
