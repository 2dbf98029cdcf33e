#include "backendtest.h"

#include <QLoggingCategory>

namespace Ledgerdesk::Test {

int runPerBackend(int argc, char **argv, std::initializer_list<Backend> backends,
    const std::function<int(Backend, PgCluster &, int, char **)> &run)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    // The model's informational logging (migrations, refused commands) is noise in test output;
    // QT_LOGGING_RULES=ledgerdesk.*.info=true brings it back.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("ledgerdesk.*.info=false"));
    const QString only = qEnvironmentVariable("LEDGERDESK_TEST_BACKEND").toLower();
    PgCluster cluster;
    int failed = 0;
    int runs = 0;
    for (Backend backend : backends) {
        const QString name = backendName(backend);
        if (!only.isEmpty() && !name.toLower().startsWith(only))
            continue;
        qInfo().noquote() << "Backend:" << name;
        failed += run(backend, cluster, argc, argv);
        ++runs;
    }
    if (runs == 0) {
        qWarning().noquote() << "LEDGERDESK_TEST_BACKEND =" << only << "names none of the backends of this test.";
        return 1;
    }
    return qMin(failed, 127);
}

} // namespace Ledgerdesk::Test
