#pragma once
// The server's storage backends for tests: SQLite (a file in a temporary folder) and PostgreSQL
// (a throw-away cluster started once per test program, a fresh database per call).

#include "support/postgrescluster.h"

#include <QString>
#include <QTemporaryDir>

#include <ostream>

namespace clinic::test {

/// The PostgreSQL cluster shared by the tests of one program: started on first use, stopped when
/// the program's tests end. Null when it cannot start (errorString() of sharedPostgresError()).
PostgresCluster *sharedPostgres();
/// Why the shared cluster did not start (empty when it did).
QString sharedPostgresError();

/// A fresh, empty database URL for `backend` ("sqlite" or "postgres"); empty on failure.
QString freshDatabaseUrl(const QString &backend, const QTemporaryDir &dir);

} // namespace clinic::test

QT_BEGIN_NAMESPACE
/// Readable QString values in gtest messages (test parameters, EXPECT_EQ).
inline void PrintTo(const QString &value, std::ostream *os) { *os << value.toStdString(); }
QT_END_NAMESPACE
