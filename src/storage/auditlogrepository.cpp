#include "clinic/storage/auditlogrepository.h"

#include "sqlsupport.h"

namespace clinic::storage {
namespace {

const char *kSelect = "SELECT id, at, user_id, device_id, table_name, row_id, action, changes FROM audit_log ";

domain::Result<QList<domain::AuditEntry>> readAll(QSqlQuery &q)
{
    if (!q.exec())
        return sql::toError(q, "read audit log");
    QList<domain::AuditEntry> list;
    while (q.next()) {
        domain::AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = sql::time(q.value(1));
        e.userId = sql::optionalId(q.value(2));
        e.deviceId = q.value(3).toString();
        e.tableName = q.value(4).toString();
        e.rowId = q.value(5).toLongLong();
        e.action = q.value(6).toString();
        e.changes = q.value(7).toString();
        list.append(e);
    }
    return list;
}

} // namespace

domain::Result<QList<domain::AuditEntry>> AuditLogRepository::forRecord(const QString &table, qint64 rowId) const
{
    if (table == QLatin1String("clinical_notes") && !domain::canReadClinicalNotes(session().role))
        return domain::Error(domain::ErrorCode::Forbidden, tr("Your role does not allow you to see clinical notes."));
    QSqlQuery q = sql::prepare(db(), QLatin1String(kSelect) + QStringLiteral("WHERE table_name = ? AND row_id = ? ORDER BY id"));
    q.addBindValue(table);
    q.addBindValue(rowId);
    return readAll(q);
}

domain::Result<QList<domain::AuditEntry>> AuditLogRepository::recent(int limit) const
{
    if (auto allowed = requireRole({domain::Role::Admin}, tr("read the audit log")); !allowed)
        return allowed.error();
    QSqlQuery q = sql::prepare(db(), QLatin1String(kSelect) + QStringLiteral("ORDER BY id DESC LIMIT ?"));
    q.addBindValue(qBound(1, limit, 100000));
    return readAll(q);
}

} // namespace clinic::storage
