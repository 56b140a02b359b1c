#pragma once

#include "clinic/domain/result.h"

#include <QList>
#include <QString>

namespace clinic::storage {
class Connection;
}

namespace clinic::sync {

/// Rows the server refused (table sync_rejections, written by OutboxPush::applyAnswer) and the
/// desk's queue of rows still to push, as the sync log and the status bar show them.
/// Thread: the connection's.
class RejectionLog
{
public:
    struct Rejection
    {
        QString table;
        qint64 rowId = 0;
        QString code;
        QString field;
        QString message;
        qint64 rejectedAtMs = 0;
    };

    /// Refusals not resolved yet, newest first (at most `limit`).
    static domain::Result<QList<Rejection>> open(storage::Connection &connection, int limit = 500);
    /// Records with changes waiting to be pushed (audit entries travel with them, uncounted).
    static domain::Result<int> pendingRecords(storage::Connection &connection);
};

} // namespace clinic::sync
