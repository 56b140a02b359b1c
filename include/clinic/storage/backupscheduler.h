#pragma once

#include "clinic/storage/backgroundbackup.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>

class QSettings;

namespace clinic::storage {

/// Takes the desk's automatic backups: when the newest backup in the folder is older than the
/// interval (checked shortly after start and then every few minutes), it writes a verified one
/// through a BackgroundBackup (its own thread and connection: the window never waits for it) and
/// keeps the newest `keep`. One backup at a time. The interval and count are this desk's settings
/// `backup/everyHours` (default 24; 0 turns it off) and `backup/keep` (default 14), read at each
/// check, so Settings › Backup changes them without talking to the scheduler.
///
/// Thread affinity: create, configure and destroy on one thread (the GUI thread); finished()
/// arrives there. The destructor waits for a backup under way (BackgroundBackup's).
class BackupScheduler : public QObject
{
    Q_OBJECT
public:
    /// `settings` (not owned) outlives the scheduler.
    BackupScheduler(QString databasePath, QString folder, QSettings &settings, QObject *parent = nullptr);

    static int intervalHours(const QSettings &settings);
    static int keepCount(const QSettings &settings);
    /// When the next backup of `folder` is due under `settings` (invalid when off).
    static QDateTime nextDue(const QString &folder, const QSettings &settings);
    /// Starts a backup now if one is due and none is running; true if it started.
    bool runIfDue();

Q_SIGNALS:
    /// A backup finished: its path, or the reason it failed.
    void finished(bool ok, const QString &pathOrReason);

private:
    BackgroundBackup m_backup;
    QSettings &m_settings;
    QTimer m_check;
};

} // namespace clinic::storage
