#include "clinic/sync/outboxpush.h"

#include "clinic/domain/hlctimestamp.h"
#include "clinic/protocol/schema.h"
#include "clinic/storage/cachedquery.h"
#include "clinic/storage/connection.h"
#include "clinic/storage/directstatement.h"
#include "clinic/storage/writetransaction.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <map>
#include <string>
#include <unordered_map>

namespace clinic::sync {
namespace {

using nlohmann::json;

domain::Error sqlError(const QSqlQuery &q, const char *what)
{
    return domain::Error(domain::ErrorCode::Storage, QStringLiteral("%1 failed: %2").arg(QLatin1String(what), q.lastError().text()));
}

struct PendingRow
{
    const protocol::TableSpec *spec = nullptr;  ///< null: a table the wire does not know (not sent)
    qint64 rowId = 0;
    quint64 fields = 0;  ///< bit i set: spec->fields[i] changed (SchemaLimits test: <= 64 fields)
    bool deleted = false;
    qint64 capturedAt = 0;
    qint64 lastSeq = 0;
};

/// Per table, worked out once per push: field name -> index in the spec, and the statement that
/// reads a row as `cloud_id, deleted_at, spec->fields...` (NULL for a field with no local column).
struct TableColumns
{
    std::unordered_map<std::string, int> fieldIndex;
    QString select;
};

/// Marks the fields named in an outbox entry's JSON array (["name","phone"]) in `mask`.
void markFields(const QByteArray &text, const TableColumns &columns, quint64 &mask)
{
    const json names = json::parse(text.constBegin(), text.constEnd(), nullptr, false);
    if (!names.is_array())
        return;
    for (const auto &name : names) {
        if (!name.is_string())
            continue;
        if (const auto it = columns.fieldIndex.find(name.get<std::string>()); it != columns.fieldIndex.end())
            mask |= quint64(1) << it->second;
    }
}

/// Column `column` of the current row of `row` as it travels on the wire.
json toWire(const protocol::FieldSpec &spec, const storage::DirectStatement &row, int column, const QSqlDatabase &db)
{
    if (row.isNull(column))
        return nullptr;
    switch (spec.type) {
    case protocol::FieldType::Text:
    case protocol::FieldType::Date:
        return std::string(row.text(column));
    case protocol::FieldType::Integer:
    case protocol::FieldType::Timestamp:
        return row.int64(column);
    case protocol::FieldType::Boolean:
        return row.int64(column) != 0;
    case protocol::FieldType::Reference: {
        const qint64 localId = row.int64(column);
        storage::DirectStatement parent(db, QStringLiteral("SELECT cloud_id FROM %1 WHERE id = ?").arg(spec.refTable));
        parent.bindInt64(1, localId);
        if (parent.step() && !parent.isNull(0))
            return json{{"cloudId", parent.int64(0)}};
        return json{{"localId", localId}};
    }
    }
    return nullptr;
}

} // namespace

domain::Result<OutboxPush> OutboxPush::prepare(storage::Connection &connection, int maxRows, int schemaVersion)
{
    const QSqlDatabase db = connection.database();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT seq, table_name, row_id, op, fields, captured_at FROM sync_outbox ORDER BY seq")))
        return sqlError(q, "read outbox");

    std::unordered_map<QString, TableColumns> tables;
    const auto columnsOf = [&](const protocol::TableSpec &spec) -> TableColumns & {
        auto [it, added] = tables.try_emplace(spec.name);
        if (added) {
            for (int i = 0; i < spec.fields.size(); ++i)
                it->second.fieldIndex.emplace(spec.fields[i].name.toStdString(), i);
        }
        return it->second;
    };

    // Coalesce per row, in order of first appearance, until maxRows rows.
    std::map<std::pair<QString, qint64>, PendingRow> rows;
    OutboxPush push;
    while (q.next()) {
        const std::pair<QString, qint64> key{q.value(1).toString(), q.value(2).toLongLong()};
        auto it = rows.find(key);
        if (it == rows.end()) {
            if (int(rows.size()) >= maxRows)
                break;
            it = rows.emplace(key, PendingRow{protocol::Schema::instance().table(key.first), key.second}).first;
        }
        PendingRow &row = it->second;
        if (row.spec)
            markFields(q.value(4).toByteArray(), columnsOf(*row.spec), row.fields);
        row.deleted = row.deleted || q.value(3).toString() == QLatin1String("delete");
        row.capturedAt = std::max(row.capturedAt, q.value(5).toLongLong());
        row.lastSeq = q.value(0).toLongLong();
        push.maxSeq = row.lastSeq;
    }
    q.finish();

    std::vector<const PendingRow *> ordered;
    for (const auto &[key, row] : rows) {
        if (row.spec)
            ordered.push_back(&row);  // a table the wire does not know is not sent
    }
    std::sort(ordered.begin(), ordered.end(), [](const PendingRow *a, const PendingRow *b) {
        return a->spec->rank != b->spec->rank ? a->spec->rank < b->spec->rank
             : a->spec != b->spec             ? a->spec->name < b->spec->name
                                              : a->rowId < b->rowId;
    });

    push.request.protocol = protocol::Schema::kProtocolVersion;
    push.request.schema = schemaVersion;
    push.request.changes.reserve(ordered.size());
    for (const PendingRow *row : ordered) {
        const protocol::TableSpec &spec = *row->spec;
        TableColumns &columns = columnsOf(spec);
        if (columns.select.isEmpty()) {
            const QSqlRecord local = db.record(spec.name);
            QStringList names{QStringLiteral("cloud_id"), QStringLiteral("deleted_at")};
            for (const protocol::FieldSpec &field : spec.fields)
                names << (local.contains(field.name) ? field.name : QStringLiteral("NULL"));
            columns.select = QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(names.join(QStringLiteral(", ")), spec.name);
        }
        storage::DirectStatement current(db, columns.select);
        current.bindInt64(1, row->rowId);
        if (!current.step()) {
            if (!current.ok())
                return domain::Error(domain::ErrorCode::Storage, QStringLiteral("read row failed: %1").arg(current.error()));
            continue;  // cannot happen (no hard deletes); nothing to send
        }
        protocol::RowChange change;
        change.table = spec.name;
        change.localId = row->rowId;
        if (!current.isNull(0))
            change.cloudId = current.int64(0);
        change.deleted = row->deleted || !current.isNull(1);
        // The clock of the latest edit: its capture time, ties within a millisecond by seq.
        change.hlc = domain::HlcTimestamp{row->capturedAt, quint32(row->lastSeq & 0xFFFF)}.pack();
        for (int i = 0; i < spec.fields.size(); ++i) {
            if (change.cloudId && !(row->fields & (quint64(1) << i)))
                continue;  // an update carries only what changed
            const protocol::FieldSpec &field = spec.fields[i];
            change.fields[field.name.toStdString()] = toWire(field, current, i + 2, db);
        }
        push.request.changes.push_back(std::move(change));
    }
    return push;
}

domain::Status OutboxPush::applyAnswer(storage::Connection &connection, const QByteArray &answer) const
{
    // Wrong value types make nlohmann::json throw: the transaction rolls back, nothing is mapped
    // or cleared, and the desk gets an error instead of an exception in its event loop.
    try {
        return applyAnswerUnchecked(connection, answer);
    } catch (const nlohmann::json::exception &) {
        return domain::Error(domain::ErrorCode::Validation, QStringLiteral("the server's answer does not match the push"));
    }
}

domain::Status OutboxPush::applyAnswerUnchecked(storage::Connection &connection, const QByteArray &answer) const
{
    const json body = json::parse(answer.constBegin(), answer.constEnd(), nullptr, false);
    if (!body.is_object() || !body.contains("results") || !body["results"].is_array()
        || body["results"].size() != request.changes.size())
        return domain::Error(domain::ErrorCode::Validation, QStringLiteral("the server's answer does not match the push"));
    storage::WriteTransaction tx(connection, std::nullopt);
    if (!tx.isActive())
        return tx.error();
    const QSqlDatabase db = connection.database();
    QSqlQuery q(db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::map<QString, std::vector<std::pair<qint64, qint64>>> mappings;  // table -> (local id, cloud id)
    for (size_t i = 0; i < request.changes.size(); ++i) {
        const protocol::RowChange &change = request.changes[i];
        const json &result = body["results"][i];
        if (result.value("status", "") == "accepted") {
            const qint64 cloudId = result.value("cloudId", qint64(0));
            if (cloudId <= 0)
                return domain::Error(domain::ErrorCode::Validation, QStringLiteral("the server accepted a row without a cloud id"));
            if (!change.cloudId)
                mappings[change.table].emplace_back(change.localId, cloudId);  // else mapped already
        } else {
            q.prepare(QStringLiteral("INSERT INTO sync_rejections (table_name, row_id, code, field, message, rejected_at) VALUES (?, ?, ?, ?, ?, ?)"));
            q.addBindValue(change.table);
            q.addBindValue(change.localId);
            q.addBindValue(QString::fromStdString(result.value("code", "rejected")));
            q.addBindValue(QString::fromStdString(result.value("field", "")));
            q.addBindValue(QString::fromStdString(result.value("message", "")));
            q.addBindValue(now);
            if (!q.exec())
                return sqlError(q, "record rejection");
        }
    }
    // The mappings: written once; writing the cloud id is not a change (never captured). Up to
    // kMappingsPerStatement rows per UPDATE: one statement per row paid a statement journal each
    // (the tables have triggers), most of storing a 1,000-row push's answer.
    constexpr size_t kMappingsPerStatement = 64;
    for (const auto &[table, pairs] : mappings) {
        for (size_t start = 0; start < pairs.size(); start += kMappingsPerStatement) {
            const size_t count = std::min(kMappingsPerStatement, pairs.size() - start);
            storage::DirectStatement map(db, QStringLiteral("UPDATE %1 SET cloud_id = v.column2 FROM (VALUES %2) AS v "
                                                            "WHERE %1.id = v.column1 AND %1.cloud_id IS NULL")
                                                 .arg(table, QStringList(qsizetype(count), QStringLiteral("(?, ?)")).join(QStringLiteral(", "))));
            for (size_t k = 0; k < count; ++k) {
                map.bindInt64(int(2 * k + 1), pairs[start + k].first);
                map.bindInt64(int(2 * k + 2), pairs[start + k].second);
            }
            map.step();  // an UPDATE gives no row
            if (!map.ok())
                return domain::Error(domain::ErrorCode::Storage, QStringLiteral("store cloud ids failed: %1").arg(map.error()));
        }
    }
    // Exactly the entries this push covered: prepare() read the outbox in seq order up to maxSeq,
    // so every entry up to it belongs to a row of this push (or to a table the wire does not
    // know, which is never sent); later edits of these rows have higher seqs and stay pending.
    storage::CachedQuery clear(db, QStringLiteral("DELETE FROM sync_outbox WHERE seq <= ?"));
    clear->addBindValue(maxSeq);
    if (!clear->exec())
        return sqlError(*clear, "clear outbox");
    return tx.commit();
}

} // namespace clinic::sync
