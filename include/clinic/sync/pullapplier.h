#pragma once

#include "clinic/domain/result.h"
#include "clinic/sync/pulledpage.h"

#include <QByteArray>

#include <QMap>
#include <QSet>
#include <QString>

namespace clinic::storage {
class Connection;
}

namespace clinic::sync {

/// Applies pages of the server's change feed to the local database.
/// Thread: the connection's.
class PullApplier
{
public:
    struct Applied
    {
        qint64 next = 0;                         ///< the new cursor (stored with the rows)
        bool hasMore = false;
        QMap<QString, QSet<qint64>> changedIds;  ///< local ids per table, for open views to refresh
        int deferred = 0;                        ///< rows waiting for their parent
    };

    /// The stored cursor (0 before the first pull).
    static domain::Result<qint64> cursor(storage::Connection &connection);

    /// Applies one page (the JSON body of a 200 from /v1/pull) in one transaction together with
    /// the new cursor, so applying a page twice is harmless (S6). Rows are written with capture
    /// suppressed (never pushed back). Cloud ids map to local ids (rows never seen are created);
    /// references map to local parents, and a row whose parent has not arrived yet waits in
    /// sync_deferred. Columns with a pending local edit keep the local value until it is pushed
    /// (the server then decides, and the next pull brings its decision) (S7).
    static domain::Result<Applied> apply(storage::Connection &connection, const QByteArray &page);
    /// The same, for a page already parsed.
    static domain::Result<Applied> apply(storage::Connection &connection, const PulledPage &page);
};

} // namespace clinic::sync
