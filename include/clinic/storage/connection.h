#pragma once

#include "clinic/domain/result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace clinic::storage {

/// How a Connection is opened. The first connection of a process (the UI thread's) checks and
/// migrates the file; later ones (the sync thread's) only verify the schema is current.
struct OpenOptions
{
    bool quickCheck = true;   ///< run PRAGMA quick_check and refuse a damaged file
    bool migrate = true;      ///< apply pending migrations (else: refuse an out-of-date file)
    int busyTimeoutMs = 5000;
    int migrateTo = -1;       ///< stop at this schema version (tests build old files); -1 = latest
    /// Before migrating an existing database to a newer schema, write a verified backup to
    /// BackupService::defaultFolder() (the file is not migrated if that fails).
    bool backupBeforeMigration = true;
    /// SQLite's automatic checkpoint threshold in pages. With a Checkpointer running, writers set
    /// it high (a backstop only) so no commit pays for a checkpoint's fsync.
    int walAutoCheckpointPages = 1000;
};

/// One named QSqlDatabase connection to the local SQLite file, opened and used in one thread.
///
/// Thread affinity: the thread that called open(); never share a Connection across threads
/// (Qt's SQL connections are thread-affine). Open one per thread, e.g. "clinic.ui", "clinic.sync".
/// Ownership: owns the named QSqlDatabase registration and removes it in the destructor.
/// Invariants after a successful open(): WAL journal, synchronous=NORMAL, foreign keys on,
/// busy timeout set, schema at Migrator::latestVersion(), capture triggers installed.
class Connection
{
public:
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    /// Opens (creating if needed) the database at `path` as connection `name`.
    /// A file from a newer ClinicDesk is refused with ErrorCode::NewerSchema and left untouched;
    /// a damaged file is refused with ErrorCode::Corrupt.
    static domain::Result<std::unique_ptr<Connection>> open(const QString &path, const QString &name,
                                                             const OpenOptions &options = {});

    /// The default database file: `<AppDataLocation>/clinicdesk.db` (per user, per OS).
    static QString defaultPath();
    /// `prefix` + a number never handed out before in this process: a name for a connection of
    /// a short-lived worker (connection names are per process). Any thread.
    static QString uniqueName(const QString &prefix);

    /// The live QSqlDatabase handle, looked up by name (valid only in the owning thread).
    [[nodiscard]] QSqlDatabase database() const;
    [[nodiscard]] const QString &name() const { return m_name; }
    [[nodiscard]] const QString &path() const { return m_path; }
    /// The verified backup taken before this open migrated the file ("" when it did not).
    [[nodiscard]] const QString &preMigrationBackup() const { return m_preMigrationBackup; }
    /// This database's device id (random, created with the file; identifies the desk to sync).
    [[nodiscard]] const QString &deviceId() const { return m_deviceId; }

    /// Nesting depth of WriteTransaction on this connection (0 = none open). Used by
    /// WriteTransaction only.
    int &transactionDepth() { return m_transactionDepth; }

private:
    Connection(QString path, QString name);
    domain::Status initialise(const OpenOptions &options);

    QString m_preMigrationBackup;
    QString m_path;
    QString m_name;
    QString m_deviceId;
    int m_transactionDepth = 0;
};

} // namespace clinic::storage
