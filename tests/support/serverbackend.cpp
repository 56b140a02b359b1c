#include "support/serverbackend.h"

#include <QAtomicInteger>

#include <gtest/gtest.h>

namespace clinic::test {

namespace {

class PostgresEnvironment : public ::testing::Environment
{
public:
    void TearDown() override { cluster().stop(); }
    static PostgresCluster &cluster()
    {
        static PostgresCluster c;
        return c;
    }
};

} // namespace

PostgresCluster *sharedPostgres()
{
    static bool started = [] {
        ::testing::AddGlobalTestEnvironment(new PostgresEnvironment);
        return PostgresEnvironment::cluster().start();
    }();
    return started ? &PostgresEnvironment::cluster() : nullptr;
}

QString sharedPostgresError()
{
    return sharedPostgres() ? QString() : PostgresEnvironment::cluster().errorString();
}

QString freshDatabaseUrl(const QString &backend, const QTemporaryDir &dir)
{
    if (backend == QLatin1String("sqlite"))
        return QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("server.db"));
    static QAtomicInteger<int> counter;
    PostgresCluster *pg = sharedPostgres();
    if (!pg)
        return {};
    const QString name = QStringLiteral("t%1").arg(counter.fetchAndAddRelaxed(1));
    if (!pg->createDatabase(name))
        return {};
    return pg->url(name);
}

} // namespace clinic::test
