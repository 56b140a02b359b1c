#pragma once

#include "clinic/domain/result.h"
#include "clinic/protocol/tablespec.h"

#include <QMap>
#include <QSet>
#include <QSqlDatabase>

#include <string_view>
#include <unordered_set>
#include <variant>
#include <vector>

namespace clinic::sync {

/// A pulled value as the local column stores it: NULL, an integer (also booleans and local ids of
/// references) or UTF-8 text pointing into the parsed page, which outlives the row's insert.
using LocalValue = std::variant<std::monostate, qint64, std::string_view>;

/// New rows of a pulled page, buffered per table and field set and written by multi-row
/// `INSERT … VALUES (…), (…) RETURNING id, cloud_id` statements of up to kRowsPerStatement rows.
///
/// Why: inside a transaction, every statement on a table with triggers opens a statement journal
/// that copies each database page it touches before changing it (so the statement alone can be
/// undone). One statement per pulled row paid that copy for every row — the largest single cost
/// of an initial sync. One statement per kRowsPerStatement rows pays it once per group.
///
/// Invariant: a buffered row is not in the database yet. Callers flush a table before anything
/// that could look for its rows: a lookup by cloud id of a buffered row (holds()), or resolving
/// a reference into the table (holdsAny()). Inserts of different tables may reach the database
/// in another order than they were added; nothing but those lookups depends on that order.
/// Thread: the connection's. Lives within one transaction (a page and its deferred rows).
class PendingInserts
{
public:
    static constexpr int kRowsPerStatement = 16;

    PendingInserts(QSqlDatabase db, qint64 now, QMap<QString, QSet<qint64>> &changed);

    /// Buffers a new row: `values[i]` is the value of spec.fields[i] where bit i of `present` is
    /// set (other entries are ignored; absent fields get the column default). `createdAt` is the
    /// row's creation time as the server sent it. Writes a full group.
    domain::Status add(const protocol::TableSpec &spec, quint64 present, qint64 cloudId, std::vector<LocalValue> values, bool deleted,
                       qint64 createdAt);

    /// Whether the row with this cloud id waits here.
    [[nodiscard]] bool holds(const QString &table, qint64 cloudId) const;
    /// Whether any row of this table waits here.
    [[nodiscard]] bool holdsAny(const QString &table) const;

    /// Whether this object wrote the row with this local id (a row new in this page).
    [[nodiscard]] bool created(const QString &table, qint64 localId) const;

    /// Writes every waiting row of one table; the inserted local ids go to `changed`.
    domain::Status flush(const QString &table);
    /// Writes every waiting row.
    domain::Status flushAll();

private:
    struct Row
    {
        qint64 cloudId = 0;
        std::vector<LocalValue> values;
        bool deleted = false;
        qint64 createdAt = 0;
    };
    struct Group
    {
        const protocol::TableSpec *spec = nullptr;
        quint64 present = 0;
        std::vector<Row> rows;
    };

    domain::Status write(Group &group);
    [[nodiscard]] QString statement(const Group &group, size_t rows) const;

    QSqlDatabase m_db;
    qint64 m_now = 0;
    QMap<QString, QSet<qint64>> &m_changed;
    std::vector<Group> m_groups;                        ///< one per (table, field set) seen
    QMap<QString, std::unordered_set<qint64>> m_waiting;  ///< cloud ids buffered, per table
    QMap<QString, QSet<qint64>> m_created;                 ///< local ids written, per table
};

} // namespace clinic::sync
