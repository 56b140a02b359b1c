#include "clinic/storage/invoicerepository.h"

#include "clinic/domain/documentchain.h"
#include "clinic/domain/documentnumber.h"
#include "clinic/domain/invoicecalculator.h"
#include "clinic/domain/validator.h"
#include "numberseries.h"
#include "recordtable.h"

#include <QTimeZone>

namespace clinic::storage {
namespace {

using domain::Invoice;
using domain::InvoiceLine;
using domain::InvoiceStatus;

const QStringList kColumns{
    QStringLiteral("patient_id"), QStringLiteral("practitioner_id"), QStringLiteral("appointment_id"),
    QStringLiteral("status"), QStringLiteral("series"), QStringLiteral("fiscal_year"),
    QStringLiteral("number"), QStringLiteral("number_text"), QStringLiteral("issued_at"),
    QStringLiteral("currency"), QStringLiteral("notes"), QStringLiteral("subtotal_minor"),
    QStringLiteral("discount_minor"), QStringLiteral("tax_minor"), QStringLiteral("total_minor"),
    QStringLiteral("chain_hash"), QStringLiteral("invoice_discount_minor"), QStringLiteral("invoice_discount_bp")};

void bind(QSqlQuery &q, const Invoice &i)
{
    q.bindValue(QStringLiteral(":patient_id"), i.patientId);
    q.bindValue(QStringLiteral(":practitioner_id"), sql::idOrNull(i.practitionerId));
    q.bindValue(QStringLiteral(":appointment_id"), sql::idOrNull(i.appointmentId));
    q.bindValue(QStringLiteral(":status"), domain::invoiceStatusName(i.status));
    q.bindValue(QStringLiteral(":series"), sql::text(i.series));
    q.bindValue(QStringLiteral(":fiscal_year"), sql::text(i.fiscalYear));
    q.bindValue(QStringLiteral(":number"), i.number ? QVariant(*i.number) : QVariant(QMetaType::fromType<int>()));
    q.bindValue(QStringLiteral(":number_text"), sql::text(i.numberText));
    q.bindValue(QStringLiteral(":issued_at"), sql::msOrNull(i.issuedAt));
    q.bindValue(QStringLiteral(":currency"), sql::text(i.currency));
    q.bindValue(QStringLiteral(":notes"), sql::text(i.notes));
    q.bindValue(QStringLiteral(":subtotal_minor"), i.subtotalMinor);
    q.bindValue(QStringLiteral(":discount_minor"), i.discountMinor);
    q.bindValue(QStringLiteral(":tax_minor"), i.taxMinor);
    q.bindValue(QStringLiteral(":total_minor"), i.totalMinor);
    q.bindValue(QStringLiteral(":chain_hash"), sql::text(i.chainHash));
    q.bindValue(QStringLiteral(":invoice_discount_minor"), i.invoiceDiscountMinor);
    q.bindValue(QStringLiteral(":invoice_discount_bp"), i.invoiceDiscountBp);
}

Invoice read(const QSqlQuery &q)
{
    Invoice i;
    i.meta = sql::readMeta(q);
    i.patientId = q.value(QStringLiteral("patient_id")).toLongLong();
    i.practitionerId = sql::optionalId(q.value(QStringLiteral("practitioner_id")));
    i.appointmentId = sql::optionalId(q.value(QStringLiteral("appointment_id")));
    i.status = domain::invoiceStatusFromName(q.value(QStringLiteral("status")).toString())
                   .value_or(InvoiceStatus::Draft);
    i.series = q.value(QStringLiteral("series")).toString();
    i.fiscalYear = q.value(QStringLiteral("fiscal_year")).toString();
    const QVariant number = q.value(QStringLiteral("number"));
    if (!number.isNull())
        i.number = number.toInt();
    i.numberText = q.value(QStringLiteral("number_text")).toString();
    i.issuedAt = sql::optionalTime(q.value(QStringLiteral("issued_at")));
    i.currency = q.value(QStringLiteral("currency")).toString();
    i.notes = q.value(QStringLiteral("notes")).toString();
    i.subtotalMinor = q.value(QStringLiteral("subtotal_minor")).toLongLong();
    i.discountMinor = q.value(QStringLiteral("discount_minor")).toLongLong();
    i.taxMinor = q.value(QStringLiteral("tax_minor")).toLongLong();
    i.totalMinor = q.value(QStringLiteral("total_minor")).toLongLong();
    i.chainHash = q.value(QStringLiteral("chain_hash")).toString();
    i.invoiceDiscountMinor = q.value(QStringLiteral("invoice_discount_minor")).toLongLong();
    i.invoiceDiscountBp = q.value(QStringLiteral("invoice_discount_bp")).toInt();
    return i;
}

const TableMapping<Invoice> kMapping{QStringLiteral("invoices"), QStringLiteral("invoice"), kColumns,
                                     &bind, &read};

const QStringList kLineColumns{
    QStringLiteral("invoice_id"), QStringLiteral("position"), QStringLiteral("service_id"),
    QStringLiteral("description"), QStringLiteral("quantity"), QStringLiteral("unit_price_minor"),
    QStringLiteral("discount_minor"), QStringLiteral("discount_bp"), QStringLiteral("tax_rate_bp"),
    QStringLiteral("tax_code"), QStringLiteral("gross_minor"), QStringLiteral("net_minor"),
    QStringLiteral("tax_minor"), QStringLiteral("total_minor"), QStringLiteral("invoice_discount_minor")};

void bindLine(QSqlQuery &q, const InvoiceLine &l)
{
    q.bindValue(QStringLiteral(":invoice_id"), l.invoiceId);
    q.bindValue(QStringLiteral(":position"), l.position);
    q.bindValue(QStringLiteral(":service_id"), sql::idOrNull(l.serviceId));
    q.bindValue(QStringLiteral(":description"), sql::text(l.description.trimmed()));
    q.bindValue(QStringLiteral(":quantity"), l.quantity);
    q.bindValue(QStringLiteral(":unit_price_minor"), l.unitPriceMinor);
    q.bindValue(QStringLiteral(":discount_minor"), l.discountMinor);
    q.bindValue(QStringLiteral(":discount_bp"), l.discountBp);
    q.bindValue(QStringLiteral(":tax_rate_bp"), l.taxRateBp);
    q.bindValue(QStringLiteral(":tax_code"), sql::text(l.taxCode));
    q.bindValue(QStringLiteral(":gross_minor"), l.grossMinor);
    q.bindValue(QStringLiteral(":net_minor"), l.netMinor);
    q.bindValue(QStringLiteral(":tax_minor"), l.taxMinor);
    q.bindValue(QStringLiteral(":total_minor"), l.totalMinor);
    q.bindValue(QStringLiteral(":invoice_discount_minor"), l.invoiceDiscountShareMinor);
}

InvoiceLine readLine(const QSqlQuery &q)
{
    InvoiceLine l;
    l.meta = sql::readMeta(q);
    l.invoiceId = q.value(QStringLiteral("invoice_id")).toLongLong();
    l.position = q.value(QStringLiteral("position")).toInt();
    l.serviceId = sql::optionalId(q.value(QStringLiteral("service_id")));
    l.description = q.value(QStringLiteral("description")).toString();
    l.quantity = q.value(QStringLiteral("quantity")).toInt();
    l.unitPriceMinor = q.value(QStringLiteral("unit_price_minor")).toLongLong();
    l.discountMinor = q.value(QStringLiteral("discount_minor")).toLongLong();
    l.discountBp = q.value(QStringLiteral("discount_bp")).toInt();
    l.taxRateBp = q.value(QStringLiteral("tax_rate_bp")).toInt();
    l.taxCode = q.value(QStringLiteral("tax_code")).toString();
    l.grossMinor = q.value(QStringLiteral("gross_minor")).toLongLong();
    l.netMinor = q.value(QStringLiteral("net_minor")).toLongLong();
    l.taxMinor = q.value(QStringLiteral("tax_minor")).toLongLong();
    l.totalMinor = q.value(QStringLiteral("total_minor")).toLongLong();
    l.invoiceDiscountShareMinor = q.value(QStringLiteral("invoice_discount_minor")).toLongLong();
    return l;
}

const TableMapping<InvoiceLine> kLineMapping{QStringLiteral("invoice_lines"), QStringLiteral("invoice line"),
                                             kLineColumns, &bindLine, &readLine};

} // namespace

domain::Result<Invoice> InvoiceRepository::prepared(Invoice invoice) const
{
    if (invoice.currency.isEmpty())
        invoice.currency = session().currency;
    if (const auto errors = domain::Validator::validate(invoice); !errors.isEmpty())
        return domain::Error::validation(errors);
    if (auto live = requireLive(QStringLiteral("patients"), invoice.patientId, tr("patient")); !live)
        return domain::Error::validation(QStringLiteral("patientId"), live.error().message());
    invoice.status = InvoiceStatus::Draft;
    invoice.series.clear();
    invoice.fiscalYear.clear();
    invoice.number.reset();
    invoice.numberText.clear();
    invoice.issuedAt.reset();
    invoice.chainHash.clear();
    domain::InvoiceCalculator::apply(invoice);
    return invoice;
}

domain::Status InvoiceRepository::insertLines(const Invoice &invoice, qint64 now)
{
    RecordTable<InvoiceLine> lines(connection(), kLineMapping);
    for (InvoiceLine line : invoice.lines) {
        line.invoiceId = invoice.meta.id;
        line.meta = {};
        if (auto inserted = lines.insert(std::move(line), now); !inserted)
            return inserted.error();
    }
    return {};
}

domain::Result<Invoice> InvoiceRepository::createDraft(Invoice invoice)
{
    auto valid = prepared(std::move(invoice));
    if (!valid)
        return valid;
    const qint64 now = nowMs();
    WriteTransaction tx(connection(), session().userId);
    if (!tx.isActive())
        return tx.error();
    auto inserted = RecordTable<Invoice>(connection(), kMapping).insert(std::move(valid).value(), now);
    if (!inserted)
        return inserted;
    if (auto lines = insertLines(inserted.value(), now); !lines)
        return lines.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return get(inserted.value().meta.id);
}

domain::Result<Invoice> InvoiceRepository::updateDraft(Invoice invoice)
{
    auto stored = get(invoice.meta.id);
    if (!stored)
        return stored;
    if (stored.value().status != InvoiceStatus::Draft)
        return domain::Error(domain::ErrorCode::Immutable,
                             tr("An issued invoice cannot be changed. Issue a credit note to correct it."));
    auto valid = prepared(std::move(invoice));
    if (!valid)
        return valid;
    const qint64 now = nowMs();
    WriteTransaction tx(connection(), session().userId);
    if (!tx.isActive())
        return tx.error();
    if (auto updated = RecordTable<Invoice>(connection(), kMapping).update(valid.value(), now); !updated)
        return updated.error();
    // Lines are replaced: the old ones become tombstones so other devices drop them too.
    QSqlQuery drop = sql::prepare(db(), QStringLiteral(
        "UPDATE invoice_lines SET deleted_at = ?, updated_at = ? WHERE invoice_id = ? AND deleted_at IS NULL"));
    drop.addBindValue(now);
    drop.addBindValue(now);
    drop.addBindValue(valid.value().meta.id);
    if (!drop.exec())
        return sql::toError(drop, "replace invoice lines");
    if (auto lines = insertLines(valid.value(), now); !lines)
        return lines.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return get(valid.value().meta.id);
}

domain::Result<Invoice> InvoiceRepository::issue(qint64 id, const domain::NumberingRule &rule)
{
    if (auto invalid = NumberSeries::check(rule); !invalid)
        return invalid.error();
    auto stored = get(id);
    if (!stored)
        return stored;
    Invoice invoice = std::move(stored).value();
    if (invoice.status != InvoiceStatus::Draft)
        return domain::Error(domain::ErrorCode::Immutable, tr("This invoice is already issued."));
    if (invoice.lines.isEmpty())
        return domain::Error::validation(QStringLiteral("lines"), tr("An invoice needs at least one line."));

    WriteTransaction tx(connection(), session().userId);
    if (!tx.isActive())
        return tx.error();
    // Stored with millisecond precision: the hash is computed from what is stored.
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(session().clock->now().toMSecsSinceEpoch(), Qt::UTC);
    invoice.fiscalYear = domain::DocumentNumber::fiscalYear(session().today(), rule.fiscalYearStartMonth);
    const auto number = NumberSeries::next(db(), NumberSeries::Kind::Invoice, rule, invoice.fiscalYear);
    if (!number)
        return number.error();
    const auto previous = NumberSeries::lastHash(db(), NumberSeries::Kind::Invoice, rule.series);
    if (!previous)
        return previous.error();
    invoice.status = InvoiceStatus::Issued;
    invoice.series = rule.series;
    invoice.number = number.value();
    invoice.numberText = domain::DocumentNumber::format(rule.pattern, rule.series, invoice.fiscalYear, number.value());
    invoice.issuedAt = now;
    invoice.chainHash = domain::DocumentChain::link(previous.value(), domain::DocumentChain::canonical(invoice));
    if (auto updated = RecordTable<Invoice>(connection(), kMapping).update(invoice, nowMs()); !updated)
        return updated.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return get(id);
}

domain::Status InvoiceRepository::remove(qint64 id)
{
    auto stored = get(id);
    if (!stored)
        return stored.error();
    if (stored.value().status != InvoiceStatus::Draft)
        return domain::Error(domain::ErrorCode::Immutable,
                             tr("An issued invoice cannot be deleted. Issue a credit note to void it."));
    WriteTransaction tx(connection(), session().userId);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery drop = sql::prepare(db(), QStringLiteral(
        "UPDATE invoice_lines SET deleted_at = ?, updated_at = ? WHERE invoice_id = ? AND deleted_at IS NULL"));
    const qint64 now = nowMs();
    drop.addBindValue(now);
    drop.addBindValue(now);
    drop.addBindValue(id);
    if (!drop.exec())
        return sql::toError(drop, "delete invoice lines");
    if (auto deleted = softDelete(kMapping.table, id); !deleted)
        return deleted;
    return tx.commit();
}

domain::Result<Invoice> InvoiceRepository::get(qint64 id) const
{
    auto invoice = RecordTable<Invoice>(connection(), kMapping).get(id);
    if (!invoice)
        return invoice;
    auto lines = RecordTable<InvoiceLine>(connection(), kLineMapping)
                     .select(QStringLiteral("invoice_id = ? AND deleted_at IS NULL"), {id},
                             QStringLiteral("position, id"));
    if (!lines)
        return lines.error();
    invoice.value().lines = std::move(lines).value();
    return invoice;
}

domain::Result<QList<Invoice>> InvoiceRepository::list(const InvoiceFilter &filter) const
{
    QString where = QStringLiteral("deleted_at IS NULL");
    QVariantList values;
    if (filter.status) {
        where += QStringLiteral(" AND status = ?");
        values << domain::invoiceStatusName(*filter.status);
    }
    const QString when = QStringLiteral("coalesce(issued_at, created_at)");
    if (filter.from.isValid()) {
        where += QStringLiteral(" AND %1 >= ?").arg(when);
        values << QDateTime(filter.from, QTime(0, 0), session().timeZone).toMSecsSinceEpoch();
    }
    if (filter.to.isValid()) {
        where += QStringLiteral(" AND %1 < ?").arg(when);
        values << QDateTime(filter.to.addDays(1), QTime(0, 0), session().timeZone).toMSecsSinceEpoch();
    }
    if (filter.patientId) {
        where += QStringLiteral(" AND patient_id = ?");
        values << *filter.patientId;
    }
    if (filter.practitionerId) {
        where += QStringLiteral(" AND practitioner_id = ?");
        values << *filter.practitionerId;
    }
    if (filter.patientIds) {
        QStringList marks;
        for (qint64 id : *filter.patientIds) {
            marks << QStringLiteral("?");
            values << id;
        }
        where += marks.isEmpty() ? QStringLiteral(" AND 0") : QStringLiteral(" AND patient_id IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (filter.appointmentId) {
        where += QStringLiteral(" AND appointment_id = ?");
        values << *filter.appointmentId;
    }
    if (filter.outstandingOnly) {
        where += QStringLiteral(
            " AND id IN (SELECT invoice_id FROM invoice_balances"
            " WHERE total_minor - credited_minor - paid_minor + refunded_minor > 0)");
    }
    return RecordTable<Invoice>(connection(), kMapping)
        .select(where, values,
                QStringLiteral("%1 DESC, id DESC LIMIT %2").arg(when).arg(qBound(1, filter.limit, 100000)));
}

} // namespace clinic::storage
