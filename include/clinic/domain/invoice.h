#pragma once

#include "clinic/domain/invoiceline.h"
#include "clinic/domain/invoicestatus.h"
#include "clinic/domain/recordmeta.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace clinic::domain {

/// An invoice to a patient. Totals are computed by InvoiceCalculator from the lines and stored.
/// Invariant: once `status` is Issued, nothing about the invoice or its lines changes again.
struct Invoice
{
    RecordMeta meta;
    qint64 patientId = 0;
    std::optional<qint64> practitionerId;
    std::optional<qint64> appointmentId;
    InvoiceStatus status = InvoiceStatus::Draft;
    QString series;            ///< e.g. "FD"; set at issue time
    QString fiscalYear;        ///< e.g. "2026-27"; set at issue time
    std::optional<int> number; ///< sequence within series + fiscal year; set at issue time
    QString numberText;        ///< printed number, <= 16 characters
    QString chainHash;         ///< DocumentChain link; set at issue time
    std::optional<QDateTime> issuedAt;
    QString currency;
    QString notes;
    qint64 invoiceDiscountMinor = 0;  ///< discount on the whole invoice as an amount, or ...
    int invoiceDiscountBp = 0;        ///< ... as basis points of the lines' net (one may be non-zero)
    qint64 subtotalMinor = 0;  ///< sum of line nets
    qint64 discountMinor = 0;  ///< all discounts: the lines' and their shares of the invoice discount
    qint64 taxMinor = 0;       ///< sum of line taxes
    qint64 totalMinor = 0;     ///< subtotal + tax
    QList<InvoiceLine> lines;
};

} // namespace clinic::domain
