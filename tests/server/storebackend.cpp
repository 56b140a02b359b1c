#include "storebackend.h"

#include <QAtomicInteger>

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

void BackendTest::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
    m_url = freshDatabaseUrl(GetParam(), m_dir);
    ASSERT_FALSE(m_url.isEmpty()) << "could not prepare a " << GetParam().toStdString() << " database: "
                                  << (sharedPostgres() ? "" : PostgresEnvironment::cluster().errorString().toStdString());
    auto opened = server::ServerStore::open(m_url);
    ASSERT_TRUE(opened.ok()) << opened.error().message().toStdString();
    m_store = std::move(opened).value();
    auto migrated = m_store->migrate();
    ASSERT_TRUE(migrated.ok()) << migrated.error().message().toStdString();
}

std::string backendName(const ::testing::TestParamInfo<QString> &info)
{
    return info.param.toStdString();
}

} // namespace clinic::test
