#include "clinic/sync/pullapplier.h"

#include "clinic/protocol/schema.h"
#include "clinic/storage/cachedquery.h"
#include "clinic/storage/connection.h"
#include "clinic/storage/writetransaction.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <nlohmann/json.hpp>

namespace clinic::sync {
namespace {

using nlohmann::json;

domain::Error sqlError(const QSqlQuery &q, const char *what)
{
    return domain::Error(domain::ErrorCode::Storage, QStringLiteral("%1 failed: %2").arg(QLatin1String(what), q.lastError().text()));
}

std::optional<qint64> localIdOf(const QSqlDatabase &db, const QString &table, qint64 cloudId)
{
    storage::CachedQuery q(db, QStringLiteral("SELECT id FROM %1 WHERE cloud_id = ?").arg(table));
    q->addBindValue(cloudId);
    if (q->exec() && q->next())
        return q->value(0).toLongLong();
    return std::nullopt;
}

/// A wire value as the local column stores it; nullopt when it references a parent this desk
/// does not have yet.
std::optional<QVariant> toLocal(const protocol::FieldSpec &spec, const json &value, const QSqlDatabase &db)
{
    if (value.is_null())
        return QVariant();
    switch (spec.type) {
    case protocol::FieldType::Text:
    case protocol::FieldType::Date:
        return QVariant(QString::fromStdString(value.get<std::string>()));
    case protocol::FieldType::Integer:
    case protocol::FieldType::Timestamp:
        return QVariant(value.get<qint64>());
    case protocol::FieldType::Boolean:
        return QVariant(value.get<bool>() ? 1 : 0);
    case protocol::FieldType::Reference: {
        const auto local = localIdOf(db, spec.refTable, value.value("cloudId", qint64(0)));
        if (!local)
            return std::nullopt;
        return QVariant(*local);
    }
    }
    return QVariant();
}

enum class Outcome { Applied, Deferred, Skipped };

/// The search index entries of the given patients, rebuilt in two statements: what the
/// patient_search triggers would have done row by row (migration 10).
domain::Status reindexPatients(const QSqlDatabase &db, const QSet<qint64> &ids)
{
    if (ids.isEmpty())
        return {};
    json list = json::array();
    for (qint64 id : ids)
        list.push_back(id);
    const QString idsJson = QString::fromStdString(list.dump());
    storage::CachedQuery drop(db, QStringLiteral("DELETE FROM patient_search WHERE rowid IN (SELECT value FROM json_each(?))"));
    drop->addBindValue(idsJson);
    if (!drop->exec())
        return sqlError(*drop, "clear search entries");
    storage::CachedQuery fill(db, QStringLiteral("INSERT INTO patient_search (rowid, name, phone, number, dob) "
                                                 "SELECT id, name, phone, number, dob FROM patient_search_source "
                                                 "WHERE id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL"));
    fill->addBindValue(idsJson);
    if (!fill->exec())
        return sqlError(*fill, "index pulled patients");
    return {};
}

/// Applies one pulled row; `changed` collects the local id.
domain::Result<Outcome> applyRow(const QSqlDatabase &db, const json &row, qint64 now, QMap<QString, QSet<qint64>> &changed)
{
    const QString table = QString::fromStdString(row.value("table", ""));
    const protocol::TableSpec *spec = protocol::Schema::instance().table(table);
    if (!spec)
        return Outcome::Skipped;  // a table this version does not know (a newer server): ignore
    const qint64 cloudId = row.value("cloudId", qint64(0));
    static const json noFields = json::object();
    const auto fieldsIt = row.find("fields");
    const json &fields = fieldsIt != row.end() && fieldsIt->is_object() ? *fieldsIt : noFields;  // no copy per row

    std::optional<qint64> localId = localIdOf(db, table, cloudId);
    if (!localId && row.contains("localId")) {
        // Our own row whose push answer was lost: it exists locally without its cloud id.
        storage::CachedQuery own(db, QStringLiteral("SELECT id FROM %1 WHERE id = ? AND cloud_id IS NULL").arg(table));
        own->addBindValue(row["localId"].get<qint64>());
        if (own->exec() && own->next())
            localId = own->value(0).toLongLong();
    }

    // Columns with a local edit not pushed yet keep their local value.
    QSet<QString> pending;
    if (localId) {
        storage::CachedQuery q(db, QStringLiteral("SELECT fields FROM sync_outbox WHERE table_name = ? AND row_id = ?"));
        q->addBindValue(table);
        q->addBindValue(*localId);
        if (!q->exec())
            return sqlError(*q, "read pending edits");
        while (q->next()) {
            const json names = json::parse(q->value(0).toString().toStdString(), nullptr, false);
            for (const auto &n : names)
                pending.insert(QString::fromStdString(n.get<std::string>()));
        }
    }

    QStringList columns;
    QVariantList values;
    for (const protocol::FieldSpec &field : spec->fields) {
        const auto it = fields.find(field.name.toStdString());
        if (it == fields.end() || pending.contains(field.name))
            continue;
        const auto value = toLocal(field, *it, db);
        if (!value)
            return Outcome::Deferred;
        columns << field.name;
        values << *value;
    }
    const bool deleted = row.value("deleted", false);
    // Statements are cached by their text (a pulled table's rows share a handful of shapes):
    // compiling an INSERT on a table with capture, audit and search triggers costs far more than
    // running it.
    if (!localId) {
        QStringList marks;
        for (int i = 0; i < columns.size(); ++i)
            marks << QStringLiteral("?");
        storage::CachedQuery q(db, QStringLiteral("INSERT INTO %1 (cloud_id, %2, created_at, updated_at, deleted_at) VALUES (?, %3, ?, ?, ?)")
                                      .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
        q->addBindValue(cloudId);
        for (const QVariant &v : values)
            q->addBindValue(v);
        q->addBindValue(now);
        q->addBindValue(now);
        q->addBindValue(deleted ? QVariant(now) : QVariant(QMetaType::fromType<qint64>()));
        if (!q->exec())
            return sqlError(*q, "insert pulled row");
        changed[table].insert(q->lastInsertId().toLongLong());
        return Outcome::Applied;
    }
    // Write only what differs (a row coming back from our own push usually changes nothing).
    storage::CachedQuery current(db, QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table));
    current->addBindValue(*localId);
    if (!current->exec() || !current->next())
        return sqlError(*current, "read local row");
    QStringList sets;
    QVariantList setValues;
    if (current->value(QStringLiteral("cloud_id")).isNull() || current->value(QStringLiteral("cloud_id")).toLongLong() != cloudId) {
        sets << QStringLiteral("cloud_id = ?");
        setValues << cloudId;
    }
    for (int i = 0; i < columns.size(); ++i) {
        const QVariant mine = current->value(columns.at(i));
        const QVariant &theirs = values.at(i);
        const bool same = (mine.isNull() && theirs.isNull())
            || (!mine.isNull() && !theirs.isNull() && mine.toString() == theirs.toString());
        if (!same) {
            sets << columns.at(i) + QStringLiteral(" = ?");
            setValues << theirs;
        }
    }
    if (deleted && current->value(QStringLiteral("deleted_at")).isNull()) {
        sets << QStringLiteral("deleted_at = ?");
        setValues << now;
    }
    if (sets.isEmpty())
        return Outcome::Applied;
    sets << QStringLiteral("updated_at = ?");
    setValues << now;
    current->finish();
    storage::CachedQuery q(db, QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QStringLiteral(", "))));
    for (const QVariant &v : setValues)
        q->addBindValue(v);
    q->addBindValue(*localId);
    if (!q->exec())
        return sqlError(*q, "update pulled row");
    changed[table].insert(*localId);
    return Outcome::Applied;
}

} // namespace

domain::Result<qint64> PullApplier::cursor(storage::Connection &connection)
{
    QSqlQuery q(connection.database());
    if (!q.exec(QStringLiteral("SELECT value FROM sync_state WHERE key = 'pull_cursor'")))
        return sqlError(q, "read cursor");
    return q.next() ? q.value(0).toLongLong() : 0;
}

namespace {
domain::Result<PullApplier::Applied> applyPage(storage::Connection &connection, const json &body);
}

domain::Result<PullApplier::Applied> PullApplier::apply(storage::Connection &connection, const QByteArray &page)
{
    return apply(connection, json::parse(page.constBegin(), page.constEnd(), nullptr, false));
}

domain::Result<PullApplier::Applied> PullApplier::apply(storage::Connection &connection, const nlohmann::json &body)
{
    // A value of the wrong type makes nlohmann::json throw; the transaction inside rolls back and
    // the desk gets an error instead of an exception escaping into the sync thread's event loop.
    try {
        return applyPage(connection, body);
    } catch (const nlohmann::json::exception &) {
        return domain::Error(domain::ErrorCode::Validation, QStringLiteral("the server sent a page this desk cannot read"));
    }
}

namespace {

domain::Result<PullApplier::Applied> applyPage(storage::Connection &connection, const json &body)
{
    if (!body.is_object() || !body.contains("changes") || !body["changes"].is_array() || !body.contains("next"))
        return domain::Error(domain::ErrorCode::Validation, QStringLiteral("the server sent a page this desk cannot read"));
    PullApplier::Applied applied;
    applied.next = body["next"].get<qint64>();
    applied.hasMore = body.value("hasMore", false);

    // Pulled rows are already known to the server: applied without capture (S3).
    storage::WriteTransaction tx(connection, std::nullopt, storage::CaptureMode::Suppress);
    if (!tx.isActive())
        return tx.error();
    const QSqlDatabase db = connection.database();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(db);
    // The search index is filled once for the page (below), not by a trigger per row: each
    // trigger write to the FTS5 table flushes its pending terms (migration 10). The flag lives in
    // this transaction only (WriteTransaction resets it before commit; a rollback drops it).
    if (!q.exec(QStringLiteral("UPDATE session_context SET search_deferred = 1 WHERE id = 1")))
        return sqlError(q, "defer search indexing");
    const auto defer = [&](const json &row) -> domain::Status {
        storage::CachedQuery insert(db, QStringLiteral("INSERT INTO sync_deferred (table_name, remote_id, payload) VALUES (?, ?, ?) "
                                                       "ON CONFLICT (table_name, remote_id) DO UPDATE SET payload = excluded.payload"));
        insert->addBindValue(QString::fromStdString(row.value("table", "")));
        insert->addBindValue(row.value("cloudId", qint64(0)));
        insert->addBindValue(QString::fromStdString(row.dump()));
        if (!insert->exec())
            return sqlError(*insert, "defer row");
        return {};
    };
    for (const json &row : body["changes"]) {
        const auto outcome = applyRow(db, row, now, applied.changedIds);
        if (!outcome)
            return outcome.error();
        if (outcome.value() == Outcome::Deferred) {
            if (auto deferred = defer(row); !deferred)
                return deferred.error();
        }
    }
    // Rows that waited for a parent: retry until no more progress.
    for (bool progress = true; progress;) {
        progress = false;
        if (!q.exec(QStringLiteral("SELECT table_name, remote_id, payload FROM sync_deferred")))
            return sqlError(q, "read deferred rows");
        std::vector<std::tuple<QString, qint64, json>> waiting;
        while (q.next())
            waiting.emplace_back(q.value(0).toString(), q.value(1).toLongLong(), json::parse(q.value(2).toString().toStdString(), nullptr, false));
        for (const auto &[table, cloudId, row] : waiting) {
            const auto outcome = applyRow(db, row, now, applied.changedIds);
            if (!outcome)
                return outcome.error();
            if (outcome.value() != Outcome::Deferred) {
                storage::CachedQuery drop(db, QStringLiteral("DELETE FROM sync_deferred WHERE table_name = ? AND remote_id = ?"));
                drop->addBindValue(table);
                drop->addBindValue(cloudId);
                if (!drop->exec())
                    return sqlError(*drop, "clear deferred row");
                progress = true;
            }
        }
    }
    if (auto indexed = reindexPatients(db, applied.changedIds.value(QStringLiteral("patients"))); !indexed)
        return indexed.error();
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sync_deferred")) || !q.next())
        return sqlError(q, "count deferred rows");
    applied.deferred = q.value(0).toInt();
    // The cursor moves in the same transaction as the rows it covers.
    q.prepare(QStringLiteral("INSERT INTO sync_state (key, value) VALUES ('pull_cursor', ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(QString::number(applied.next));
    if (!q.exec())
        return sqlError(q, "store cursor");
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return applied;
}

} // namespace

} // namespace clinic::sync
