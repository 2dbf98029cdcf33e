#pragma once

#include "support/pgcluster.h"
#include "support/testbooks.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTest>

// Widget tests run offscreen on an SQLite file: a QApplication, test mode, and fresh books per
// test function from the fixture's testBooks().
#define LEDGERDESK_WIDGET_TEST_MAIN(TestClass)                                                                                   \
    int main(int argc, char **argv)                                                                                              \
    {                                                                                                                            \
        QStandardPaths::setTestModeEnabled(true);                                                                                \
        qputenv("QT_QPA_PLATFORM", "offscreen");                                                                                 \
        QApplication app(argc, argv);                                                                                            \
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));                                                   \
        Ledgerdesk::Test::PgCluster unused;                                                                                      \
        Ledgerdesk::Test::TestBooks books(Ledgerdesk::Test::Backend::Sqlite, unused);                                            \
        TestClass test(books);                                                                                                   \
        return QTest::qExec(&test, argc, argv);                                                                                  \
    }
