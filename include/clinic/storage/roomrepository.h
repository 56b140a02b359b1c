#pragma once

#include "clinic/domain/room.h"
#include "clinic/storage/repository.h"

#include <QList>

namespace clinic::storage {

/// Treatment rooms. Thread: the connection's.
class RoomRepository : public Repository
{
public:
    using Repository::Repository;

    domain::Result<domain::Room> create(domain::Room room);
    domain::Result<domain::Room> update(domain::Room room);
    /// Saves only what differs from `original` (as loaded for editing): a field changed
    /// meanwhile by another desk keeps its new value.
    domain::Result<domain::Room> update(const domain::Room &original, domain::Room edited);
    domain::Status remove(qint64 id);
    domain::Result<domain::Room> get(qint64 id) const;
    domain::Result<QList<domain::Room>> list(bool activeOnly = true) const;
};

} // namespace clinic::storage
