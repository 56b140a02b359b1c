#include "clinic/domain/invoicecalculator.h"

#include "clinic/domain/money.h"

namespace clinic::domain {

InvoiceLine InvoiceCalculator::computeLine(InvoiceLine line)
{
    line.grossMinor = static_cast<qint64>(line.quantity) * line.unitPriceMinor;
    const qint64 discount = line.discountBp != 0
        ? roundHalfAwayFromZero(line.grossMinor * line.discountBp, 10'000)
        : line.discountMinor;
    line.netMinor = line.grossMinor - discount;
    line.taxMinor = roundHalfAwayFromZero(line.netMinor * line.taxRateBp, 10'000);
    line.totalMinor = line.netMinor + line.taxMinor;
    return line;
}

InvoiceTotals InvoiceCalculator::totals(const QList<InvoiceLine> &lines)
{
    InvoiceTotals t;
    for (const InvoiceLine &input : lines) {
        const InvoiceLine line = computeLine(input);
        t.grossMinor += line.grossMinor;
        t.discountMinor += line.grossMinor - line.netMinor;
        t.subtotalMinor += line.netMinor;
        t.taxMinor += line.taxMinor;
        TaxBreakdown &rate = t.byTaxRateBp[line.taxRateBp];
        rate.taxableMinor += line.netMinor;
        rate.taxMinor += line.taxMinor;
    }
    t.totalMinor = t.subtotalMinor + t.taxMinor;
    return t;
}

void InvoiceCalculator::apply(Invoice &invoice)
{
    for (int i = 0; i < invoice.lines.size(); ++i) {
        invoice.lines[i] = computeLine(invoice.lines[i]);
        invoice.lines[i].position = i + 1;
    }
    const InvoiceTotals t = totals(invoice.lines);
    invoice.subtotalMinor = t.subtotalMinor;
    invoice.discountMinor = t.discountMinor;
    invoice.taxMinor = t.taxMinor;
    invoice.totalMinor = t.totalMinor;
}

} // namespace clinic::domain
