#include "clinic/storage/changecapture.h"
#include "clinic/storage/backupservice.h"
#include "clinic/storage/connection.h"
#include "clinic/storage/migrator.h"
#include "clinic/storage/patientsearchindex.h"
#include "clinic/domain/sqlscript.h"

#include "support/tempdatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace clinic;
using storage::Connection;
using storage::Migrator;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void exec(const Connection &c, const QString &sql)
{
    QSqlQuery q(c.database());
    ASSERT_TRUE(q.exec(sql)) << sql.toStdString() << ": " << q.lastError().text().toStdString();
}

qint64 count(const Connection &c, const QString &sql)
{
    QSqlQuery q(c.database());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// Rows written at each schema version with that version's columns, as an older app would have.
void writeDataOfVersion(const Connection &c, int version)
{
    const QString now = QStringLiteral("1763800000000");
    switch (version) {
    case 1:
        exec(c, QStringLiteral("INSERT INTO practitioners (name, created_at, updated_at) VALUES ('Dr. Asha Verma', %1, %1)").arg(now));
        exec(c, QStringLiteral("INSERT INTO patients (first_name, last_name, phone, date_of_birth, created_at, updated_at) "
                               "VALUES ('Kabir', 'Malhotra', '+919812345678', '1984-02-29', %1, %1)").arg(now));
        exec(c, QStringLiteral("INSERT INTO services (code, name, duration_minutes, price_minor, created_at, updated_at) "
                               "VALUES ('PT30', 'Session', 30, 80000, %1, %1)").arg(now));
        break;
    case 2:
        exec(c, QStringLiteral("INSERT INTO appointments (patient_id, practitioner_id, start_at, end_at, created_at, updated_at) "
                               "SELECT (SELECT min(id) FROM patients), (SELECT min(id) FROM practitioners), %1, %1 + 1800000, %1, %1").arg(now));
        break;
    case 3:
        exec(c, QStringLiteral("INSERT INTO invoices (patient_id, currency, created_at, updated_at) "
                               "SELECT min(id), 'INR', %1, %1 FROM patients").arg(now));
        break;
    default:
        break;
    }
}

} // namespace

TEST(Migrations, areNumberedWithoutGapsFromOne)
{
    const auto &list = Migrator::migrations();
    ASSERT_FALSE(list.isEmpty());
    for (int i = 0; i < list.size(); ++i)
        EXPECT_EQ(list.at(i).version, i + 1) << list.at(i).name.toStdString();
}

TEST(Migrations, everyScriptSplitsIntoStatementsThatEndCleanly)
{
    for (const auto &m : Migrator::migrations()) {
        const QStringList statements = domain::SqlScript::split(m.sql);
        EXPECT_FALSE(statements.isEmpty()) << m.name.toStdString();
        for (const QString &s : statements)
            EXPECT_TRUE(s.endsWith(QLatin1Char(';'))) << m.name.toStdString() << ": " << s.toStdString();
    }
}

TEST(SqlScript, keepsTriggerBodiesQuotedSemicolonsAndInlineCommentsTogether)
{
    const QString script = QStringLiteral(
        "-- comment; with semicolon\n"
        "CREATE TABLE t (a TEXT DEFAULT 'x;y'); -- trailing; comment\n"
        "CREATE TRIGGER tr AFTER INSERT ON t\nBEGIN\n  SELECT 1;\n  SELECT 'it''s; fine';\nEND;\n"
        "INSERT INTO t VALUES ('multi\nline;\nvalue');\n");
    const QStringList parts = domain::SqlScript::split(script);
    ASSERT_EQ(parts.size(), 3);
    EXPECT_TRUE(parts.at(1).startsWith(QStringLiteral("CREATE TRIGGER")));
    EXPECT_TRUE(parts.at(1).endsWith(QStringLiteral("END;")));
    EXPECT_TRUE(parts.at(2).contains(QStringLiteral("multi\nline;\nvalue")));
}

TEST(Migrations, upgradeFromEveryOlderVersionKeepsTheData)
{
    for (int start = 1; start < Migrator::latestVersion(); ++start) {
        SCOPED_TRACE(start);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        // Build the file as the app at version `start` left it, with rows written at each version.
        for (int v = 1; v <= start; ++v) {
            storage::OpenOptions options;
            options.migrateTo = v;
            auto c = Connection::open(path, QStringLiteral("old"), options);
            ASSERT_TRUE(c.ok()) << c.error().message().toStdString();
            EXPECT_EQ(Migrator::currentVersion(*c.value()).value(), v);
            writeDataOfVersion(*c.value(), v);
        }
        auto upgraded = Connection::open(path, QStringLiteral("new"));
        ASSERT_TRUE(upgraded.ok()) << upgraded.error().message().toStdString();
        const Connection &c = *upgraded.value();
        EXPECT_EQ(Migrator::currentVersion(c).value(), Migrator::latestVersion());
        EXPECT_EQ(count(c, QStringLiteral("SELECT count(*) FROM schema_version")), Migrator::latestVersion());
        EXPECT_EQ(count(c, QStringLiteral("SELECT count(*) FROM patients WHERE first_name = 'Kabir' "
                                          "AND date_of_birth = '1984-02-29' AND phone = '+919812345678'")), 1);
        EXPECT_EQ(count(c, QStringLiteral("SELECT count(*) FROM practitioners")), 1);
        EXPECT_EQ(count(c, QStringLiteral("SELECT count(*) FROM services WHERE price_minor = 80000")), 1);
        EXPECT_EQ(count(c, QStringLiteral("SELECT count(*) FROM appointments")), start >= 2 ? 1 : 0);
        EXPECT_EQ(count(c, QStringLiteral("SELECT count(*) FROM invoices")), start >= 3 ? 1 : 0);
        // Rows from before the search index existed are searchable after the upgrade.
        EXPECT_EQ(count(c, QStringLiteral("SELECT count(*) FROM patient_search WHERE patient_search MATCH 'kab*'")), 1);
        EXPECT_EQ(storage::PatientSearchIndex::verify(*upgraded.value()).value(), 0);
        // And every synced table is captured, including ones added by the upgrade.
        EXPECT_TRUE(storage::ChangeCapture::verify(c).value().isEmpty());
    }
}

TEST(Migrations, anUpgradeIsPrecededByAVerifiedBackupOfTheOldFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clinic.db"));
    {
        auto fresh = Connection::open(path, QStringLiteral("fresh"));
        ASSERT_TRUE(fresh.ok());
        EXPECT_TRUE(fresh.value()->preMigrationBackup().isEmpty()) << "a new file has nothing to lose";
    }
    QFile::remove(path);
    {
        storage::OpenOptions old;
        old.migrateTo = 5;
        auto c = Connection::open(path, QStringLiteral("old"), old);
        ASSERT_TRUE(c.ok());
        writeDataOfVersion(*c.value(), 1);
    }
    auto upgraded = Connection::open(path, QStringLiteral("upgraded"));
    ASSERT_TRUE(upgraded.ok()) << upgraded.error().message().toStdString();
    const QString copy = upgraded.value()->preMigrationBackup();
    ASSERT_FALSE(copy.isEmpty());
    EXPECT_TRUE(copy.startsWith(storage::BackupService::defaultFolder(path)));
    EXPECT_TRUE(storage::BackupService::verify(copy).ok());
    storage::OpenOptions asIs;
    asIs.migrate = false;
    asIs.backupBeforeMigration = false;
    QFile::copy(copy, dir.filePath(QStringLiteral("inspect.db")));
    auto inspect = Connection::open(dir.filePath(QStringLiteral("inspect.db")), QStringLiteral("inspect"), asIs);
    // The copy is the file as it was: still at schema 5 (so it refuses to open unmigrated).
    ASSERT_FALSE(inspect.ok());
    EXPECT_TRUE(inspect.error().message().contains(QStringLiteral("version 5"))) << inspect.error().message().toStdString();
}

TEST(Migrations, aFailedUpgradeSaysWhereTheCopyIsAndLeavesAConsistentFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clinic.db"));
    {
        storage::OpenOptions old;
        old.migrateTo = 6;
        auto c = Connection::open(path, QStringLiteral("old"), old);
        ASSERT_TRUE(c.ok());
        writeDataOfVersion(*c.value(), 1);
        // Something migration 7 does not expect (a column it adds already exists).
        QSqlQuery q(c.value()->database());
        ASSERT_TRUE(q.exec(QStringLiteral("ALTER TABLE invoices ADD COLUMN chain_hash TEXT")));
    }
    auto failed = Connection::open(path, QStringLiteral("upgrade"));
    ASSERT_FALSE(failed.ok());
    const QString message = failed.error().message();
    EXPECT_TRUE(message.contains(QStringLiteral("clinicdesk-admin restore"))) << message.toStdString();
    const auto backups = storage::BackupService::list(storage::BackupService::defaultFolder(path));
    ASSERT_EQ(backups.size(), 1);
    EXPECT_TRUE(message.contains(backups.first().path)) << message.toStdString();
    EXPECT_TRUE(storage::BackupService::verify(backups.first().path).ok());
    // The failed step rolled back: the file is exactly at the last complete version.
    storage::OpenOptions asIs;
    asIs.migrate = false;
    asIs.backupBeforeMigration = false;
    auto after = Connection::open(path, QStringLiteral("after"), asIs);
    ASSERT_FALSE(after.ok());
    EXPECT_TRUE(after.error().message().contains(QStringLiteral("version 6"))) << after.error().message().toStdString();
}

TEST(Migrations, aDatabaseFromANewerVersionIsRefusedAndLeftUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.db"));
    {
        auto c = Connection::open(path, QStringLiteral("now"));
        ASSERT_TRUE(c.ok());
        exec(*c.value(), QStringLiteral("INSERT INTO schema_version (version, name, applied_at) VALUES (%1, 'from_the_future', 0)")
                             .arg(Migrator::latestVersion() + 1));
        exec(*c.value(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    const QByteArray before = fileHash(path);
    auto refused = Connection::open(path, QStringLiteral("old-app"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code(), domain::ErrorCode::NewerSchema);
    EXPECT_TRUE(refused.error().message().contains(QStringLiteral("newer version")));
    EXPECT_EQ(fileHash(path), before);
    EXPECT_FALSE(QSqlDatabase::contains(QStringLiteral("old-app"))) << "a refused open leaves no connection behind";
}

TEST(Migrations, aDamagedFileIsReportedNotOpened)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.db"));
    {
        auto c = Connection::open(path, QStringLiteral("fill"));
        ASSERT_TRUE(c.ok());
        for (int i = 0; i < 200; ++i)
            exec(*c.value(), QStringLiteral("INSERT INTO settings (key, value) VALUES ('k%1', hex(randomblob(400)))").arg(i));
        exec(*c.value(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        ASSERT_GT(f.size(), 40960);
        // Scribble over a b-tree page in the middle of the file, as a failing disk might.
        f.seek(f.size() / 2);
        f.write(QByteArray(4096, '\x5A'));
    }
    auto opened = Connection::open(path, QStringLiteral("damaged"));
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code(), domain::ErrorCode::Corrupt);
    EXPECT_TRUE(opened.error().message().contains(QStringLiteral("backup")));
}

TEST(Migrations, openingTwiceWithTheSameNameIsRefused)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.db"));
    auto first = Connection::open(path, QStringLiteral("same"));
    ASSERT_TRUE(first.ok());
    auto second = Connection::open(path, QStringLiteral("same"));
    EXPECT_FALSE(second.ok());
    EXPECT_TRUE(first.value()->database().isOpen());
}

TEST(Migrations, connectionsUseWalForeignKeysAndABusyTimeout)
{
    QTemporaryDir dir;
    auto c = Connection::open(dir.filePath(QStringLiteral("p.db")), QStringLiteral("pragmas"));
    ASSERT_TRUE(c.ok());
    QSqlQuery q(c.value()->database());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("wal"));
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
    EXPECT_GE(q.value(0).toInt(), 1);  // NORMAL or stronger
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA busy_timeout")) && q.next());
    EXPECT_GE(q.value(0).toInt(), 1000);
}
