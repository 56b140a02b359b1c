#pragma once

#include <QMap>
#include <QtGlobal>

namespace clinic::domain {

/// Tax collected at one rate on one invoice.
struct TaxBreakdown
{
    qint64 taxableMinor = 0;
    qint64 taxMinor = 0;
    friend bool operator==(const TaxBreakdown &, const TaxBreakdown &) = default;
};

/// Totals of a set of invoice lines, as computed by InvoiceCalculator.
struct InvoiceTotals
{
    qint64 grossMinor = 0;
    qint64 discountMinor = 0;
    qint64 subtotalMinor = 0;   ///< taxable amount = gross - discount
    qint64 taxMinor = 0;
    qint64 totalMinor = 0;      ///< subtotal + tax
    QMap<int, TaxBreakdown> byTaxRateBp;  ///< key: rate in basis points (0 = exempt)
};

} // namespace clinic::domain
