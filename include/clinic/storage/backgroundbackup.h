#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace clinic::storage {

/// One verified backup of a desk's database (BackupService::backup) at a time, taken on a thread
/// of its own with its own connection, so the window never waits for it: the scheduled backups
/// (BackupScheduler) and Settings › Backup › Back up now.
///
/// Thread affinity: create, start and destroy on one thread (the GUI thread); finished() arrives
/// there. The destructor waits for a backup under way.
class BackgroundBackup : public QObject
{
    Q_OBJECT
public:
    BackgroundBackup(QString databasePath, QString folder, QObject *parent = nullptr);
    ~BackgroundBackup() override;

    /// Starts a backup that keeps the newest `keep` in the folder; false while one is running.
    bool start(int keep);
    [[nodiscard]] bool isRunning() const { return m_running->load(); }
    [[nodiscard]] const QString &folder() const { return m_folder; }

Q_SIGNALS:
    /// The backup finished: its path, or the reason it failed.
    void finished(bool ok, const QString &pathOrReason);

private:
    QString m_databasePath;
    QString m_folder;
    std::shared_ptr<std::atomic<bool>> m_running;  ///< shared with the worker thread
    QThread *m_worker = nullptr;                   ///< the last backup's thread, if any
};

} // namespace clinic::storage
