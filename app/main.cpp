#include "commandline.h"
#include "desktop.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

namespace {

void installTranslations(QCoreApplication &app)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(
            QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("ledgerdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Ledgerdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("Ledgerdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LEDGERDESK_VERSION));
    // A machine without a configured language formats amounts and dates as in the United States.
    if (QLocale::system().language() == QLocale::C)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    describeApplication();

    // Commands print their own sentences; of the log, only the queue's dead letters and warnings show
    // unless QT_LOGGING_RULES asks for more.
    QLoggingCategory::setFilterRules(QStringLiteral("ledgerdesk.*.info=false\nledgerdesk.queue.info=true"));

    if (Ledgerdesk::CommandLine::isSubcommand(arguments)) {
        if (Ledgerdesk::CommandLine::needsWidgets(arguments)) {
            // Screenshots render without a display.
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            QApplication app(argc, argv);
            installTranslations(app);
            return Ledgerdesk::CommandLine::run(arguments);
        }
        QCoreApplication app(argc, argv);
        installTranslations(app);
        return Ledgerdesk::CommandLine::run(arguments);
    }
    QApplication app(argc, argv);
    installTranslations(app);
    return Ledgerdesk::Desktop::run(arguments);
}
