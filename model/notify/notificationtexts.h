#pragma once

#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>

class QLocale;
class QTranslator;

namespace Ledgerdesk {

// The translations of client notifications: the texts of the "Ledgerdesk::Notifications" context, whose
// English source is marked with QT_TRANSLATE_NOOP3 where it is used, translated into each language
// the application ships a `ledgerdesk_<code>.qm` for in its translation resources (:/i18n). A
// language's QTranslator is loaded the first time a client in that language is written to, kept until
// the catalogue is destroyed and never installed, so the desk's own language plays no part.
// Thread rule: every function may be called from any thread; loading takes a lock, and a loaded
// translator is only read afterwards.
class NotificationTexts
{
public:
    // One language as chosen for a client; valid as long as the catalogue that chose it.
    class Language
    {
    public:
        // The language's code as in the file name ("de", "pt_BR"), "en" when there is no translation.
        QString code() const { return m_code; }
        // `source` (with its disambiguation) in this language; `source` when it has no translation.
        QString text(const char *source, const char *disambiguation) const;

    private:
        friend class NotificationTexts;
        Language(const QString &code, const QTranslator *translator);

        QString m_code;
        const QTranslator *m_translator; // null: English
    };

    // Lists the translation files in the resources; nothing is loaded yet.
    NotificationTexts();
    ~NotificationTexts();
    Q_DISABLE_COPY_MOVE(NotificationTexts)

    // The codes of the languages with a translation file, sorted ("de", "en").
    QStringList languages() const;
    // The language to write to a client of `locale` in: a file for the locale's region ("pt_BR"),
    // else for its language ("de" for de_DE and de_AT); English when there is neither, or when the
    // file cannot be loaded (logged).
    Language languageFor(const QLocale &locale) const;

private:
    QHash<QString, QString> m_files; // code -> resource path
    mutable QMutex m_loading;
    mutable std::map<QString, std::unique_ptr<QTranslator>> m_loaded; // code -> translator, null when unloadable
};

} // namespace Ledgerdesk
