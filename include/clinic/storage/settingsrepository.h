#pragma once

#include "clinic/domain/result.h"
#include "clinic/domain/documentnumber.h"
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
    /// Several values in one transaction: all stored or none.
    domain::Status setValues(const QList<QPair<QString, QString>> &values);
    /// This desk's numbering of invoices (billing.invoiceSeries, default "FD") or credit notes
    /// (billing.creditNoteSeries, default "C" + the invoice series), with the clinic's
    /// billing.fiscalYearStartMonth (default 4) and billing.numberFormat.
    [[nodiscard]] domain::NumberingRule numberingRule(bool creditNotes = false) const;
    /// Stores the numbering after checking it can number documents (field errors otherwise).
    domain::Status setNumbering(const domain::NumberingRule &invoices, const QString &creditNoteSeries);
    /// Applies the stored clinic profile (country, currency, time zone) to `session`.
    void applyTo(Session &session) const;
};

} // namespace clinic::storage
