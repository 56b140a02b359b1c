#include "clinic/storage/billingaudit.h"

#include "clinic/domain/documentchain.h"
#include "clinic/storage/creditnoterepository.h"
#include "clinic/storage/invoicerepository.h"
#include "sqlsupport.h"

#include <map>
#include <set>
#include <tuple>

namespace clinic::storage {

domain::Result<QList<ChainBreak>> BillingAudit::verifyChains(int *checked) const
{
    QList<ChainBreak> breaks;
    int count = 0;
    const auto verify = [&](const QString &kind, const QString &series, const QString &numberText, const QString &stored,
                            QString &previous, const QString &canonical) {
        ++count;
        const QString expected = domain::DocumentChain::link(previous, canonical);
        if (stored.isEmpty())
            breaks.append({kind, series, numberText, tr("The document has no chain hash.")});
        else if (stored != expected)
            breaks.append({kind, series, numberText,
                           tr("The stored hash does not match the document and the one before it: this document, or one "
                              "before it in the series, was changed, removed or inserted.")});
        // Continue from what is stored, so one altered document is reported once, not with
        // every document after it.
        previous = stored;
    };

    // Invoices, series by series in number order (the order NumberSeries::lastHash chains in).
    QSqlQuery q = sql::prepare(db(), QStringLiteral("SELECT id, series FROM invoices WHERE number IS NOT NULL "
                                                    "ORDER BY series, fiscal_year, number"));
    if (!q.exec())
        return sql::toError(q, "read issued invoices");
    std::vector<std::pair<qint64, QString>> invoices;
    while (q.next())
        invoices.emplace_back(q.value(0).toLongLong(), q.value(1).toString());
    q.finish();
    const InvoiceRepository invoiceRepository(connection(), session());
    QString series, previous;
    for (const auto &[id, invoiceSeries] : invoices) {
        if (invoiceSeries != series) {
            series = invoiceSeries;
            previous.clear();
        }
        const auto invoice = invoiceRepository.get(id);
        if (!invoice)
            return invoice.error();
        verify(QStringLiteral("invoice"), series, invoice.value().numberText, invoice.value().chainHash, previous,
               domain::DocumentChain::canonical(invoice.value()));
    }

    // Credit notes cite their invoice by its printed number.
    q = sql::prepare(db(), QStringLiteral("SELECT c.id, c.series, i.number_text FROM credit_notes c "
                                          "JOIN invoices i ON i.id = c.invoice_id ORDER BY c.series, c.fiscal_year, c.number"));
    if (!q.exec())
        return sql::toError(q, "read credit notes");
    std::vector<std::tuple<qint64, QString, QString>> notes;
    while (q.next())
        notes.emplace_back(q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString());
    q.finish();
    const CreditNoteRepository noteRepository(connection(), session());
    series.clear();
    previous.clear();
    for (const auto &[id, noteSeries, invoiceNumber] : notes) {
        if (noteSeries != series) {
            series = noteSeries;
            previous.clear();
        }
        const auto note = noteRepository.get(id);
        if (!note)
            return note.error();
        verify(QStringLiteral("credit_note"), series, note.value().numberText, note.value().chainHash, previous,
               domain::DocumentChain::canonical(note.value(), invoiceNumber));
    }
    if (checked)
        *checked = count;
    return breaks;
}

domain::Result<QList<NumberGap>> BillingAudit::numberGaps() const
{
    // (kind, series, fiscal year) -> numbers present, and the local counter where this desk issues.
    std::map<std::tuple<QString, QString, QString>, std::pair<std::set<int>, int>> series;
    QSqlQuery q = sql::prepare(db(), QStringLiteral(
        "SELECT 'invoice', series, fiscal_year, number FROM invoices WHERE number IS NOT NULL "
        "UNION ALL SELECT 'credit_note', series, fiscal_year, number FROM credit_notes"));
    if (!q.exec())
        return sql::toError(q, "read document numbers");
    while (q.next())
        series[{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()}].first.insert(q.value(3).toInt());
    q = sql::prepare(db(), QStringLiteral("SELECT kind, series, fiscal_year, last_number FROM number_series"));
    if (!q.exec())
        return sql::toError(q, "read number series");
    while (q.next())
        series[{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()}].second = q.value(3).toInt();

    QList<NumberGap> gaps;
    for (const auto &[key, value] : series) {
        const auto &[numbers, counter] = value;
        NumberGap gap{std::get<0>(key), std::get<1>(key), std::get<2>(key), int(numbers.size()), counter, {}};
        if (!numbers.empty())
            gap.last = std::max(gap.last, *numbers.rbegin());
        for (int n = 1; n <= gap.last; ++n) {
            if (!numbers.count(n))
                gap.missing.append(n);
        }
        gaps.append(std::move(gap));
    }
    return gaps;
}

} // namespace clinic::storage
