#pragma once

#include "clinic/domain/result.h"
#include "clinic/protocol/rowchange.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace clinic::storage {
class Connection;
}

namespace clinic::sync {

/// One push built from the outbox: the request, and which outbox entries it covers.
struct OutboxPush
{
    protocol::PushRequest request;
    /// Outbox entries up to this seq are covered: prepare() reads the outbox in seq order and
    /// stops before the first entry of a row that did not fit, so every entry up to here belongs
    /// to a pushed row (or to a table the wire does not know, which is never sent). Seqs only
    /// grow (AUTOINCREMENT), so an edit made while the push is in flight lies above.
    qint64 maxSeq = 0;

    [[nodiscard]] bool isEmpty() const { return request.changes.empty(); }

    /// Reads pending changes from the outbox, coalesced per row (the row's current values of the
    /// changed columns; every column for a row the server has not seen), parents before children
    /// (table rank, then row id), at most `maxRows` rows. References are {"cloudId": n} when the
    /// parent is mapped, else {"localId": n}. Each row carries the clock of its latest edit.
    /// Thread: the connection's.
    static domain::Result<OutboxPush> prepare(storage::Connection &connection, int maxRows, int schemaVersion);

    /// Applies the server's answer (the JSON body of a 200 from /v1/push) in one local
    /// transaction: stores the cloud ids of accepted rows (the localId -> cloudId mapping),
    /// records rejected rows with the server's reason, and removes exactly the outbox entries this
    /// push covered, so an edit made while the push was in flight stays pending (S3).
    domain::Status applyAnswer(storage::Connection &connection, const QByteArray &answer) const;

private:
    domain::Status applyAnswerUnchecked(storage::Connection &connection, const QByteArray &answer) const;
};

} // namespace clinic::sync
