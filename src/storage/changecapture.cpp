#include "clinic/storage/changecapture.h"

#include "clinic/storage/connection.h"
#include "sqlsupport.h"

#include <QSet>
#include <QSqlQuery>

namespace clinic::storage {
namespace {

// Columns that are sync/bookkeeping, not user data: never "changes".
const QSet<QString> &bookkeepingColumns()
{
    static const QSet<QString> set{QStringLiteral("id"), QStringLiteral("cloud_id"),
                                   QStringLiteral("created_at"), QStringLiteral("updated_at")};
    return set;
}

// Tables whose audit entries name changed fields but never hold their values.
bool auditsNamesOnly(const QString &table)
{
    return table == QLatin1String("clinical_notes") || table == QLatin1String("users");
}

// Bump when the generated SQL changes, so verify() reports old triggers as stale.
constexpr auto kTriggerVersion = "v1";

QString triggerName(const QString &table, const char *kind)
{
    return QStringLiteral("capture_%1_%2_%3").arg(table, QLatin1String(kind),
                                                  QLatin1String(kTriggerVersion));
}

domain::Result<QStringList> dataColumns(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table)))
        return sql::toError(query, "read table columns");
    QStringList columns;
    while (query.next()) {
        const QString name = query.value(0).toString();
        if (!bookkeepingColumns().contains(name))
            columns.append(name);
    }
    return columns;
}

const char *kCaptureOn = "(SELECT capture FROM session_context WHERE id = 1) = 1";
const char *kNowMs = "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)";

QString auditInsert(const QString &table, const QString &action, const QString &changesExpr)
{
    return QStringLiteral(
               "    INSERT INTO audit_log (at, user_id, device_id, table_name, row_id, action, changes, "
               "created_at, updated_at)\n"
               "    VALUES (%1, (SELECT actor_user_id FROM session_context WHERE id = 1), "
               "(SELECT device_id FROM device WHERE id = 1), '%2', NEW.id, %3, %4, %1, %1);\n")
        .arg(QLatin1String(kNowMs), table, action, changesExpr);
}

QStringList triggerStatements(const QString &table, const QStringList &columns, bool withAudit)
{
    QStringList quotedNames;
    QStringList insertPairs;
    QStringList changedTests;
    QStringList changedNameSelects;
    QStringList changedValueSelects;
    for (const QString &c : columns) {
        quotedNames << QStringLiteral("'%1'").arg(c);
        insertPairs << QStringLiteral("'%1', NEW.%1").arg(c);
        changedTests << QStringLiteral("OLD.%1 IS NOT NEW.%1").arg(c);
        changedNameSelects << QStringLiteral("SELECT '%1' AS f WHERE OLD.%1 IS NOT NEW.%1").arg(c);
        changedValueSelects << QStringLiteral(
            "SELECT '%1' AS f, json_array(OLD.%1, NEW.%1) AS v WHERE OLD.%1 IS NOT NEW.%1").arg(c);
    }
    const QString anyChange = changedTests.join(QLatin1String(" OR "));
    const QString changedNames = QStringLiteral("(SELECT json_group_array(f) FROM (%1))")
                                     .arg(changedNameSelects.join(QLatin1String(" UNION ALL ")));
    const bool namesOnly = auditsNamesOnly(table);

    QString insertTrigger =
        QStringLiteral("CREATE TRIGGER %1 AFTER INSERT ON %2 WHEN %3\nBEGIN\n"
                       "    INSERT INTO sync_outbox (table_name, row_id, op, fields, captured_at)\n"
                       "    VALUES ('%2', NEW.id, 'insert', json_array(%4), %5);\n")
            .arg(triggerName(table, "insert"), table, QLatin1String(kCaptureOn),
                 quotedNames.join(QLatin1String(", ")), QLatin1String(kNowMs));
    if (withAudit) {
        const QString changes = namesOnly
            ? QStringLiteral("json_array(%1)").arg(quotedNames.join(QLatin1String(", ")))
            : QStringLiteral("json_object(%1)").arg(insertPairs.join(QLatin1String(", ")));
        insertTrigger += auditInsert(table, QStringLiteral("'insert'"), changes);
    }
    insertTrigger += QLatin1String("END");

    const QString op = QStringLiteral(
        "CASE WHEN OLD.deleted_at IS NULL AND NEW.deleted_at IS NOT NULL THEN 'delete' ELSE 'update' END");
    QString updateTrigger =
        QStringLiteral("CREATE TRIGGER %1 AFTER UPDATE ON %2 WHEN %3 AND (%4)\nBEGIN\n"
                       "    INSERT INTO sync_outbox (table_name, row_id, op, fields, captured_at)\n"
                       "    VALUES ('%2', NEW.id, %5, %6, %7);\n")
            .arg(triggerName(table, "update"), table, QLatin1String(kCaptureOn), anyChange, op,
                 changedNames, QLatin1String(kNowMs));
    if (withAudit) {
        const QString changes = namesOnly
            ? changedNames
            : QStringLiteral("(SELECT json_group_object(f, json(v)) FROM (%1))")
                  .arg(changedValueSelects.join(QLatin1String(" UNION ALL ")));
        updateTrigger += auditInsert(table, op, changes);
    }
    updateTrigger += QLatin1String("END");

    const QString deleteTrigger =
        QStringLiteral("CREATE TRIGGER %1 BEFORE DELETE ON %2 WHEN %3\nBEGIN\n"
                       "    SELECT RAISE(ABORT, 'synced rows are soft-deleted: set deleted_at');\nEND")
            .arg(triggerName(table, "delete"), table, QLatin1String(kCaptureOn));
    return {insertTrigger, updateTrigger, deleteTrigger};
}

domain::Result<QStringList> existingCaptureTriggers(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'capture\\_%' ESCAPE '\\'")))
        return sql::toError(query, "list triggers");
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

} // namespace

domain::Result<QStringList> ChangeCapture::syncedTables(const Connection &connection)
{
    QSqlQuery query(connection.database());
    if (!query.exec(QStringLiteral(
            "SELECT m.name FROM sqlite_master m WHERE m.type = 'table' AND EXISTS "
            "(SELECT 1 FROM pragma_table_info(m.name) c WHERE c.name = 'cloud_id') ORDER BY m.rootpage")))
        return sql::toError(query, "list synced tables");
    QStringList tables;
    while (query.next())
        tables.append(query.value(0).toString());
    return tables;
}

domain::Status ChangeCapture::install(Connection &connection)
{
    const QSqlDatabase db = connection.database();
    const auto tables = syncedTables(connection);
    if (!tables)
        return tables.error();
    const auto existing = existingCaptureTriggers(db);
    if (!existing)
        return existing.error();
    domain::Error error(domain::ErrorCode::Storage, {});
    for (const QString &name : existing.value()) {
        if (!sql::run(db, QStringLiteral("DROP TRIGGER %1").arg(name), &error))
            return error;
    }
    const bool haveAudit = tables.value().contains(QStringLiteral("audit_log"));
    for (const QString &table : tables.value()) {
        const auto columns = dataColumns(db, table);
        if (!columns)
            return columns.error();
        // A cloud_id column makes a table synced; it must then have the whole convention.
        QSqlQuery check(db);
        if (!check.exec(QStringLiteral("SELECT count(*) FROM pragma_table_info('%1') WHERE name IN "
                                       "('id', 'created_at', 'updated_at', 'deleted_at')").arg(table))
            || !check.next() || check.value(0).toInt() != 4)
            return domain::Error(domain::ErrorCode::Storage,
                                 QStringLiteral("table %1 has a cloud_id column but not id, created_at, updated_at and "
                                                "deleted_at: every synced table needs them").arg(table));
        const bool audited = haveAudit && table != QLatin1String("audit_log");
        for (const QString &statement : triggerStatements(table, columns.value(), audited)) {
            QSqlQuery query(db);
            if (!query.exec(statement))
                return sql::toError(query, "install capture trigger");
        }
    }
    return {};
}

domain::Result<QStringList> ChangeCapture::verify(const Connection &connection)
{
    const auto tables = syncedTables(connection);
    if (!tables)
        return tables.error();
    const auto existing = existingCaptureTriggers(connection.database());
    if (!existing)
        return existing.error();
    QStringList stale;
    for (const QString &table : tables.value()) {
        for (const char *kind : {"insert", "update", "delete"}) {
            if (!existing.value().contains(triggerName(table, kind))) {
                stale.append(table);
                break;
            }
        }
    }
    return stale;
}

domain::Result<qint64> ChangeCapture::pendingCount(const Connection &connection)
{
    QSqlQuery query(connection.database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sync_outbox")) || !query.next())
        return sql::toError(query, "count outbox");
    return query.value(0).toLongLong();
}

} // namespace clinic::storage
