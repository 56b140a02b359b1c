#pragma once

#include <QDateTime>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace clinic::domain {

/// One append-only record of who changed what. Written by the database itself (triggers) in the
/// same transaction as the change, so no code path can forget it.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;                    ///< UTC
    std::optional<qint64> userId;    ///< signed-in user, empty for system/seed writes
    QString deviceId;                ///< the desk's device id
    QString tableName;
    qint64 rowId = 0;
    QString action;                  ///< "insert", "update" or "delete"
    QString changes;                 ///< JSON: {"field": new} on insert, {"field": [old, new]} on update
};

} // namespace clinic::domain
