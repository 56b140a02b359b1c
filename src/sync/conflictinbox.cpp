#include "clinic/sync/conflictinbox.h"

#include "clinic/protocol/schema.h"
#include "clinic/storage/connection.h"
#include "clinic/storage/writetransaction.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <nlohmann/json.hpp>

namespace clinic::sync {

domain::Result<qint64> ConflictInbox::cursor(storage::Connection &connection)
{
    QSqlQuery q(connection.database());
    if (!q.exec(QStringLiteral("SELECT coalesce(max(conflict_id), 0) FROM sync_conflicts")) || !q.next())
        return domain::Error(domain::ErrorCode::Storage, q.lastError().text());
    return q.value(0).toLongLong();
}

domain::Result<QList<ConflictInbox::Stored>> ConflictInbox::unreviewed(storage::Connection &connection, int limit)
{
    QSqlQuery q(connection.database());
    q.prepare(QStringLiteral("SELECT conflict_id, table_name, coalesce(row_id, 0), field, winner_value, loser_value, received_at "
                             "FROM sync_conflicts WHERE resolved_at IS NULL ORDER BY received_at DESC, conflict_id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return domain::Error(domain::ErrorCode::Storage, q.lastError().text());
    QList<Stored> out;
    while (q.next())
        out.append(Stored{Conflict{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(),
                                   q.value(4).toString(), q.value(5).toString()},
                          q.value(6).toLongLong()});
    return out;
}

domain::Status ConflictInbox::markAllReviewed(storage::Connection &connection)
{
    QSqlQuery q(connection.database());
    q.prepare(QStringLiteral("UPDATE sync_conflicts SET resolved_at = ? WHERE resolved_at IS NULL"));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec())
        return domain::Error(domain::ErrorCode::Storage, q.lastError().text());
    return {};
}

domain::Result<QList<ConflictInbox::Conflict>> ConflictInbox::apply(storage::Connection &connection, const QByteArray &answer)
{
    try {
        return applyUnchecked(connection, answer);
    } catch (const nlohmann::json::exception &) {  // a value of the wrong type: rolled back
        return domain::Error(domain::ErrorCode::Validation, QStringLiteral("the server sent conflicts this desk cannot read"));
    }
}

domain::Result<QList<ConflictInbox::Conflict>> ConflictInbox::applyUnchecked(storage::Connection &connection, const QByteArray &answer)
{
    const nlohmann::json body = nlohmann::json::parse(answer.constBegin(), answer.constEnd(), nullptr, false);
    if (!body.is_object() || !body.contains("conflicts") || !body["conflicts"].is_array())
        return domain::Error(domain::ErrorCode::Validation, QStringLiteral("the server sent conflicts this desk cannot read"));
    storage::WriteTransaction tx(connection, std::nullopt);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(connection.database());
    QList<Conflict> added;
    for (const auto &c : body["conflicts"]) {
        Conflict conflict;
        conflict.id = c.value("id", qint64(0));
        conflict.table = QString::fromStdString(c.value("table", ""));
        conflict.field = QString::fromStdString(c.value("field", ""));
        conflict.winnerJson = QString::fromStdString(c.value("winner", nlohmann::json()).dump());
        conflict.loserJson = QString::fromStdString(c.value("loser", nlohmann::json()).dump());
        if (!protocol::Schema::instance().table(conflict.table))
            continue;  // a table this version does not know
        const qint64 remote = c.value("cloudId", qint64(0));
        q.prepare(QStringLiteral("SELECT id FROM %1 WHERE cloud_id = ?").arg(conflict.table));
        q.addBindValue(remote);
        if (q.exec() && q.next())
            conflict.rowId = q.value(0).toLongLong();
        q.prepare(QStringLiteral("INSERT INTO sync_conflicts (conflict_id, table_name, row_id, remote_id, field, winner_value, loser_value, received_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (conflict_id) DO NOTHING"));
        q.addBindValue(conflict.id);
        q.addBindValue(conflict.table);
        q.addBindValue(conflict.rowId ? QVariant(conflict.rowId) : QVariant(QMetaType::fromType<qint64>()));
        q.addBindValue(remote);
        q.addBindValue(conflict.field);
        q.addBindValue(conflict.winnerJson);
        q.addBindValue(conflict.loserJson);
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (!q.exec())
            return domain::Error(domain::ErrorCode::Storage, q.lastError().text());
        if (q.numRowsAffected() == 1)
            added << conflict;
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return added;
}

} // namespace clinic::sync
