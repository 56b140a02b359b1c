#pragma once
// Runs a server test against each storage backend: SQLite (a temporary file) and PostgreSQL
// (a throw-away cluster started once per test program, a fresh database per test).

#include "clinic/server/serverstore.h"

#include "support/postgrescluster.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace clinic::test {

/// The PostgreSQL cluster shared by the tests of one program (started on first use).
PostgresCluster *sharedPostgres();

/// Makes a fresh, migrated database URL for `backend` ("sqlite" or "postgres").
QString freshDatabaseUrl(const QString &backend, const QTemporaryDir &dir);

class BackendTest : public ::testing::TestWithParam<QString>
{
protected:
    void SetUp() override;
    void TearDown() override { m_store.reset(); }

    QTemporaryDir m_dir;
    QString m_url;
    std::unique_ptr<server::ServerStore> m_store;
};

std::string backendName(const ::testing::TestParamInfo<QString> &info);

} // namespace clinic::test

QT_BEGIN_NAMESPACE
/// Readable QString values in gtest messages.
inline void PrintTo(const QString &value, std::ostream *os) { *os << value.toStdString(); }
QT_END_NAMESPACE
