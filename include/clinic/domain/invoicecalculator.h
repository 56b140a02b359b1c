#pragma once

#include "clinic/domain/invoice.h"
#include "clinic/domain/invoiceline.h"
#include "clinic/domain/invoicetotals.h"

#include <QList>

namespace clinic::domain {

/// The one place where invoice amounts are computed (architecture.md §5).
///
/// Rule, per line, all in integer minor units:
///   gross    = quantity x unitPrice
///   discount = discountMinor, or round(gross x discountBp / 10000)
///   net      = gross - discount - share              (the taxable amount)
///   tax      = round(net x taxRateBp / 10000)        (rounded per line)
///   total    = net + tax
/// where round() is half away from zero, and `share` is the line's part of the invoice discount:
///   D        = invoiceDiscountMinor, or round(sum of (gross - discount) x invoiceDiscountBp / 10000)
///   share_i  = D x (gross_i - discount_i) / sum, rounded down, the remaining minor units going one
///              each to the lines with the largest remainders (ties: the earlier line)
/// so the shares add up to D exactly and tax is charged on what is really billed. Invoice totals are the sums of the line amounts, so the
/// printed lines always add up to the printed total. Inputs must have passed Validator first.
class InvoiceCalculator
{
public:
    /// Returns `line` with grossMinor/netMinor/taxMinor/totalMinor filled in.
    static InvoiceLine computeLine(InvoiceLine line);
    static InvoiceTotals totals(const QList<InvoiceLine> &lines);
    /// The invoice discount in minor units for lines already computed without it (0 when none).
    static qint64 invoiceDiscount(const Invoice &invoice);
    /// Recomputes every line (with its share of the invoice discount) and the stored totals of
    /// `invoice` in place.
    static void apply(Invoice &invoice);
};

} // namespace clinic::domain
