#include "clinic/storage/backupscheduler.h"
#include "clinic/storage/backupservice.h"
#include "clinic/storage/patientrepository.h"

#include "support/fixtures.h"
#include "support/tempdatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QThread>

using namespace clinic;
using storage::BackupService;
using storage::BackupScheduler;

class BackupServiceTest : public test::TempDatabaseTest
{
protected:
    QString backupDir() const { return m_dir.filePath(QStringLiteral("backups")); }
    qint64 patients() const { return scalar(QStringLiteral("SELECT count(*) FROM patients")).toLongLong(); }
};

TEST_F(BackupServiceTest, aBackupIsAVerifiedConsistentCopy)
{
    ASSERT_TRUE(storage::PatientRepository(*m_db, m_session).create(test::patient("Uma", "Krishnan")).ok());
    const auto written = BackupService::backup(*m_db, backupDir());
    ASSERT_TRUE(written.ok()) << written.error().message().toStdString();
    EXPECT_TRUE(QFile::exists(written.value()));
    EXPECT_TRUE(BackupService::verify(written.value()).ok());
    EXPECT_FALSE(QFile::exists(written.value() + QStringLiteral(".part")));
    ASSERT_EQ(BackupService::list(backupDir()).size(), 1);
}

TEST_F(BackupServiceTest, onlyTheNewestBackupsAreKept)
{
    for (int i = 0; i < 4; ++i) {
        ASSERT_TRUE(BackupService::backup(*m_db, backupDir(), 2).ok());
        QThread::msleep(5);  // file names carry milliseconds
    }
    const auto kept = BackupService::list(backupDir());
    ASSERT_EQ(kept.size(), 2);
    EXPECT_GT(kept.at(0).takenAt, kept.at(1).takenAt);
}

TEST_F(BackupServiceTest, restoreBringsBackTheBackedUpStateAndKeepsThePreviousFile)
{
    storage::PatientRepository repo(*m_db, m_session);
    ASSERT_TRUE(repo.create(test::patient("Before", "Backup")).ok());
    const auto written = BackupService::backup(*m_db, backupDir());
    ASSERT_TRUE(written.ok());
    ASSERT_TRUE(repo.create(test::patient("After", "Backup")).ok());
    EXPECT_EQ(patients(), 2);

    m_db.reset();  // the app closes its connections before restoring
    ASSERT_TRUE(BackupService::restore(written.value(), m_path).ok());
    EXPECT_TRUE(QFile::exists(m_path + QStringLiteral(".before-restore")));
    reopen();
    EXPECT_EQ(patients(), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT first_name FROM patients")).toString(), QStringLiteral("Before"));
}

TEST_F(BackupServiceTest, aDamagedBackupIsNeverRestored)
{
    const auto written = BackupService::backup(*m_db, backupDir());
    ASSERT_TRUE(written.ok());
    {
        QFile f(written.value());
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        f.write(QByteArray(100, 'x'));  // destroys the SQLite header
    }
    ASSERT_TRUE(storage::PatientRepository(*m_db, m_session).create(test::patient("Still", "Here")).ok());
    m_db.reset();
    const auto restored = BackupService::restore(written.value(), m_path);
    ASSERT_FALSE(restored.ok());
    EXPECT_EQ(restored.error().code(), domain::ErrorCode::Corrupt);
    reopen();
    EXPECT_EQ(patients(), 1) << "the live database is untouched";
    EXPECT_EQ(BackupService::restore(m_dir.filePath(QStringLiteral("missing.db")), m_path).error().code(),
              domain::ErrorCode::Io);
}

TEST_F(BackupServiceTest, aRestoreNotedWhileTheAppRunsHappensAtTheNextStartOnce)
{
    storage::PatientRepository repo(*m_db, m_session);
    ASSERT_TRUE(repo.create(test::patient("Before", "Backup")).ok());
    const auto written = BackupService::backup(*m_db, backupDir());
    ASSERT_TRUE(written.ok());
    ASSERT_TRUE(repo.create(test::patient("After", "Backup")).ok());
    EXPECT_FALSE(BackupService::requestRestore(m_dir.filePath(QStringLiteral("missing.db")), m_path).ok()) << "only a verified backup";
    EXPECT_TRUE(BackupService::pendingRestore(m_path).isEmpty());
    ASSERT_TRUE(BackupService::requestRestore(written.value(), m_path).ok());
    EXPECT_EQ(BackupService::pendingRestore(m_path), QFileInfo(written.value()).absoluteFilePath());
    EXPECT_EQ(patients(), 2) << "nothing changes while the app runs";

    m_db.reset();  // the app ends; at its next start:
    const auto applied = BackupService::applyPendingRestore(m_path);
    ASSERT_TRUE(applied.ok()) << qPrintable(applied.error().message());
    EXPECT_EQ(applied.value(), QFileInfo(written.value()).absoluteFilePath());
    EXPECT_TRUE(BackupService::pendingRestore(m_path).isEmpty()) << "once";
    EXPECT_TRUE(BackupService::applyPendingRestore(m_path).value().isEmpty()) << "nothing pending: nothing done";
    reopen();
    EXPECT_EQ(patients(), 1);
}

TEST_F(BackupServiceTest, theSchedulerBacksUpOnItsOwnThreadWhenDueAndNotBefore)
{
    QSettings settings(m_dir.filePath(QStringLiteral("desk.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("backup/everyHours"), 0);
    storage::BackupScheduler scheduler(m_path, backupDir(), settings);
    EXPECT_FALSE(BackupScheduler::nextDue(backupDir(), settings).isValid()) << "off";
    EXPECT_FALSE(scheduler.runIfDue());

    settings.setValue(QStringLiteral("backup/everyHours"), 6);
    settings.setValue(QStringLiteral("backup/keep"), 3);
    QSignalSpy finished(&scheduler, &BackupScheduler::finished);
    ASSERT_TRUE(scheduler.runIfDue()) << "no backup yet: due now";
    EXPECT_FALSE(scheduler.runIfDue()) << "one at a time";
    // The backup has its own connection on its own thread: the window's connection writes meanwhile.
    EXPECT_TRUE(storage::PatientRepository(*m_db, m_session).create(test::patient("Meanwhile", "Typed")).ok());
    ASSERT_TRUE(finished.wait(30000));
    ASSERT_TRUE(finished.first().at(0).toBool()) << qPrintable(finished.first().at(1).toString());
    EXPECT_TRUE(BackupService::verify(finished.first().at(1).toString()).ok());
    EXPECT_EQ(BackupService::list(backupDir()).size(), 1);
    EXPECT_FALSE(scheduler.runIfDue()) << "the next is due in 6 hours";
    const QDateTime due = BackupScheduler::nextDue(backupDir(), settings);
    EXPECT_NEAR(double(QDateTime::currentDateTimeUtc().secsTo(due)), 6 * 3600.0, 120.0);
}
