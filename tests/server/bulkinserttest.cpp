#include "clinic/server/bulkinsert.h"

#include "storebackend.h"
#include "support/serverdatabase.h"

#include <QSqlQuery>

using namespace clinic;
using server::BulkInsert;

namespace {

/// (backend, strategy): COPY and multi-row statements must store the same thing.
class BulkInsertTest : public ::testing::TestWithParam<std::tuple<QString, BulkInsert::Strategy>>
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_url = test::freshDatabaseUrl(std::get<0>(GetParam()), m_dir);
        ASSERT_FALSE(m_url.isEmpty()) << test::sharedPostgresError().toStdString();
        m_server.emplace(m_url, test::ServerDatabase::Access::ReadWrite);
        QSqlQuery q(m_server->db());
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE scratch (id BIGINT PRIMARY KEY, label TEXT, flag BOOLEAN, amount BIGINT)")));
        ASSERT_TRUE(q.exec(QStringLiteral("BEGIN")));
    }

    BulkInsert make(size_t rowsPerStatement = 20)
    {
        return BulkInsert(m_server->db(), QStringLiteral("scratch"),
                          {QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("flag"), QStringLiteral("amount")}, rowsPerStatement,
                          std::get<1>(GetParam()));
    }

    QTemporaryDir m_dir;
    QString m_url;
    std::optional<test::ServerDatabase> m_server;
};

TEST_P(BulkInsertTest, rowsComeBackExactlyWhicheverWayTheyWentIn)
{
    if (std::get<0>(GetParam()) == QLatin1String("postgres") && std::get<1>(GetParam()) == BulkInsert::Strategy::Auto) {
        ASSERT_TRUE(server::PostgresCopy::available(m_server->db())) << "this build has no libpq: COPY would go untested";
    }
    const std::string awkward = "tab\there\nnew line\r\\N \\t back\\slash \"q\" 'q' \u00f1 \u0928\u092e\u0938\u094d\u0924\u0947";
    BulkInsert insert = make();
    for (qint64 i = 1; i <= 45; ++i) {  // 45 rows: two full statements of 20 and a short one
        if (i == 7)
            insert.add({i, nullptr, nullptr, nullptr});
        else
            insert.add({i, i == 1 ? awkward : "row " + std::to_string(i), i % 2 == 0, i * 1000});
    }
    ASSERT_TRUE(insert.finish().ok());
    QSqlQuery q(m_server->db());
    ASSERT_TRUE(q.exec(QStringLiteral("COMMIT")));
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT id, label, flag, amount FROM scratch ORDER BY id")));
    qint64 n = 0;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        EXPECT_EQ(id, ++n);
        if (id == 7) {
            EXPECT_TRUE(q.value(1).isNull());
            EXPECT_TRUE(q.value(2).isNull());
            EXPECT_TRUE(q.value(3).isNull());
            continue;
        }
        EXPECT_EQ(q.value(1).toString().toStdString(), id == 1 ? awkward : "row " + std::to_string(id));
        EXPECT_EQ(q.value(2).toBool(), id % 2 == 0);
        EXPECT_EQ(q.value(3).toLongLong(), id * 1000);
    }
    EXPECT_EQ(n, 45);
}

TEST_P(BulkInsertTest, aRowOfTheWrongWidthOrARefusedRowWritesNothing)
{
    BulkInsert wrongWidth = make();
    wrongWidth.add({qint64(1), std::string("one"), true, qint64(1)});
    wrongWidth.add({qint64(2), std::string("two")});
    const auto refused = wrongWidth.finish();
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message().contains(QStringLiteral("scratch")));

    BulkInsert duplicate = make(1);
    duplicate.add({qint64(5), std::string("five"), true, qint64(5)});
    duplicate.add({qint64(5), std::string("again"), false, qint64(5)});
    const auto failed = duplicate.finish();
    ASSERT_FALSE(failed.ok());
    EXPECT_TRUE(failed.error().message().contains(QStringLiteral("scratch"))) << failed.error().message().toStdString();

    QSqlQuery q(m_server->db());
    q.exec(QStringLiteral("ROLLBACK"));  // what the push does on an error
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM scratch")) && q.next());
    EXPECT_EQ(q.value(0).toLongLong(), 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, BulkInsertTest,
                         ::testing::Combine(::testing::Values(QStringLiteral("sqlite"), QStringLiteral("postgres")),
                                            ::testing::Values(BulkInsert::Strategy::Auto, BulkInsert::Strategy::Statements)),
                         [](const ::testing::TestParamInfo<std::tuple<QString, BulkInsert::Strategy>> &p) {
                             return std::get<0>(p.param).toStdString()
                                  + (std::get<1>(p.param) == BulkInsert::Strategy::Auto ? "_auto" : "_statements");
                         });

} // namespace
