#include "clinic/sync/outboxpush.h"

#include "clinic/domain/hlctimestamp.h"
#include "clinic/protocol/schema.h"
#include "clinic/storage/cachedquery.h"
#include "clinic/storage/connection.h"
#include "clinic/storage/writetransaction.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <map>
#include <set>

namespace clinic::sync {
namespace {

using nlohmann::json;

domain::Error sqlError(const QSqlQuery &q, const char *what)
{
    return domain::Error(domain::ErrorCode::Storage, QStringLiteral("%1 failed: %2").arg(QLatin1String(what), q.lastError().text()));
}

struct PendingRow
{
    QString table;
    qint64 rowId = 0;
    std::set<QString> fields;
    bool deleted = false;
    qint64 capturedAt = 0;
    qint64 lastSeq = 0;
};

/// A local column value as it travels on the wire.
json toWire(const protocol::FieldSpec &spec, const QVariant &value, const QSqlDatabase &db)
{
    if (value.isNull())
        return nullptr;
    switch (spec.type) {
    case protocol::FieldType::Text:
    case protocol::FieldType::Date:
        return value.toString().toStdString();
    case protocol::FieldType::Integer:
    case protocol::FieldType::Timestamp:
        return value.toLongLong();
    case protocol::FieldType::Boolean:
        return value.toLongLong() != 0;
    case protocol::FieldType::Reference: {
        storage::CachedQuery parent(db, QStringLiteral("SELECT cloud_id FROM %1 WHERE id = ?").arg(spec.refTable));
        parent->addBindValue(value.toLongLong());
        if (parent->exec() && parent->next() && !parent->value(0).isNull())
            return json{{"cloudId", parent->value(0).toLongLong()}};
        return json{{"localId", value.toLongLong()}};
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

    // Coalesce per row, in order of first appearance, until maxRows rows.
    std::map<std::pair<QString, qint64>, PendingRow> rows;
    OutboxPush push;
    while (q.next()) {
        const std::pair<QString, qint64> key{q.value(1).toString(), q.value(2).toLongLong()};
        auto it = rows.find(key);
        if (it == rows.end()) {
            if (int(rows.size()) >= maxRows)
                break;
            it = rows.emplace(key, PendingRow{key.first, key.second, {}, false, 0, 0}).first;
        }
        PendingRow &row = it->second;
        const json fields = json::parse(q.value(4).toString().toStdString(), nullptr, false);
        if (fields.is_array()) {
            for (const auto &f : fields)
                row.fields.insert(QString::fromStdString(f.get<std::string>()));
        }
        row.deleted = row.deleted || q.value(3).toString() == QLatin1String("delete");
        row.capturedAt = std::max(row.capturedAt, q.value(5).toLongLong());
        row.lastSeq = q.value(0).toLongLong();
        push.maxSeq = row.lastSeq;
    }
    q.finish();

    std::vector<const PendingRow *> ordered;
    for (const auto &[key, row] : rows)
        ordered.push_back(&row);
    const auto rank = [](const QString &table) {
        const auto *spec = protocol::Schema::instance().table(table);
        return spec ? spec->rank : 99;
    };
    std::sort(ordered.begin(), ordered.end(), [&](const PendingRow *a, const PendingRow *b) {
        return rank(a->table) != rank(b->table) ? rank(a->table) < rank(b->table)
             : a->table != b->table            ? a->table < b->table
                                               : a->rowId < b->rowId;
    });

    push.request.protocol = protocol::Schema::kProtocolVersion;
    push.request.schema = schemaVersion;
    for (const PendingRow *row : ordered) {
        const protocol::TableSpec *spec = protocol::Schema::instance().table(row->table);
        if (!spec)
            continue;
        storage::CachedQuery current(db, QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(row->table));
        current->addBindValue(row->rowId);
        if (!current->exec())
            return sqlError(*current, "read row");
        if (!current->next())
            continue;  // cannot happen (no hard deletes); nothing to send
        protocol::RowChange change;
        change.table = row->table;
        change.localId = row->rowId;
        const QVariant cloud = current->value(QStringLiteral("cloud_id"));
        if (!cloud.isNull())
            change.cloudId = cloud.toLongLong();
        change.deleted = row->deleted || !current->value(QStringLiteral("deleted_at")).isNull();
        // The clock of the latest edit: its capture time, ties within a millisecond by seq.
        change.hlc = domain::HlcTimestamp{row->capturedAt, quint32(row->lastSeq & 0xFFFF)}.pack();
        for (const protocol::FieldSpec &field : spec->fields) {
            if (change.cloudId && !row->fields.count(field.name))
                continue;  // an update carries only what changed
            change.fields[field.name.toStdString()] = toWire(field, current->value(field.name), db);
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
    for (size_t i = 0; i < request.changes.size(); ++i) {
        const protocol::RowChange &change = request.changes[i];
        const json &result = body["results"][i];
        if (result.value("status", "") == "accepted") {
            if (result.value("cloudId", qint64(0)) <= 0)
                return domain::Error(domain::ErrorCode::Validation, QStringLiteral("the server accepted a row without a cloud id"));
            // The mapping: written once; writing the cloud id is not a change (never captured).
            storage::CachedQuery map(db, QStringLiteral("UPDATE %1 SET cloud_id = ? WHERE id = ? AND cloud_id IS NULL").arg(change.table));
            map->addBindValue(result.value("cloudId", qint64(0)));
            map->addBindValue(change.localId);
            if (!map->exec())
                return sqlError(*map, "store cloud id");
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
        // Exactly the entries this push covered; later edits of the row stay pending.
        storage::CachedQuery clear(db, QStringLiteral("DELETE FROM sync_outbox WHERE seq <= ? AND table_name = ? AND row_id = ?"));
        clear->addBindValue(maxSeq);
        clear->addBindValue(change.table);
        clear->addBindValue(change.localId);
        if (!clear->exec())
            return sqlError(*clear, "clear outbox");
    }
    return tx.commit();
}

} // namespace clinic::sync
