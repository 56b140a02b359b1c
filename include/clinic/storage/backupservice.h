#pragma once

#include "clinic/domain/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace clinic::storage {

class Connection;

/// Backups of the local database: a consistent copy taken with `VACUUM INTO` while the app keeps
/// working, verified by opening it and running `integrity_check` before it counts; the newest N
/// are kept. Restore replaces the database file with a verified backup (the app must have closed
/// every connection to it first); the file being replaced is kept beside it as `.before-restore`.
class BackupService
{
public:
    struct BackupFile
    {
        QString path;
        QDateTime takenAt;  ///< UTC, from the file name
        qint64 sizeBytes = 0;
    };

    /// Writes `<directory>/clinicdesk-YYYYMMDD-HHMMSSzzz.db`, verifies it, then deletes all but
    /// the newest `keep` backups in `directory`. Returns the new file's path. Thread: the
    /// connection's.
    static domain::Result<QString> backup(Connection &connection, const QString &directory, int keep = 14);
    /// Where the backups of the database at `databasePath` go by default: "backups" next to it.
    static QString defaultFolder(const QString &databasePath);
    /// Backups in `directory`, newest first.
    static QList<BackupFile> list(const QString &directory);
    /// Opens `path` read-only on a private connection and runs PRAGMA integrity_check.
    static domain::Status verify(const QString &path);
    /// Replaces `databasePath` with the verified backup `backupPath`. No connection to
    /// `databasePath` may be open. Any thread.
    static domain::Status restore(const QString &backupPath, const QString &databasePath);

    /// Restoring from inside the app, which cannot close its own connections while it runs:
    /// verifies `backupPath` and leaves `<database>.restore-pending` naming it; the app applies
    /// it at its next start, before it opens the database (applyPendingRestore()).
    static domain::Status requestRestore(const QString &backupPath, const QString &databasePath);
    /// The backup a restore is pending from, or empty.
    static QString pendingRestore(const QString &databasePath);
    static void cancelRestore(const QString &databasePath);
    /// Applies and clears a pending restore (none: an empty path). A restore that fails is
    /// cleared too (it is not retried at every start) and leaves the database as it was.
    static domain::Result<QString> applyPendingRestore(const QString &databasePath);
};

} // namespace clinic::storage
