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
///   net      = gross - discount                      (the taxable amount)
///   tax      = round(net x taxRateBp / 10000)        (rounded per line)
///   total    = net + tax
/// where round() is half away from zero. Invoice totals are the sums of the line amounts, so the
/// printed lines always add up to the printed total. Inputs must have passed Validator first.
class InvoiceCalculator
{
public:
    /// Returns `line` with grossMinor/netMinor/taxMinor/totalMinor filled in.
    static InvoiceLine computeLine(InvoiceLine line);
    static InvoiceTotals totals(const QList<InvoiceLine> &lines);
    /// Recomputes every line and the stored totals of `invoice` in place.
    static void apply(Invoice &invoice);
};

} // namespace clinic::domain
