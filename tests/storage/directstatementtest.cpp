#include "clinic/storage/directstatement.h"

#include "support/tempdatabase.h"

#include <QSqlQuery>

using namespace clinic;

class DirectStatementTest : public test::TempDatabaseTest
{
protected:
    void SetUp() override
    {
        TempDatabaseTest::SetUp();
        QSqlQuery q(m_db->database());
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL, n INTEGER, UNIQUE (name))")));
    }
};

TEST_F(DirectStatementTest, bindsAndReadsUtf8TextIntegersAndNullsExactly)
{
    // Text as SQLite stores it: UTF-8 with non-Latin scripts, quotes, a tab and an embedded NUL.
    const std::string awkward = std::string("Ræ \"Kąt\" \xE0\xA4\xAE\xE0\xA4\xBE\xE0\xA4\xA8\xE0\xA4\xB8\xE0\xA5\x80 ") + '\t' + std::string(1, '\0') + "end";
    {
        storage::DirectStatement insert(m_db->database(), QStringLiteral("INSERT INTO t (name, n) VALUES (?, ?), (?, ?) RETURNING id"));
        insert.bindText(1, awkward);
        insert.bindInt64(2, std::numeric_limits<qint64>::min());
        insert.bindText(3, "plain");
        insert.bindNull(4);
        int returned = 0;
        while (insert.step())
            ++returned;
        ASSERT_TRUE(insert.ok()) << insert.error().toStdString();
        EXPECT_EQ(returned, 2);
    }
    storage::DirectStatement read(m_db->database(), QStringLiteral("SELECT name, n FROM t ORDER BY id"));
    ASSERT_TRUE(read.step());
    EXPECT_EQ(read.text(0), awkward);
    EXPECT_FALSE(read.isNull(1));
    EXPECT_EQ(read.int64(1), std::numeric_limits<qint64>::min());
    ASSERT_TRUE(read.step());
    EXPECT_EQ(read.text(0), "plain");
    EXPECT_TRUE(read.isNull(1));
    EXPECT_FALSE(read.step());
    EXPECT_TRUE(read.ok());
    // What Qt reads back is the same text (no second encoding on either side).
    EXPECT_EQ(scalar(QStringLiteral("SELECT name FROM t ORDER BY id LIMIT 1")).toString().toStdString(), awkward);
}

TEST_F(DirectStatementTest, aFailedStepSaysWhyAndTheCachedStatementWorksAgainAfterwards)
{
    const QString insert = QStringLiteral("INSERT INTO t (name) VALUES (?)");
    {
        storage::DirectStatement q(m_db->database(), insert);
        q.bindText(1, "once");
        EXPECT_FALSE(q.step());
        ASSERT_TRUE(q.ok()) << q.error().toStdString();
    }
    {
        storage::DirectStatement q(m_db->database(), insert);
        q.bindText(1, "once");
        EXPECT_FALSE(q.step());
        EXPECT_FALSE(q.ok());
        EXPECT_TRUE(q.error().contains(QStringLiteral("UNIQUE"))) << q.error().toStdString();
    }
    {
        storage::DirectStatement q(m_db->database(), insert);
        q.bindText(1, "twice");
        EXPECT_FALSE(q.step());
        EXPECT_TRUE(q.ok()) << "the error of the last use is not carried over: " << q.error().toStdString();
    }
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM t")).toInt(), 2);

    storage::DirectStatement bad(m_db->database(), QStringLiteral("SELECT nope FROM t"));
    EXPECT_FALSE(bad.step());
    EXPECT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().contains(QStringLiteral("nope"))) << bad.error().toStdString();
}

TEST_F(DirectStatementTest, theSameStatementInUseFurtherUpTheStackGetsItsOwnCopy)
{
    QSqlQuery q(m_db->database());
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO t (name, n) VALUES ('a', 1), ('b', 2), ('c', 3)")));
    const QString byN = QStringLiteral("SELECT name FROM t WHERE n >= ? ORDER BY n");
    storage::DirectStatement outer(m_db->database(), byN);
    outer.bindInt64(1, 1);
    ASSERT_TRUE(outer.step());
    EXPECT_EQ(outer.text(0), "a");
    {
        storage::DirectStatement inner(m_db->database(), byN);
        inner.bindInt64(1, 3);
        ASSERT_TRUE(inner.step());
        EXPECT_EQ(inner.text(0), "c");
    }
    ASSERT_TRUE(outer.step()) << "the outer statement kept its place";
    EXPECT_EQ(outer.text(0), "b");
}

TEST_F(DirectStatementTest, statementsDoNotOutliveTheirConnection)
{
    const QString count = QStringLiteral("SELECT count(*) FROM t");
    {
        storage::DirectStatement q(m_db->database(), count);
        ASSERT_TRUE(q.step());
        EXPECT_EQ(q.int64(0), 0);
    }
    // Closing finalizes the cached statement (or the close would fail, and a reopened connection
    // of the same name would be handed a statement of the closed one).
    m_db.reset();
    auto reopened = storage::Connection::open(m_path, QStringLiteral("test"));
    ASSERT_TRUE(reopened.ok());
    m_db = std::move(reopened).value();
    QSqlQuery q(m_db->database());
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO t (name) VALUES ('after')")));
    storage::DirectStatement again(m_db->database(), count);
    ASSERT_TRUE(again.step()) << again.error().toStdString();
    EXPECT_EQ(again.int64(0), 1);
}
