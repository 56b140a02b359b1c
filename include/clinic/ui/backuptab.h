#pragma once

#include "clinic/storage/session.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSettings;
class QSpinBox;
class QTableWidget;

namespace clinic::storage {
class BackgroundBackup;
class Connection;
}

namespace clinic::ui {

/// Settings › Backup: a verified backup now (written on its own thread by a
/// storage::BackgroundBackup, keeping the desk's backup/keep newest); the automatic backups of this desk (every N hours,
/// keeping the newest M: settings backup/everyHours and backup/keep, which the app's
/// storage::BackupScheduler reads) and when the next is due; the backups kept (newest first);
/// and restoring one: the chosen backup is verified and noted, and ClinicDesk restores it when
/// it next starts, before it opens the database (it offers to close now). Thread: the GUI thread.
class BackupTab : public QWidget
{
    Q_OBJECT
public:
    /// `settings` (not owned, may be null: no schedule controls) keeps this desk's schedule.
    explicit BackupTab(storage::Connection &connection, QSettings *settings = nullptr, QWidget *parent = nullptr);

    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QString message() const;
    [[nodiscard]] QString folder() const;
    [[nodiscard]] QSpinBox *everyHours() const { return m_everyHours; }
    [[nodiscard]] QSpinBox *keep() const { return m_keep; }
    [[nodiscard]] QPushButton *restoreButton() const { return m_restore; }
    [[nodiscard]] QString scheduleText() const;

public Q_SLOTS:
    /// Starts writing a backup in the background; false (and says so) while one is running.
    /// backupWritten() follows.
    bool backupNow();
    void reload();
    /// Asks to confirm, then notes the selected backup for a restore at the next start.
    void restoreSelected();

Q_SIGNALS:
    /// A backup asked for with backupNow() was written (or failed: the message says why).
    void backupWritten(bool ok);
    /// The user chose to close ClinicDesk now so that a noted restore happens.
    void restartRequested();

private:
    void saveSchedule();
    void backupFinished(bool ok, const QString &pathOrReason);

    storage::Connection &m_connection;
    QSettings *m_settings;
    QTableWidget *m_table;
    QLabel *m_message;
    QSpinBox *m_everyHours;
    QSpinBox *m_keep;
    QLabel *m_schedule;
    QPushButton *m_restore;
    QPushButton *m_now;
    storage::BackgroundBackup *m_backup;  ///< child
};

} // namespace clinic::ui
