#include "clinic/storage/creditnoterepository.h"

#include "clinic/domain/documentchain.h"
#include "clinic/domain/documentnumber.h"
#include "clinic/domain/money.h"
#include "clinic/domain/validator.h"
#include "clinic/storage/invoicerepository.h"
#include "numberseries.h"
#include "recordtable.h"

#include <QTimeZone>

namespace clinic::storage {
namespace {

using domain::CreditNote;

const QStringList kColumns{
    QStringLiteral("invoice_id"), QStringLiteral("patient_id"), QStringLiteral("series"),
    QStringLiteral("fiscal_year"), QStringLiteral("number"), QStringLiteral("number_text"),
    QStringLiteral("issued_at"), QStringLiteral("currency"), QStringLiteral("reason"),
    QStringLiteral("subtotal_minor"), QStringLiteral("tax_minor"), QStringLiteral("total_minor"),
    QStringLiteral("chain_hash")};

void bind(QSqlQuery &q, const CreditNote &c)
{
    q.bindValue(QStringLiteral(":invoice_id"), c.invoiceId);
    q.bindValue(QStringLiteral(":patient_id"), c.patientId);
    q.bindValue(QStringLiteral(":series"), sql::text(c.series));
    q.bindValue(QStringLiteral(":fiscal_year"), sql::text(c.fiscalYear));
    q.bindValue(QStringLiteral(":number"), c.number ? QVariant(*c.number) : QVariant(QMetaType::fromType<int>()));
    q.bindValue(QStringLiteral(":number_text"), sql::text(c.numberText));
    q.bindValue(QStringLiteral(":issued_at"), sql::msOrNull(c.issuedAt));
    q.bindValue(QStringLiteral(":currency"), sql::text(c.currency));
    q.bindValue(QStringLiteral(":reason"), sql::text(c.reason.trimmed()));
    q.bindValue(QStringLiteral(":subtotal_minor"), c.subtotalMinor);
    q.bindValue(QStringLiteral(":tax_minor"), c.taxMinor);
    q.bindValue(QStringLiteral(":total_minor"), c.totalMinor);
    q.bindValue(QStringLiteral(":chain_hash"), sql::text(c.chainHash));
}

CreditNote read(const QSqlQuery &q)
{
    CreditNote c;
    c.meta = sql::readMeta(q);
    c.invoiceId = q.value(QStringLiteral("invoice_id")).toLongLong();
    c.patientId = q.value(QStringLiteral("patient_id")).toLongLong();
    c.series = q.value(QStringLiteral("series")).toString();
    c.fiscalYear = q.value(QStringLiteral("fiscal_year")).toString();
    c.number = q.value(QStringLiteral("number")).toInt();
    c.numberText = q.value(QStringLiteral("number_text")).toString();
    c.issuedAt = sql::time(q.value(QStringLiteral("issued_at")));
    c.currency = q.value(QStringLiteral("currency")).toString();
    c.reason = q.value(QStringLiteral("reason")).toString();
    c.subtotalMinor = q.value(QStringLiteral("subtotal_minor")).toLongLong();
    c.taxMinor = q.value(QStringLiteral("tax_minor")).toLongLong();
    c.totalMinor = q.value(QStringLiteral("total_minor")).toLongLong();
    c.chainHash = q.value(QStringLiteral("chain_hash")).toString();
    return c;
}

const TableMapping<CreditNote> kMapping{QStringLiteral("credit_notes"), QStringLiteral("credit note"),
                                        kColumns, &bind, &read};

} // namespace

domain::Result<CreditNote> CreditNoteRepository::issue(qint64 invoiceId, qint64 totalMinor,
                                                       const QString &reason, const domain::NumberingRule &rule)
{
    if (auto invalid = NumberSeries::check(rule); !invalid)
        return invalid.error();
    auto invoice = InvoiceRepository(connection(), session()).get(invoiceId);
    if (!invoice)
        return invoice.error();
    if (invoice.value().status != domain::InvoiceStatus::Issued)
        return domain::Error(domain::ErrorCode::Conflict,
                             tr("Only an issued invoice is corrected by a credit note; edit the draft instead."));

    CreditNote note;
    note.invoiceId = invoiceId;
    note.patientId = invoice.value().patientId;
    note.currency = invoice.value().currency;
    note.reason = reason.trimmed();  // as stored: the chain hashes what is stored
    note.totalMinor = totalMinor;
    note.issuedAt = QDateTime::fromMSecsSinceEpoch(session().clock->now().toMSecsSinceEpoch(), Qt::UTC);
    if (const auto errors = domain::Validator::validate(note); !errors.isEmpty())
        return domain::Error::validation(errors);

    WriteTransaction tx(connection(), session().userId);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery credited = sql::prepare(db(), QStringLiteral(
        "SELECT coalesce(sum(total_minor), 0) FROM credit_notes WHERE invoice_id = ? AND deleted_at IS NULL"));
    credited.addBindValue(invoiceId);
    if (!credited.exec() || !credited.next())
        return sql::toError(credited, "read credit notes");
    const qint64 remaining = invoice.value().totalMinor - credited.value(0).toLongLong();
    if (totalMinor > remaining)
        return domain::Error::validation(QStringLiteral("total"),
                                         tr("The credit note is larger than what is left of the invoice (%1).")
                                             .arg(domain::Money(remaining, note.currency).toDecimalString()));
    // Tax in the invoice's proportion; the same rounding rule as everywhere else.
    note.taxMinor = invoice.value().totalMinor == 0
        ? 0
        : domain::roundHalfAwayFromZero(totalMinor * invoice.value().taxMinor, invoice.value().totalMinor);
    note.subtotalMinor = totalMinor - note.taxMinor;
    note.series = rule.series;
    note.fiscalYear = domain::DocumentNumber::fiscalYear(session().today(), rule.fiscalYearStartMonth);
    const auto number = NumberSeries::next(db(), NumberSeries::Kind::CreditNote, rule, note.fiscalYear);
    if (!number)
        return number.error();
    const auto previous = NumberSeries::lastHash(db(), NumberSeries::Kind::CreditNote, rule.series);
    if (!previous)
        return previous.error();
    note.number = number.value();
    note.numberText = domain::DocumentNumber::format(rule.pattern, rule.series, note.fiscalYear, number.value());
    note.chainHash = domain::DocumentChain::link(previous.value(), domain::DocumentChain::canonical(note, invoice.value().numberText));
    auto inserted = RecordTable<CreditNote>(connection(), kMapping).insert(std::move(note), nowMs());
    if (!inserted)
        return inserted;
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return inserted;
}

domain::Result<CreditNote> CreditNoteRepository::get(qint64 id) const
{
    return RecordTable<CreditNote>(connection(), kMapping).get(id);
}

domain::Result<QList<CreditNote>> CreditNoteRepository::forInvoice(qint64 invoiceId) const
{
    return RecordTable<CreditNote>(connection(), kMapping)
        .select(QStringLiteral("deleted_at IS NULL AND invoice_id = ?"), {invoiceId},
                QStringLiteral("issued_at, id"));
}

} // namespace clinic::storage
