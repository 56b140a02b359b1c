#include "clinic/storage/checkpointer.h"
#include "clinic/storage/patientrepository.h"
#include "clinic/storage/writetransaction.h"

#include "support/fixtures.h"
#include "support/tempdatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTest>

using namespace clinic;

class CheckpointerTest : public test::TempDatabaseTest {};

TEST_F(CheckpointerTest, checkpointsFromItsOwnThreadWhileWritersSkipThem)
{
    // Writers as the app configures them: SQLite's own checkpoint only as a far-away backstop.
    m_db.reset();
    storage::OpenOptions options;
    options.walAutoCheckpointPages = 100000;
    auto opened = storage::Connection::open(m_path, QStringLiteral("test"), options);
    ASSERT_TRUE(opened.ok());
    m_db = std::move(opened).value();
    ASSERT_EQ(scalar(QStringLiteral("PRAGMA wal_autocheckpoint")).toInt(), 100000);
    scalar(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const qint64 sizeBefore = QFileInfo(m_path).size();

    storage::PatientRepository repo(*m_db, m_session);
    {
        storage::WriteTransaction tx(*m_db, std::nullopt);
        for (int i = 0; i < 300; ++i)
            ASSERT_TRUE(repo.create(test::patient("Chetan", "Pai")).ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    EXPECT_EQ(QFileInfo(m_path).size(), sizeBefore) << "the commit did not checkpoint";

    storage::Checkpointer checkpointer(m_path, 20);
    checkpointer.start();
    EXPECT_TRUE(checkpointer.isRunning());
    EXPECT_TRUE(QTest::qWaitFor([&] { return QFileInfo(m_path).size() > sizeBefore; }, 5000))
        << "the checkpointer copied the WAL into the database file";
    checkpointer.stop();
    EXPECT_FALSE(checkpointer.isRunning());
    EXPECT_EQ(repo.count().value(), 300);
}

TEST_F(CheckpointerTest, startedBeforeItsDatabaseIsCreatedItBeginsOnceThereIsOne)
{
    // A checkpointer whose database does not exist yet keeps trying instead of giving up.
    const QString path = QFileInfo(m_path).dir().filePath(QStringLiteral("later.db"));
    storage::Checkpointer checkpointer(path, 20);
    checkpointer.start();
    QTest::qWait(100);  // a few tries against nothing (or an empty, unmigrated file)

    storage::OpenOptions options;
    options.walAutoCheckpointPages = 100000;  // the writer never checkpoints itself
    auto opened = storage::Connection::open(path, QStringLiteral("later"), options);
    ASSERT_TRUE(opened.ok()) << opened.error().message().toStdString();
    QSqlQuery(opened.value()->database()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const qint64 sizeBefore = QFileInfo(path).size();
    storage::PatientRepository repo(*opened.value(), m_session);
    {
        storage::WriteTransaction tx(*opened.value(), std::nullopt);
        for (int i = 0; i < 300; ++i)
            ASSERT_TRUE(repo.create(test::patient("Gauri", "Kulkarni")).ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    EXPECT_TRUE(QTest::qWaitFor([&] { return QFileInfo(path).size() > sizeBefore; }, 5000))
        << "the database file stayed at " << sizeBefore << " bytes";
    checkpointer.stop();
}
