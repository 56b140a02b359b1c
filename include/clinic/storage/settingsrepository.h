#pragma once

#include "clinic/domain/result.h"
#include "clinic/storage/repository.h"

#include <QString>

namespace clinic::storage {

/// Clinic profile and local preferences as key/value text (clinic.name, clinic.currency,
/// clinic.timeZone, clinic.country, billing.fiscalYearStartMonth, billing.series, ...).
/// Thread: the connection's.
class SettingsRepository : public Repository
{
public:
    using Repository::Repository;

    [[nodiscard]] QString value(const QString &key, const QString &fallback = {}) const;
    domain::Status setValue(const QString &key, const QString &value);
    /// Applies the stored clinic profile (country, currency, time zone) to `session`.
    void applyTo(Session &session) const;
};

} // namespace clinic::storage
