#include "clinic/sync/rejectionlog.h"

#include "clinic/storage/connection.h"

#include <QSqlError>
#include <QSqlQuery>

namespace clinic::sync {

domain::Result<QList<RejectionLog::Rejection>> RejectionLog::open(storage::Connection &connection, int limit)
{
    QSqlQuery q(connection.database());
    q.prepare(QStringLiteral("SELECT table_name, row_id, code, field, message, rejected_at FROM sync_rejections "
                             "WHERE resolved_at IS NULL ORDER BY rejected_at DESC, id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return domain::Error(domain::ErrorCode::Storage, q.lastError().text());
    QList<Rejection> out;
    while (q.next())
        out.append(Rejection{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                             q.value(4).toString(), q.value(5).toLongLong()});
    return out;
}

domain::Result<int> RejectionLog::pendingRecords(storage::Connection &connection)
{
    // Distinct (table, row) pairs: answered from the sync_outbox_row index alone.
    QSqlQuery q(connection.database());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT table_name, row_id FROM sync_outbox "
                               "WHERE table_name <> 'audit_log')"))
        || !q.next())
        return domain::Error(domain::ErrorCode::Storage, q.lastError().text());
    return q.value(0).toInt();
}

} // namespace clinic::sync
