#include "clinic/domain/invoicecalculator.h"

#include "clinic/domain/money.h"

#include <algorithm>
#include <vector>

namespace clinic::domain {

InvoiceLine InvoiceCalculator::computeLine(InvoiceLine line)
{
    line.grossMinor = static_cast<qint64>(line.quantity) * line.unitPriceMinor;
    const qint64 discount = line.discountBp != 0
        ? roundHalfAwayFromZero(line.grossMinor * line.discountBp, 10'000)
        : line.discountMinor;
    line.netMinor = line.grossMinor - discount - line.invoiceDiscountShareMinor;
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

qint64 InvoiceCalculator::invoiceDiscount(const Invoice &invoice)
{
    if (invoice.invoiceDiscountMinor != 0)
        return invoice.invoiceDiscountMinor;
    if (invoice.invoiceDiscountBp == 0)
        return 0;
    qint64 base = 0;
    for (InvoiceLine line : invoice.lines) {
        line.invoiceDiscountShareMinor = 0;
        base += computeLine(line).netMinor;
    }
    return roundHalfAwayFromZero(base * invoice.invoiceDiscountBp, 10'000);
}

void InvoiceCalculator::apply(Invoice &invoice)
{
    // 1. Each line on its own; 2. the invoice discount spread over the lines' nets.
    std::vector<qint64> nets;
    qint64 base = 0;
    for (int i = 0; i < invoice.lines.size(); ++i) {
        invoice.lines[i].invoiceDiscountShareMinor = 0;
        invoice.lines[i] = computeLine(invoice.lines[i]);
        invoice.lines[i].position = i + 1;
        nets.push_back(std::max<qint64>(0, invoice.lines[i].netMinor));
        base += nets.back();
    }
    const qint64 discount = std::min(invoiceDiscount(invoice), base);
    if (discount > 0) {
        std::vector<std::pair<qint64, int>> remainders;  // (remainder, line), largest first
        qint64 given = 0;
        for (int i = 0; i < invoice.lines.size(); ++i) {
            const qint64 exact = discount * nets[size_t(i)];
            invoice.lines[i].invoiceDiscountShareMinor = exact / base;
            given += exact / base;
            remainders.emplace_back(exact % base, i);
        }
        std::stable_sort(remainders.begin(), remainders.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        for (size_t k = 0; given < discount && k < remainders.size(); ++k, ++given)
            ++invoice.lines[remainders[k].second].invoiceDiscountShareMinor;
        for (InvoiceLine &line : invoice.lines)
            line = computeLine(line);
    }
    const InvoiceTotals t = totals(invoice.lines);
    invoice.subtotalMinor = t.subtotalMinor;
    invoice.discountMinor = t.discountMinor;
    invoice.taxMinor = t.taxMinor;
    invoice.totalMinor = t.totalMinor;
}

} // namespace clinic::domain
