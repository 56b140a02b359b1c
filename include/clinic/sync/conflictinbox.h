#pragma once

#include "clinic/domain/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace clinic::storage {
class Connection;
}

namespace clinic::sync {

/// Brings the server's conflict records into the desk (table sync_conflicts), so the losing value
/// of a concurrent edit can be shown and restored. Thread: the connection's.
class ConflictInbox
{
public:
    struct Conflict
    {
        qint64 id = 0;
        QString table;
        qint64 rowId = 0;  ///< local id (0 when the row is not on this desk)
        QString field;
        QString winnerJson;
        QString loserJson;
    };

    /// A stored conflict not reviewed yet, for the sync log.
    struct Stored
    {
        Conflict conflict;
        qint64 receivedAtMs = 0;
    };

    /// Conflicts not yet marked reviewed, newest first (at most `limit`).
    static domain::Result<QList<Stored>> unreviewed(storage::Connection &connection, int limit = 500);
    /// Marks every listed conflict reviewed (kept on the desk, no longer listed). sync_conflicts is
    /// the desk's own review list, never synced.
    static domain::Status markAllReviewed(storage::Connection &connection);
    /// The last conflict id stored (0 before the first).
    static domain::Result<qint64> cursor(storage::Connection &connection);
    /// Stores the records of one /v1/conflicts answer (idempotent) and returns the new ones.
    static domain::Result<QList<Conflict>> apply(storage::Connection &connection, const QByteArray &answer);

private:
    static domain::Result<QList<Conflict>> applyUnchecked(storage::Connection &connection, const QByteArray &answer);
};

} // namespace clinic::sync
