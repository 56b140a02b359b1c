#pragma once

#include "clinic/domain/invoicestatus.h"

#include <QDate>

#include <optional>

namespace clinic::storage {

/// What the invoice list shows. Dates are days in the clinic's time zone, inclusive; for drafts
/// the creation time counts, for issued invoices the issue time.
struct InvoiceFilter
{
    std::optional<domain::InvoiceStatus> status;
    QDate from;
    QDate to;
    std::optional<qint64> patientId;
    std::optional<qint64> practitionerId;
    std::optional<qint64> appointmentId;
    std::optional<QList<qint64>> patientIds;  ///< any of these patients (e.g. a name search)
    bool outstandingOnly = false;  ///< issued and not fully paid
    int limit = 500;

    static InvoiceFilter ofStatus(domain::InvoiceStatus value)
    {
        InvoiceFilter filter;
        filter.status = value;
        return filter;
    }
};

} // namespace clinic::storage
