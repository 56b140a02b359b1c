#pragma once

#include "clinic/domain/service.h"
#include "clinic/storage/repository.h"

#include <QList>

namespace clinic::storage {

/// The price list. Codes are unique among live services. Thread: the connection's.
class ServiceRepository : public Repository
{
public:
    using Repository::Repository;

    domain::Result<domain::Service> create(domain::Service service);
    domain::Result<domain::Service> update(domain::Service service);
    /// Saves only what differs from `original` (as loaded for editing): a field changed
    /// meanwhile by another desk keeps its new value.
    domain::Result<domain::Service> update(const domain::Service &original, domain::Service edited);
    domain::Status remove(qint64 id);
    domain::Result<domain::Service> get(qint64 id) const;
    domain::Result<QList<domain::Service>> list(bool activeOnly = true) const;
};

} // namespace clinic::storage
