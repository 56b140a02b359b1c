#include "clinic/storage/paymentrepository.h"

#include "clinic/domain/validator.h"
#include "clinic/storage/accountrepository.h"
#include "recordtable.h"

#include "clinic/domain/money.h"

#include <map>
#include <set>

#include <QTimeZone>

namespace clinic::storage {
namespace {

using domain::Payment;
using domain::PaymentKind;

const QStringList kColumns{
    QStringLiteral("patient_id"), QStringLiteral("invoice_id"), QStringLiteral("kind"),
    QStringLiteral("method"), QStringLiteral("amount_minor"), QStringLiteral("currency"),
    QStringLiteral("reference"), QStringLiteral("received_at"), QStringLiteral("received_by"),
    QStringLiteral("notes")};

void bind(QSqlQuery &q, const Payment &p)
{
    q.bindValue(QStringLiteral(":patient_id"), p.patientId);
    q.bindValue(QStringLiteral(":invoice_id"), sql::idOrNull(p.invoiceId));
    q.bindValue(QStringLiteral(":kind"), domain::paymentKindName(p.kind));
    q.bindValue(QStringLiteral(":method"), domain::paymentMethodName(p.method));
    q.bindValue(QStringLiteral(":amount_minor"), p.amountMinor);
    q.bindValue(QStringLiteral(":currency"), sql::text(p.currency));
    q.bindValue(QStringLiteral(":reference"), sql::text(p.reference.trimmed()));
    q.bindValue(QStringLiteral(":received_at"), sql::msOrNull(p.receivedAt));
    q.bindValue(QStringLiteral(":received_by"), sql::idOrNull(p.receivedBy));
    q.bindValue(QStringLiteral(":notes"), sql::text(p.notes));
}

Payment read(const QSqlQuery &q)
{
    Payment p;
    p.meta = sql::readMeta(q);
    p.patientId = q.value(QStringLiteral("patient_id")).toLongLong();
    p.invoiceId = sql::optionalId(q.value(QStringLiteral("invoice_id")));
    p.kind = domain::paymentKindFromName(q.value(QStringLiteral("kind")).toString()).value_or(PaymentKind::Payment);
    p.method = domain::paymentMethodFromName(q.value(QStringLiteral("method")).toString())
                   .value_or(domain::PaymentMethod::Other);
    p.amountMinor = q.value(QStringLiteral("amount_minor")).toLongLong();
    p.currency = q.value(QStringLiteral("currency")).toString();
    p.reference = q.value(QStringLiteral("reference")).toString();
    p.receivedAt = sql::time(q.value(QStringLiteral("received_at")));
    p.receivedBy = sql::optionalId(q.value(QStringLiteral("received_by")));
    p.notes = q.value(QStringLiteral("notes")).toString();
    return p;
}

const TableMapping<Payment> kMapping{QStringLiteral("payments"), QStringLiteral("payment"), kColumns,
                                     &bind, &read};

} // namespace

domain::Result<QList<Payment>> PaymentRepository::record(Payment payment, bool keepExcessAsCredit)
{
    return record(QList<Payment>{std::move(payment)}, keepExcessAsCredit);
}

domain::Result<QList<Payment>> PaymentRepository::record(QList<Payment> parts, bool keepExcessAsCredit)
{
    if (parts.isEmpty())
        return domain::Error::validation(QStringLiteral("amount"), tr("Enter an amount to take."));
    const QDateTime now = session().clock->now();
    qint64 sum = 0;
    for (Payment &part : parts) {
        if (part.currency.isEmpty())
            part.currency = session().currency;
        if (!part.receivedAt.isValid())
            part.receivedAt = now;
        if (!part.receivedBy)
            part.receivedBy = session().userId;
        if (const auto errors = domain::Validator::validate(part); !errors.isEmpty())
            return domain::Error::validation(errors);
        if (part.patientId != parts.first().patientId || part.invoiceId != parts.first().invoiceId
            || part.kind != parts.first().kind || part.currency != parts.first().currency)
            return domain::Error::validation(QStringLiteral("parts"),
                                             tr("The parts of one payment are for one patient, one invoice and one currency."));
        sum += part.amountMinor;
    }
    const Payment &first = parts.first();
    if (first.kind == PaymentKind::Refund && parts.size() > 1)
        return domain::Error::validation(QStringLiteral("parts"), tr("Record a refund in one part."));
    if (auto live = requireLive(QStringLiteral("patients"), first.patientId, tr("patient")); !live)
        return domain::Error::validation(QStringLiteral("patientId"), live.error().message());

    AccountRepository accounts(connection(), session());
    WriteTransaction tx(connection(), session().userId);
    if (!tx.isActive())
        return tx.error();
    QList<Payment> toStore;
    if (first.kind == PaymentKind::Refund) {
        // A refund pays back what the clinic holds: the patient's credit (or what was paid on
        // the invoice beyond what it still owes after a credit note).
        const qint64 available = first.invoiceId
            ? [&]() -> qint64 {
                  const auto outstanding = accounts.outstandingOnInvoice(*first.invoiceId);
                  return outstanding ? -outstanding.value() : 0;
              }()
            : [&]() -> qint64 {
                  const auto b = accounts.balance(first.patientId);
                  return b ? b.value().creditMinor() : 0;
              }();
        if (sum > available)
            return domain::Error::validation(QStringLiteral("amount"),
                                             tr("The refund is more than the credit the patient has."));
        toStore = parts;
    } else if (first.invoiceId) {
        const auto outstanding = accounts.outstandingOnInvoice(*first.invoiceId);
        if (!outstanding)
            return domain::Error::validation(QStringLiteral("invoiceId"), outstanding.error().message());
        if (const auto errors = domain::Validator::validatePaymentAgainstOutstanding(sum, outstanding.value(), keepExcessAsCredit);
            !errors.isEmpty())
            return domain::Error::validation(errors);
        // Parts cover the invoice in the order given; whatever is left over is an advance.
        qint64 owed = std::max<qint64>(outstanding.value(), 0);
        for (const Payment &part : parts) {
            const qint64 toInvoice = std::min(part.amountMinor, owed);
            owed -= toInvoice;
            if (toInvoice > 0) {
                Payment onInvoice = part;
                onInvoice.amountMinor = toInvoice;
                toStore << onInvoice;
            }
            if (part.amountMinor > toInvoice) {
                Payment credit = part;
                credit.invoiceId.reset();
                credit.amountMinor = part.amountMinor - toInvoice;
                toStore << credit;
            }
        }
    } else {
        toStore = parts;  // an advance, held as credit
    }
    QList<Payment> stored;
    RecordTable<Payment> table(connection(), kMapping);
    const qint64 nowMsValue = nowMs();
    for (Payment &p : toStore) {
        auto inserted = table.insert(std::move(p), nowMsValue);
        if (!inserted)
            return inserted.error();
        stored << std::move(inserted).value();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return stored;
}

domain::Result<PaymentRepository::CreditSources> PaymentRepository::creditSources(qint64 patientId, qint64 exceptInvoiceId) const
{
    // Money the clinic holds for the patient, oldest first: advances, then what was paid on
    // invoices beyond what they owe (after a credit note).
    QSqlQuery q = sql::prepare(db(), QStringLiteral(
        "SELECT y.id, coalesce(-b.total_minor + b.credited_minor + b.paid_minor - b.refunded_minor, y.amount_minor), y.invoice_id "
        "FROM payments y LEFT JOIN invoice_balances b ON b.invoice_id = y.invoice_id "
        "WHERE y.patient_id = ? AND y.kind = 'payment' AND y.deleted_at IS NULL AND y.invoice_id IS NOT ? "
        "AND (y.invoice_id IS NULL OR b.total_minor - b.credited_minor - b.paid_minor + b.refunded_minor < 0) "
        "ORDER BY y.invoice_id IS NOT NULL, y.received_at, y.id"));
    q.addBindValue(patientId);
    q.addBindValue(exceptInvoiceId);
    if (!q.exec())
        return sql::toError(q, "read credit sources");
    CreditSources sources;
    std::set<qint64> overpaid;  // an overpaid invoice counts once, however many payments it has
    while (q.next()) {
        sources.payments.emplace_back(q.value(0).toLongLong(), q.value(1).toLongLong());
        if (q.value(2).isNull() || overpaid.insert(q.value(2).toLongLong()).second)
            sources.held += q.value(1).toLongLong();
    }
    return sources;
}

domain::Result<qint64> PaymentRepository::creditHeld(qint64 patientId) const
{
    const auto sources = creditSources(patientId, 0);
    if (!sources)
        return sources.error();
    return sources.value().held;
}

domain::Result<qint64> PaymentRepository::applyCredit(qint64 invoiceId, qint64 amountMinor)
{
    if (amountMinor <= 0)
        return domain::Error::validation(QStringLiteral("amount"), tr("Enter an amount above zero."));
    AccountRepository accounts(connection(), session());
    WriteTransaction tx(connection(), session().userId);
    if (!tx.isActive())
        return tx.error();
    const auto outstanding = accounts.outstandingOnInvoice(invoiceId);
    if (!outstanding)
        return domain::Error::validation(QStringLiteral("invoiceId"), outstanding.error().message());
    QSqlQuery owner = sql::prepare(db(), QStringLiteral("SELECT patient_id FROM invoices WHERE id = ?"));
    owner.addBindValue(invoiceId);
    if (!owner.exec() || !owner.next())
        return sql::toError(owner, "read invoice");
    const qint64 patientId = owner.value(0).toLongLong();
    owner.finish();
    if (amountMinor > outstanding.value())
        return domain::Error::validation(QStringLiteral("amount"), tr("The invoice owes less than that."));

    const auto sources = creditSources(patientId, invoiceId);
    if (!sources)
        return sources.error();
    const auto &[available, held] = sources.value();
    if (amountMinor > held)
        return domain::Error::validation(QStringLiteral("amount"),
                                         tr("The patient has %1 of credit to apply.")
                                             .arg(domain::Money(held, session().currency).toDecimalString()));
    // Each source is moved, not copied: a whole payment is re-pointed at the invoice; part of
    // one is split off into a new row with the same method, reference and date, so the day's
    // takings do not change.
    RecordTable<Payment> table(connection(), kMapping);
    const qint64 now = nowMs();
    qint64 left = amountMinor;
    std::map<qint64, qint64> takenFromInvoicePayments;  // overpaid invoices: limit per invoice
    for (const auto &[id, movable] : available) {
        if (left == 0)
            break;
        auto source = table.get(id);
        if (!source)
            return source.error();
        Payment from = std::move(source).value();
        qint64 limit = std::min(movable, from.amountMinor);
        if (from.invoiceId)
            limit = std::min(limit, movable - takenFromInvoicePayments[*from.invoiceId]);
        const qint64 take = std::min(left, limit);
        if (take <= 0)
            continue;
        if (from.invoiceId)
            takenFromInvoicePayments[*from.invoiceId] += take;
        left -= take;
        if (take == from.amountMinor) {
            from.invoiceId = invoiceId;
            if (auto updated = table.update(from, now); !updated)
                return updated.error();
        } else {
            Payment moved = from;
            moved.meta = {};
            moved.invoiceId = invoiceId;
            moved.amountMinor = take;
            moved.notes = tr("Credit applied from an earlier payment.");
            from.amountMinor -= take;
            if (auto updated = table.update(from, now); !updated)
                return updated.error();
            if (auto inserted = table.insert(std::move(moved), now); !inserted)
                return inserted.error();
        }
    }
    if (left > 0)
        return domain::Error(domain::ErrorCode::Conflict, tr("The patient's credit could not be found in their payments."));
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return amountMinor;
}

domain::Status PaymentRepository::remove(qint64 id)
{
    return softDelete(kMapping.table, id);
}

domain::Result<Payment> PaymentRepository::get(qint64 id) const
{
    return RecordTable<Payment>(connection(), kMapping).get(id);
}

domain::Result<QList<Payment>> PaymentRepository::forInvoice(qint64 invoiceId) const
{
    return RecordTable<Payment>(connection(), kMapping)
        .select(QStringLiteral("deleted_at IS NULL AND invoice_id = ?"), {invoiceId},
                QStringLiteral("received_at, id"));
}

domain::Result<QList<Payment>> PaymentRepository::forPatient(qint64 patientId) const
{
    return RecordTable<Payment>(connection(), kMapping)
        .select(QStringLiteral("deleted_at IS NULL AND patient_id = ?"), {patientId},
                QStringLiteral("received_at DESC, id DESC"));
}

domain::Result<QList<Payment>> PaymentRepository::forDay(const QDate &day,
                                                         std::optional<domain::PaymentMethod> method) const
{
    QString where = QStringLiteral("deleted_at IS NULL AND received_at >= ? AND received_at < ?");
    QVariantList values{QDateTime(day, QTime(0, 0), session().timeZone).toMSecsSinceEpoch(),
                        QDateTime(day.addDays(1), QTime(0, 0), session().timeZone).toMSecsSinceEpoch()};
    if (method) {
        where += QStringLiteral(" AND method = ?");
        values << domain::paymentMethodName(*method);
    }
    return RecordTable<Payment>(connection(), kMapping).select(where, values, QStringLiteral("received_at, id"));
}

domain::Result<QMap<domain::PaymentMethod, qint64>> PaymentRepository::collectionsByMethod(const QDate &day) const
{
    const auto payments = forDay(day);
    if (!payments)
        return payments.error();
    QMap<domain::PaymentMethod, qint64> totals;
    for (const Payment &p : payments.value())
        totals[p.method] += p.kind == PaymentKind::Payment ? p.amountMinor : -p.amountMinor;
    return totals;
}

} // namespace clinic::storage
