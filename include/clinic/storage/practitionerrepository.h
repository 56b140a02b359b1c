#pragma once

#include "clinic/domain/practitioner.h"
#include "clinic/storage/repository.h"

#include <QList>

namespace clinic::storage {

/// Practitioners (calendar columns). Thread: the connection's.
class PractitionerRepository : public Repository
{
public:
    using Repository::Repository;

    domain::Result<domain::Practitioner> create(domain::Practitioner practitioner);
    domain::Result<domain::Practitioner> update(domain::Practitioner practitioner);
    /// Saves only the fields that differ between `original` (as loaded) and `edited`, so an edit
    /// made meanwhile on another desk to another field is kept.
    domain::Result<domain::Practitioner> update(const domain::Practitioner &original, domain::Practitioner edited);
    domain::Status remove(qint64 id);
    domain::Result<domain::Practitioner> get(qint64 id) const;
    domain::Result<QList<domain::Practitioner>> list(bool activeOnly = true) const;
};

} // namespace clinic::storage
