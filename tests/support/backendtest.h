#pragma once

#include "pgcluster.h"
#include "testbooks.h"

#include <QCoreApplication>
#include <QObject>
#include <QStandardPaths>
#include <QTest>

#include <functional>

namespace Ledgerdesk::Test {

// The base of a test class that runs once per storage backend: each test function asks testBooks()
// for a fresh database of the backend this run is for. Constructed by the test's main().
class BackendTest : public QObject
{
public:
    BackendTest(Backend backend, PgCluster &cluster)
        : m_cluster(cluster)
        , m_testBooks(backend, cluster)
    { }

protected:
    Backend backend() const { return m_testBooks.backend(); }
    TestBooks &testBooks() { return m_testBooks; }
    PgCluster &cluster() { return m_cluster; }

private:
    PgCluster &m_cluster;
    TestBooks m_testBooks;
};

// Runs `run` once per backend (LEDGERDESK_TEST_BACKEND=sqlite or postgres narrows it to one) inside a
// QCoreApplication in test mode, with one PostgreSQL cluster shared by the runs. Returns the number
// of failed test functions (at most 127), so any failure makes the executable fail.
int runPerBackend(int argc, char **argv, std::initializer_list<Backend> backends,
    const std::function<int(Backend, PgCluster &, int, char **)> &run);

} // namespace Ledgerdesk::Test

#define LEDGERDESK_TEST_MAIN_BACKENDS(TestClass, ...)                                                                            \
    int main(int argc, char **argv)                                                                                              \
    {                                                                                                                            \
        return Ledgerdesk::Test::runPerBackend(argc, argv, {__VA_ARGS__},                                                        \
            [](Ledgerdesk::Test::Backend backend, Ledgerdesk::Test::PgCluster &cluster, int count, char **args) {                \
                TestClass test(backend, cluster);                                                                                \
                return QTest::qExec(&test, count, args);                                                                         \
            });                                                                                                                  \
    }

// The test class runs on an SQLite file, then on PostgreSQL.
#define LEDGERDESK_TEST_MAIN_BOTH_BACKENDS(TestClass)                                                                            \
    LEDGERDESK_TEST_MAIN_BACKENDS(TestClass, Ledgerdesk::Test::Backend::Sqlite, Ledgerdesk::Test::Backend::Postgres)

// The test class runs on PostgreSQL only (what only a server can do: restart under the program).
#define LEDGERDESK_TEST_MAIN_POSTGRES(TestClass) LEDGERDESK_TEST_MAIN_BACKENDS(TestClass, Ledgerdesk::Test::Backend::Postgres)

// The test class runs on an SQLite file only.
#define LEDGERDESK_TEST_MAIN_SQLITE(TestClass) LEDGERDESK_TEST_MAIN_BACKENDS(TestClass, Ledgerdesk::Test::Backend::Sqlite)

// A test class without a database (default constructible).
#define LEDGERDESK_TEST_MAIN(TestClass)                                                                                          \
    int main(int argc, char **argv)                                                                                              \
    {                                                                                                                            \
        QStandardPaths::setTestModeEnabled(true);                                                                                \
        QCoreApplication app(argc, argv);                                                                                        \
        TestClass test;                                                                                                          \
        return QTest::qExec(&test, argc, argv);                                                                                  \
    }
