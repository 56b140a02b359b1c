#include "clinic/sync/pullapplier.h"

#include "pagesearchindex.h"
#include "pendinginserts.h"

#include "clinic/protocol/schema.h"
#include "clinic/storage/cachedquery.h"
#include "clinic/storage/connection.h"
#include "clinic/storage/directstatement.h"
#include "clinic/storage/writetransaction.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <nlohmann/json.hpp>

#include <set>
#include <unordered_map>

namespace clinic::sync {
namespace {

using nlohmann::json;

domain::Error sqlError(const QSqlQuery &q, const char *what)
{
    return domain::Error(domain::ErrorCode::Storage, QStringLiteral("%1 failed: %2").arg(QLatin1String(what), q.lastError().text()));
}

/// What applying rows of one table needs, worked out once per thread rather than per row: where
/// each wire name sits in the spec, and the statement texts of the lookups (new rows are written
/// by PendingInserts). The statements themselves are cached per connection. Thread-local because
/// every sync engine applies on its own thread.
struct TablePlan
{
    const protocol::TableSpec *spec = nullptr;
    std::unordered_map<std::string, int> index;  ///< spec->fields[i].name -> i
    QString byCloudId;                          ///< local id of a cloud id
    QString ownUnmapped;                        ///< our own row, pushed but never mapped
    QString current;                            ///< cloud_id, deleted_at, created_at, then every field
};

TablePlan *planFor(const QString &table)
{
    thread_local std::unordered_map<QString, TablePlan> plans;
    if (const auto it = plans.find(table); it != plans.end())
        return &it->second;
    const protocol::TableSpec *spec = protocol::Schema::instance().table(table);
    if (!spec)
        return nullptr;
    Q_ASSERT(spec->fields.size() <= 64);  // insert shapes are keyed by a 64-bit field set (test SchemaLimits.*)
    TablePlan plan;
    plan.spec = spec;
    QStringList columns;
    for (const protocol::FieldSpec &field : spec->fields) {
        plan.index.emplace(field.name.toStdString(), int(plan.index.size()));
        columns << field.name;
    }
    plan.byCloudId = QStringLiteral("SELECT id FROM %1 WHERE cloud_id = ?").arg(table);
    plan.ownUnmapped = QStringLiteral("SELECT id FROM %1 WHERE id = ? AND cloud_id IS NULL").arg(table);
    plan.current = QStringLiteral("SELECT cloud_id, deleted_at, created_at, %1 FROM %2 WHERE id = ?").arg(columns.join(QStringLiteral(", ")), table);
    return &plans.emplace(table, std::move(plan)).first->second;
}

domain::Result<std::optional<qint64>> localIdOf(const QSqlDatabase &db, const TablePlan &plan, qint64 cloudId)
{
    storage::DirectStatement q(db, plan.byCloudId);
    q.bindInt64(1, cloudId);
    if (q.step())
        return std::optional<qint64>(q.int64(0));
    if (!q.ok())
        return domain::Error(domain::ErrorCode::Storage, QStringLiteral("find local row failed: %1").arg(q.error()));
    return std::optional<qint64>();
}

/// A wire value as the local column stores it (text points into the parsed page); nullopt when
/// it references a parent this desk does not have yet; an error for a value of the wrong type.
domain::Result<std::optional<LocalValue>> toLocal(const protocol::FieldSpec &spec, const WireValue &value, const QSqlDatabase &db)
{
    if (std::holds_alternative<std::nullptr_t>(value))
        return std::optional<LocalValue>(LocalValue());
    switch (spec.type) {
    case protocol::FieldType::Text:
    case protocol::FieldType::Date:
        if (const auto *text = std::get_if<std::string>(&value))
            return std::optional<LocalValue>(std::string_view(*text));
        return PulledPage::unreadable();
    case protocol::FieldType::Integer:
    case protocol::FieldType::Timestamp:
        if (const auto *number = std::get_if<qint64>(&value))
            return std::optional<LocalValue>(*number);
        return PulledPage::unreadable();
    case protocol::FieldType::Boolean:
        if (const auto *flag = std::get_if<bool>(&value))
            return std::optional<LocalValue>(qint64(*flag ? 1 : 0));
        return PulledPage::unreadable();
    case protocol::FieldType::Reference: {
        const auto *ref = std::get_if<CloudRef>(&value);
        if (!ref)
            return PulledPage::unreadable();
        const TablePlan *parent = planFor(spec.refTable);
        if (!parent)
            return std::optional<LocalValue>();
        const auto local = localIdOf(db, *parent, ref->cloudId);
        if (!local)
            return local.error();
        if (!local.value())
            return std::optional<LocalValue>();
        return std::optional<LocalValue>(*local.value());
    }
    }
    return std::optional<LocalValue>(LocalValue());
}

/// The same value for a QSqlQuery.
QVariant toVariant(const LocalValue &value)
{
    if (const auto *number = std::get_if<qint64>(&value))
        return QVariant(*number);
    if (const auto *text = std::get_if<std::string_view>(&value))
        return QVariant(QString::fromUtf8(text->data(), qsizetype(text->size())));
    return {};
}

enum class Outcome { Applied, Deferred, Skipped };

/// Applies one pulled row; `changed` collects the local id of an updated row, `inserts` takes a
/// new one (and reports its local id to `changed` when it writes it).
domain::Result<Outcome> applyRow(const QSqlDatabase &db, const PulledRow &row, qint64 now, QMap<QString, QSet<qint64>> &changed,
                                 PendingInserts &inserts, PageSearchIndex &search)
{
    if (row.table.empty())
        return Outcome::Skipped;
    TablePlan *plan = planFor(QString::fromStdString(row.table));
    if (!plan)
        return Outcome::Skipped;  // a table this version does not know (a newer server): ignore
    const protocol::TableSpec &spec = *plan->spec;
    const QString &table = spec.name;
    const qint64 cloudId = row.cloudId;

    if (inserts.holds(table, cloudId)) {  // the same row twice in a page: the first must be written
        if (auto flushed = inserts.flush(table); !flushed)
            return flushed.error();
    }
    const auto found = localIdOf(db, *plan, cloudId);
    if (!found)
        return found.error();
    std::optional<qint64> localId = found.value();
    if (!localId && row.localId) {
        // Our own row whose push answer was lost: it exists locally without its cloud id.
        storage::DirectStatement own(db, plan->ownUnmapped);
        own.bindInt64(1, *row.localId);
        if (own.step())
            localId = own.int64(0);
        else if (!own.ok())
            return domain::Error(domain::ErrorCode::Storage, QStringLiteral("find own row failed: %1").arg(own.error()));
    }

    // Columns with a local edit not pushed yet keep their local value.
    QSet<QString> pending;
    if (localId) {
        storage::CachedQuery q(db, QStringLiteral("SELECT fields FROM sync_outbox WHERE table_name = ? AND row_id = ?"));
        q->bindValue(0, table);
        q->bindValue(1, *localId);
        if (!q->exec())
            return sqlError(*q, "read pending edits");
        while (q->next()) {
            const json names = json::parse(q->value(0).toString().toStdString(), nullptr, false);
            for (const auto &n : names)
                pending.insert(QString::fromStdString(n.get<std::string>()));
        }
    }

    // The fields this row brings (bit i = spec.fields[i]) and their local values.
    quint64 present = 0;
    std::vector<const WireValue *> sent(size_t(spec.fields.size()), nullptr);  // the last of a name sent twice wins
    for (const auto &[name, value] : row.fields) {
        if (const auto it = plan->index.find(name); it != plan->index.end())
            sent[size_t(it->second)] = &value;
    }
    std::vector<LocalValue> values(size_t(spec.fields.size()));
    for (qsizetype i = 0; i < spec.fields.size(); ++i) {
        if (!sent[size_t(i)] || (!pending.isEmpty() && pending.contains(spec.fields[i].name)))
            continue;
        if (spec.fields[i].type == protocol::FieldType::Reference && inserts.holdsAny(spec.fields[i].refTable)) {
            if (auto flushed = inserts.flush(spec.fields[i].refTable); !flushed)  // the parent may wait there
                return flushed.error();
        }
        auto value = toLocal(spec.fields[i], *sent[size_t(i)], db);
        if (!value)
            return value.error();
        if (!value.value())
            return Outcome::Deferred;
        values[size_t(i)] = *value.value();
        present |= quint64(1) << i;
    }
    const bool deleted = row.deleted;
    if (!localId) {
        if (auto added = inserts.add(spec, present, cloudId, std::move(values), deleted, row.createdAt.value_or(now)); !added)
            return added.error();
        return Outcome::Applied;
    }
    // Write only what differs (a row coming back from our own push usually changes nothing).
    storage::CachedQuery current(db, plan->current);
    current->bindValue(0, *localId);
    if (!current->exec() || !current->next())
        return sqlError(*current, "read local row");
    QStringList sets;
    QVariantList setValues;
    if (current->value(0).isNull() || current->value(0).toLongLong() != cloudId) {
        sets << QStringLiteral("cloud_id = ?");
        setValues << cloudId;
    }
    for (qsizetype i = 0; i < spec.fields.size(); ++i) {
        if (!(present & (quint64(1) << i)))
            continue;
        const QVariant mine = current->value(int(i) + 3);
        const QVariant theirs = toVariant(values[size_t(i)]);
        const bool same = (mine.isNull() && theirs.isNull())
            || (!mine.isNull() && !theirs.isNull() && mine.toString() == theirs.toString());
        if (!same) {
            sets << spec.fields[i].name + QStringLiteral(" = ?");
            setValues << theirs;
        }
    }
    // The creation time the row has everywhere (a row pulled before servers sent it got the time
    // it arrived here; its next change brings the right one).
    if (row.createdAt && current->value(2).toLongLong() != *row.createdAt) {
        sets << QStringLiteral("created_at = ?");
        setValues << *row.createdAt;
    }
    if (deleted && current->value(1).isNull()) {
        sets << QStringLiteral("deleted_at = ?");
        setValues << now;
    }
    if (sets.isEmpty())
        return Outcome::Applied;
    sets << QStringLiteral("updated_at = ?");
    setValues << now;
    current->finish();
    if (table == QLatin1String("patients") && !inserts.created(table, *localId)) {
        if (auto kept = search.aboutToChange(*localId); !kept)  // its search entry, before it changes
            return kept.error();
    }
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

domain::Result<PullApplier::Applied> PullApplier::apply(storage::Connection &connection, const QByteArray &page)
{
    auto parsed = PulledPage::parse(page);
    if (!parsed)
        return parsed.error();
    return apply(connection, parsed.value());
}

domain::Result<PullApplier::Applied> PullApplier::apply(storage::Connection &connection, const PulledPage &page)
{
    PullApplier::Applied applied;
    applied.next = page.next;
    applied.hasMore = page.hasMore;

    // Pulled rows are already known to the server: applied without capture (S3).
    storage::WriteTransaction tx(connection, std::nullopt, storage::CaptureMode::Suppress);
    if (!tx.isActive())
        return tx.error();
    const QSqlDatabase db = connection.database();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(db);
    // The search index is brought up to date once for the page (PageSearchIndex), not by a
    // trigger per row: each trigger write to the FTS5 table flushes its pending terms (migrations
    // 10 and 11). The flag lives in this transaction only (WriteTransaction resets it before
    // commit; a rollback drops it).
    if (!q.exec(QStringLiteral("UPDATE session_context SET search_deferred = 1 WHERE id = 1")))
        return sqlError(q, "defer search indexing");
    const auto defer = [&](const PulledRow &row) -> domain::Status {
        storage::DirectStatement insert(db, QStringLiteral("INSERT INTO sync_deferred (table_name, remote_id, payload) VALUES (?, ?, ?) "
                                                           "ON CONFLICT (table_name, remote_id) DO UPDATE SET payload = excluded.payload"));
        const std::string payload = row.toJson();
        insert.bindText(1, row.table);
        insert.bindInt64(2, row.cloudId);
        insert.bindText(3, payload);
        insert.step();
        if (!insert.ok())
            return domain::Error(domain::ErrorCode::Storage, QStringLiteral("defer row failed: %1").arg(insert.error()));
        return {};
    };
    const auto dropDeferred = [&](const QString &table, qint64 cloudId) -> domain::Status {
        storage::CachedQuery drop(db, QStringLiteral("DELETE FROM sync_deferred WHERE table_name = ? AND remote_id = ?"));
        drop->addBindValue(table);
        drop->addBindValue(cloudId);
        if (!drop->exec())
            return sqlError(*drop, "clear deferred row");
        return {};
    };
    // Rows still waiting for a parent since an earlier page (usually none). The feed holds each
    // row at its latest revision, so one of them can come again in this page, newer: deferred
    // again, defer() replaces the waiting copy; applied, the copy is dropped, or the retry below
    // would write its older values over the newer ones.
    std::set<std::pair<std::string, qint64>> waitingSince;
    if (!q.exec(QStringLiteral("SELECT table_name, remote_id FROM sync_deferred")))
        return sqlError(q, "read deferred rows");
    while (q.next())
        waitingSince.emplace(q.value(0).toString().toStdString(), q.value(1).toLongLong());
    PendingInserts inserts(db, now, applied.changedIds);  // flushed before the rows it points into go
    PageSearchIndex search(db);
    for (const PulledRow &row : page.changes) {
        const auto outcome = applyRow(db, row, now, applied.changedIds, inserts, search);
        if (!outcome)
            return outcome.error();
        if (outcome.value() == Outcome::Deferred) {
            if (auto deferred = defer(row); !deferred)
                return deferred.error();
        } else if (const auto superseded = waitingSince.find({row.table, row.cloudId}); superseded != waitingSince.end()) {
            if (auto dropped = dropDeferred(QString::fromStdString(row.table), row.cloudId); !dropped)
                return dropped.error();
            waitingSince.erase(superseded);
        }
    }
    // Rows that waited for a parent: retry until no more progress.
    for (bool progress = true; progress;) {
        progress = false;
        if (!q.exec(QStringLiteral("SELECT table_name, remote_id, payload FROM sync_deferred")))
            return sqlError(q, "read deferred rows");
        std::vector<std::tuple<QString, qint64, PulledRow>> waiting;
        while (q.next()) {
            // An unreadable payload (a damaged file) reads as a row of no table: skipped, dropped.
            auto row = PulledPage::parseRow(q.value(2).toString().toUtf8());
            waiting.emplace_back(q.value(0).toString(), q.value(1).toLongLong(), row ? std::move(row).value() : PulledRow{});
        }
        for (const auto &[table, cloudId, row] : waiting) {
            const auto outcome = applyRow(db, row, now, applied.changedIds, inserts, search);
            if (!outcome)
                return outcome.error();
            if (outcome.value() != Outcome::Deferred) {
                if (auto dropped = dropDeferred(table, cloudId); !dropped)
                    return dropped.error();
                progress = true;
            }
        }
        if (auto flushed = inserts.flushAll(); !flushed)  // before `waiting`, which their text points into, goes
            return flushed.error();
    }
    if (auto indexed = search.finish(applied.changedIds.value(QStringLiteral("patients"))); !indexed)
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

} // namespace clinic::sync
