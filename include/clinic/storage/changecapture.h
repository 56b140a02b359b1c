#pragma once

#include "clinic/domain/result.h"

#include <QString>
#include <QStringList>

namespace clinic::storage {

class Connection;

/// Change capture for sync (architecture.md S3), done by the database itself so no code path can
/// forget it. For every synced table (every table with a `cloud_id` column) it generates:
///  - AFTER INSERT / AFTER UPDATE triggers that append to `sync_outbox` (changed column names) and
///    to `audit_log` (who, device, what changed), in the writing transaction;
///  - a BEFORE DELETE trigger that refuses hard deletes (records are soft-deleted).
/// The triggers are skipped while `session_context.capture = 0`, which only a WriteTransaction in
/// CaptureMode::Suppress sets (sync applying pulled rows), and only inside that transaction.
///
/// Sync bookkeeping columns (id, cloud_id, created_at, updated_at) are not "changes": writing a
/// cloud id back never creates outbox entries. Audit entries of sensitive tables (clinical notes,
/// users) name the changed fields without their values.
class ChangeCapture
{
public:
    /// Tables with a cloud_id column, in schema order.
    static domain::Result<QStringList> syncedTables(const Connection &connection);
    /// (Re)creates the capture triggers of every synced table. Call inside a transaction.
    static domain::Status install(Connection &connection);
    /// Synced tables whose capture triggers are missing or stale (empty = all present).
    static domain::Result<QStringList> verify(const Connection &connection);
    /// Number of outbox entries waiting to be pushed.
    static domain::Result<qint64> pendingCount(const Connection &connection);
};

} // namespace clinic::storage
