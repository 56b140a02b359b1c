#pragma once

#include "clinic/domain/auditentry.h"
#include "clinic/storage/repository.h"

#include <QList>

namespace clinic::storage {

/// Reads the audit log. Entries are written only by the capture triggers; there is deliberately
/// no write method. Admins see everything; others only the history of one record.
/// Thread: the connection's.
class AuditLogRepository : public Repository
{
public:
    using Repository::Repository;

    /// The history of one record, oldest first.
    domain::Result<QList<domain::AuditEntry>> forRecord(const QString &table, qint64 rowId) const;
    /// The newest `limit` entries (admins only).
    domain::Result<QList<domain::AuditEntry>> recent(int limit = 200) const;
};

} // namespace clinic::storage
