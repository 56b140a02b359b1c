#include "clinic/domain/invoicecalculator.h"
#include "clinic/domain/money.h"
#include "clinic/domain/validator.h"

#include <gtest/gtest.h>

using namespace clinic::domain;

namespace {

InvoiceLine line(int qty, qint64 price, int taxBp, qint64 discount = 0, int discountBp = 0)
{
    InvoiceLine l;
    l.description = QStringLiteral("x");
    l.quantity = qty;
    l.unitPriceMinor = price;
    l.taxRateBp = taxBp;
    l.discountMinor = discount;
    l.discountBp = discountBp;
    return l;
}

struct LineCase
{
    const char *name;
    InvoiceLine input;
    qint64 gross, net, tax, total;
};

} // namespace

TEST(InvoiceCalculator, computesEachLineByTheDocumentedRule)
{
    const LineCase cases[] = {
        {"exempt", line(1, 80000, 0), 80000, 80000, 0, 80000},
        {"gst 18%", line(1, 100000, 1800), 100000, 100000, 18000, 118000},
        {"quantity", line(3, 33333, 1800), 99999, 99999, 18000, 117999},       // 17999.82 -> 18000
        {"tax half rounds up", line(1, 250, 1000), 250, 250, 25, 275},
        {"tax 0.5 paise rounds away", line(1, 5, 1000), 5, 5, 1, 6},            // 0.5 -> 1
        {"tax below half rounds down", line(1, 4, 1000), 4, 4, 0, 4},           // 0.4 -> 0
        {"amount discount", line(2, 50000, 1200, 10000), 100000, 90000, 10800, 100800},
        {"percent discount", line(1, 99999, 500, 0, 1000), 99999, 89999, 4500, 94499}, // 9999.9 -> 10000
        {"full discount", line(1, 5000, 1800, 5000), 5000, 0, 0, 0},
        {"spain iva 21%", line(1, 4550, 2100), 4550, 4550, 956, 5506},          // 955.5 -> 956
    };
    for (const auto &c : cases) {
        const InvoiceLine out = InvoiceCalculator::computeLine(c.input);
        EXPECT_EQ(out.grossMinor, c.gross) << c.name;
        EXPECT_EQ(out.netMinor, c.net) << c.name;
        EXPECT_EQ(out.taxMinor, c.tax) << c.name;
        EXPECT_EQ(out.totalMinor, c.total) << c.name;
    }
}

TEST(InvoiceCalculator, mixedExemptAndTaxedLinesAddUpWithBreakdownPerRate)
{
    const QList<InvoiceLine> lines{line(1, 80000, 0), line(1, 150000, 1200), line(2, 20000, 1800, 0, 2500),
                                   line(1, 1000, 1200)};
    const InvoiceTotals t = InvoiceCalculator::totals(lines);
    EXPECT_EQ(t.grossMinor, 80000 + 150000 + 40000 + 1000);
    EXPECT_EQ(t.discountMinor, 10000);
    EXPECT_EQ(t.subtotalMinor, 80000 + 150000 + 30000 + 1000);
    EXPECT_EQ(t.taxMinor, 0 + 18000 + 5400 + 120);
    EXPECT_EQ(t.totalMinor, t.subtotalMinor + t.taxMinor);
    ASSERT_EQ(t.byTaxRateBp.size(), 3);
    EXPECT_EQ(t.byTaxRateBp.value(0), (TaxBreakdown{80000, 0}));
    EXPECT_EQ(t.byTaxRateBp.value(1200), (TaxBreakdown{151000, 18120}));
    EXPECT_EQ(t.byTaxRateBp.value(1800), (TaxBreakdown{30000, 5400}));
}

TEST(InvoiceCalculator, applyFillsLinesPositionsAndInvoiceTotals)
{
    Invoice inv;
    inv.lines = {line(1, 1000, 1800), line(2, 500, 0)};
    InvoiceCalculator::apply(inv);
    EXPECT_EQ(inv.lines[0].position, 1);
    EXPECT_EQ(inv.lines[1].position, 2);
    EXPECT_EQ(inv.lines[0].totalMinor, 1180);
    EXPECT_EQ(inv.subtotalMinor, 2000);
    EXPECT_EQ(inv.taxMinor, 180);
    EXPECT_EQ(inv.totalMinor, 2180);
}

TEST(InvoiceCalculator, printedLinesAlwaysSumToTheTotal)
{
    // Per-line rounding means sum(line totals) == invoice total for any mix.
    QList<InvoiceLine> lines;
    for (int i = 1; i <= 50; ++i)
        lines << line(i % 4 + 1, 1000 + i * 37, (i % 3) * 900, 0, (i % 5) * 250);
    Invoice inv;
    inv.lines = lines;
    InvoiceCalculator::apply(inv);
    qint64 sum = 0;
    for (const auto &l : inv.lines)
        sum += l.totalMinor;
    EXPECT_EQ(sum, inv.totalMinor);
}

TEST(InvoiceCalculator, anInvoiceDiscountIsSpreadOverTheLinesAndTaxedOnWhatIsLeft)
{
    using namespace clinic::domain;
    struct Case
    {
        const char *name;
        QList<std::pair<qint64, int>> lines;  // unit price, tax rate (bp)
        qint64 discountMinor;
        int discountBp;
        QList<qint64> shares;
        qint64 total;
    };
    const QList<Case> cases{
        // Equal nets, one minor unit left over: the earlier line takes it.
        {"tie", {{100000, 1800}, {100000, 0}}, 101, 0, {51, 50}, 99949 + 17991 + 99950},
        // 10% of 6,001.00 = 600.10 -> 600.10; proportional shares 100.00, 200.00(+...), 300.10.
        {"percent", {{100000, 0}, {200000, 0}, {300100, 0}}, 0, 1000, {10000, 20000, 30010}, 600100 - 60010},
        // 1.00 over three equal lines: 34 + 33 + 33, the remainder to the first.
        {"thirds", {{1000, 0}, {1000, 0}, {1000, 0}}, 100, 0, {34, 33, 33}, 2900},
        // The whole invoice: nothing is left to tax.
        {"all", {{50000, 1200}, {30000, 1800}}, 80000, 0, {50000, 30000}, 0},
    };
    for (const Case &c : cases) {
        Invoice invoice;
        for (const auto &[price, tax] : c.lines) {
            InvoiceLine line;
            line.description = QStringLiteral("x");
            line.unitPriceMinor = price;
            line.taxRateBp = tax;
            invoice.lines << line;
        }
        invoice.invoiceDiscountMinor = c.discountMinor;
        invoice.invoiceDiscountBp = c.discountBp;
        InvoiceCalculator::apply(invoice);
        qint64 shares = 0, lineTotals = 0;
        for (int i = 0; i < invoice.lines.size(); ++i) {
            EXPECT_EQ(invoice.lines[i].invoiceDiscountShareMinor, c.shares[i]) << c.name << " line " << i;
            shares += invoice.lines[i].invoiceDiscountShareMinor;
            lineTotals += invoice.lines[i].totalMinor;
            EXPECT_EQ(invoice.lines[i].taxMinor, roundHalfAwayFromZero(invoice.lines[i].netMinor * invoice.lines[i].taxRateBp, 10'000))
                << "tax on the discounted net";
        }
        EXPECT_EQ(shares, InvoiceCalculator::invoiceDiscount(invoice)) << c.name;
        EXPECT_EQ(invoice.totalMinor, c.total) << c.name;
        EXPECT_EQ(lineTotals, invoice.totalMinor) << "printed lines add up to the total: " << c.name;
        EXPECT_EQ(invoice.discountMinor, shares) << c.name;
    }
}

TEST(InvoiceCalculator, anInvoiceDiscountLargerThanTheInvoiceIsRefused)
{
    using namespace clinic::domain;
    Invoice invoice;
    invoice.patientId = 1;
    invoice.currency = QStringLiteral("INR");
    InvoiceLine line;
    line.description = QStringLiteral("Session");
    line.unitPriceMinor = 50000;
    invoice.lines << line;
    invoice.invoiceDiscountMinor = 50001;
    const auto fieldOf = [](const QList<FieldError> &errors) { return errors.isEmpty() ? QString() : errors.first().field; };
    EXPECT_EQ(fieldOf(Validator::validate(invoice)), QStringLiteral("invoiceDiscount"));
    invoice.invoiceDiscountMinor = 100;
    invoice.invoiceDiscountBp = 500;
    EXPECT_EQ(fieldOf(Validator::validate(invoice)), QStringLiteral("invoiceDiscount")) << "amount and percentage";
    invoice.invoiceDiscountMinor = 0;
    invoice.invoiceDiscountBp = 10001;
    EXPECT_EQ(fieldOf(Validator::validate(invoice)), QStringLiteral("invoiceDiscount"));
    invoice.invoiceDiscountBp = 10000;
    EXPECT_TRUE(Validator::validate(invoice).isEmpty());
}
