#pragma once

#include "clinic/domain/result.h"
#include "clinic/protocol/rowchange.h"
#include "clinic/server/storetypes.h"

#include <QString>

#include <atomic>
#include <memory>
#include <vector>

namespace clinic::server {

/// All server state, in PostgreSQL or SQLite through Qt SQL (one implementation; the dialects
/// differ only in how a clinic's writers are serialised and in the migration files).
///
/// Thread-safe: every public method may be called from any thread; each thread gets its own
/// named connection, opened on first use and closed when the thread ends. The store itself holds
/// no mutable state, so several server processes on one PostgreSQL behave like one.
class ServerStore
{
public:
    enum class Dialect { Sqlite, Postgres };

    /// `url`: "sqlite:/path/to/server.db" or "postgres://user[:password]@host[:port]/database".
    static domain::Result<std::unique_ptr<ServerStore>> open(const QString &url);
    ~ServerStore();
    ServerStore(const ServerStore &) = delete;
    ServerStore &operator=(const ServerStore &) = delete;

    [[nodiscard]] Dialect dialect() const { return m_dialect; }
    [[nodiscard]] QString dialectName() const;
    /// Applies pending server migrations (each in a transaction, serialised across processes).
    domain::Status migrate();
    /// True when the database answers a trivial query (for /health).
    [[nodiscard]] bool ping() const;

    // Administration
    domain::Result<qint64> createClinic(const QString &name);
    /// A one-time enrollment code for `clinicId` (plain text returned once; stored hashed).
    domain::Result<QString> createEnrollmentCode(qint64 clinicId, const QString &scope, qint64 ttlSeconds);
    domain::Status revokeDevice(qint64 clinicId, qint64 deviceId);
    domain::Result<QStringList> listDevices(qint64 clinicId) const;

    // Device API
    /// Trades a valid, unused, unexpired code for a device token. Errors are deliberately vague
    /// (NotFound for unknown, used or expired codes alike).
    domain::Result<Enrollment> enroll(const QString &code, const QString &deviceUid, const QString &deviceName);
    /// The device a token belongs to; Forbidden when revoked, NotFound when unknown.
    domain::Result<DeviceIdentity> authenticate(const QString &token) const;
    /// Applies a push in one transaction; every row is answered (accepted or rejected with a
    /// reason), a rejected row never blocks the others (S8).
    /// `request.base` (the desk's pull cursor) tells concurrent edits apart for conflict records.
    /// Takes the request by value: its rows' fields move into the stored records.
    domain::Result<PushResult> push(const DeviceIdentity &device, protocol::PushRequest request);
    /// PostgreSQL: refreshes the planner's statistics of the growing tables (ANALYZE) once the
    /// rows this store's pushes inserted since the last refresh reach the number it had counted
    /// then, so the cost stays linear in the rows stored; otherwise does nothing. Autovacuum
    /// does the same only after a delay, and a clinic's first upload adds tens of thousands of
    /// rows in a minute. Blocks for the ANALYZE: call it after the push has been answered.
    void refreshStatisticsIfDue();
    /// The largest pull page pull() serves (a larger limit is cut to it).
    static constexpr int kMaxPullRows = 10000;
    /// Changes after `since` in revision order, at most `limit` rows.
    domain::Result<PullPage> pull(const DeviceIdentity &device, qint64 since, int limit) const;
    domain::Result<qint64> revision(qint64 clinicId) const;
    /// Conflict records of the device's clinic after conflict id `since`, oldest first (clinical
    /// tables only for devices that may see them).
    domain::Result<std::vector<ConflictRecord>> conflicts(const DeviceIdentity &device, qint64 since, int limit) const;

private:
    ServerStore(Dialect dialect, QString driver, QString url);
    [[nodiscard]] QString connectionName() const;
    class Transaction;

    Dialect m_dialect;
    QString m_url;
    QString m_id;  ///< distinguishes this store's connection names from another store's
    std::atomic<qint64> m_insertedSinceAnalyze{0};
    std::atomic<qint64> m_analyzeAfter{1000};
};

} // namespace clinic::server
