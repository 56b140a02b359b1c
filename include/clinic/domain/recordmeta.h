#pragma once

#include <QDateTime>
#include <QtGlobal>

#include <optional>

namespace clinic::domain {

/// Identity and bookkeeping shared by every synced record.
/// Invariants: `id` is the local row id and never changes once assigned (0 = not yet saved);
/// `cloudId` is assigned by the server on first sync and never changes afterwards;
/// a record is never removed, only marked deleted (`deletedAt`), so sync can propagate the tombstone.
struct RecordMeta
{
    qint64 id = 0;
    std::optional<qint64> cloudId;
    QDateTime createdAt;  ///< UTC
    QDateTime updatedAt;  ///< UTC
    std::optional<QDateTime> deletedAt;

    [[nodiscard]] bool isNew() const { return id == 0; }
    [[nodiscard]] bool isDeleted() const { return deletedAt.has_value(); }
};

} // namespace clinic::domain
