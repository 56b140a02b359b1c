#pragma once

#include "clinic/domain/result.h"

#include <QByteArray>
#include <QString>

#include <string>
#include <vector>

namespace clinic::storage {
class Connection;
}

namespace clinic::sync {

/// One push built from the outbox: its rows, the body's "changes" already written as JSON, and
/// which outbox entries it covers. A value type; prepare() and applyAnswer() run on the
/// connection's thread.
struct OutboxPush
{
    /// A row of the push, in the order of the body's "changes" (the answer's "results" follow it).
    struct Row
    {
        QString table;
        qint64 localId = 0;
        bool mapped = false;  ///< sent with its cloud id (so the answer maps nothing new)
    };

    /// A row the server refused, with its reason, as applyAnswer() recorded it.
    struct Rejection
    {
        QString table;
        qint64 localId = 0;
        QString code;
        QString field;  ///< the column at fault, if the server named one
        QString message;
    };

    std::vector<Row> rows;
    /// The JSON array of the body's "changes", written by prepare() from the rows' values:
    ///   {"table": "patients", "localId": 12, "cloudId": 99|null, "deleted": false,
    ///    "hlc": 1234567890, "createdAt": 1700000000000 (new rows only),
    ///    "fields": {"first_name": "Asha", "patient_id": {"localId": 7}, ...}}
    std::string changes;
    int schemaVersion = 0;
    /// Outbox entries after `afterSeq` (prepare's argument) up to this seq are covered: prepare()
    /// reads the outbox in seq order and stops before the first entry of a row that did not fit,
    /// so every entry up to here belongs to a pushed row (or to a table the wire does not know,
    /// which is never sent). Seqs only grow (AUTOINCREMENT), so an edit made while the push is in
    /// flight lies above.
    qint64 maxSeq = 0;

    [[nodiscard]] bool isEmpty() const { return rows.empty(); }

    /// Reads pending changes from the outbox entries after `afterSeq`, coalesced per row (the
    /// row's current values of the changed columns; every column for a row not yet mapped to a
    /// cloud id), parents before children (table rank, then row id), at most `maxRows` rows.
    /// References are {"cloudId": n} when the parent is mapped, else {"localId": n}. Each row
    /// carries the clock of its latest edit.
    ///
    /// `afterSeq` lets the engine read the next push while the one before it (covering the
    /// entries up to afterSeq) is still on the wire: a row of that push edited again is sent
    /// again, whole if its cloud id is not stored yet, which the server merges as the same row.
    static domain::Result<OutboxPush> prepare(storage::Connection &connection, int maxRows, int schemaVersion, qint64 afterSeq = 0);

    /// The request body: {"protocol", "schema", "base": the desk's pull cursor, "changes"}.
    [[nodiscard]] QByteArray body(qint64 base) const;

    /// Applies the server's answer (the JSON body of a 200 from /v1/push) in one local
    /// transaction: stores the cloud ids of accepted rows (the localId -> cloudId mapping),
    /// records rejected rows with the server's reason, and removes exactly the outbox entries up
    /// to maxSeq, so an edit made while the push was in flight stays pending (S3). An answer that
    /// does not match the push (not JSON, wrong types, another number of results) changes
    /// nothing. Returns the rows the server refused.
    [[nodiscard]] domain::Result<std::vector<Rejection>> applyAnswer(storage::Connection &connection, const QByteArray &answer) const;
};

} // namespace clinic::sync
