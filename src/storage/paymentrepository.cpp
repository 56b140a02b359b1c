#include "clinic/storage/paymentrepository.h"

#include "clinic/domain/validator.h"
#include "clinic/storage/accountrepository.h"
#include "recordtable.h"

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
    if (payment.currency.isEmpty())
        payment.currency = session().currency;
    if (!payment.receivedAt.isValid())
        payment.receivedAt = session().clock->now();
    if (!payment.receivedBy)
        payment.receivedBy = session().userId;
    if (const auto errors = domain::Validator::validate(payment); !errors.isEmpty())
        return domain::Error::validation(errors);
    if (auto live = requireLive(QStringLiteral("patients"), payment.patientId, tr("patient")); !live)
        return domain::Error::validation(QStringLiteral("patientId"), live.error().message());

    AccountRepository accounts(connection(), session());
    WriteTransaction tx(connection(), session().userId);
    if (!tx.isActive())
        return tx.error();

    QList<Payment> toStore;
    if (payment.kind == PaymentKind::Refund) {
        // A refund pays back what the clinic holds: the patient's credit (or what was paid on
        // the invoice beyond what it still owes after a credit note).
        const qint64 available = payment.invoiceId
            ? [&]() -> qint64 {
                  const auto outstanding = accounts.outstandingOnInvoice(*payment.invoiceId);
                  return outstanding ? -outstanding.value() : 0;
              }()
            : [&]() -> qint64 {
                  const auto b = accounts.balance(payment.patientId);
                  return b ? b.value().creditMinor() : 0;
              }();
        if (payment.amountMinor > available)
            return domain::Error::validation(QStringLiteral("amount"),
                                             tr("The refund is more than the credit the patient has."));
        toStore << payment;
    } else if (payment.invoiceId) {
        const auto outstanding = accounts.outstandingOnInvoice(*payment.invoiceId);
        if (!outstanding)
            return domain::Error::validation(QStringLiteral("invoiceId"), outstanding.error().message());
        if (const auto errors = domain::Validator::validatePaymentAgainstOutstanding(
                payment.amountMinor, outstanding.value(), keepExcessAsCredit);
            !errors.isEmpty())
            return domain::Error::validation(errors);
        const qint64 toInvoice = std::min(payment.amountMinor, std::max<qint64>(outstanding.value(), 0));
        const qint64 excess = payment.amountMinor - toInvoice;
        if (toInvoice > 0) {
            Payment part = payment;
            part.amountMinor = toInvoice;
            toStore << part;
        }
        if (excess > 0) {
            Payment credit = payment;
            credit.invoiceId.reset();
            credit.amountMinor = excess;
            toStore << credit;
        }
    } else {
        toStore << payment;  // an advance, held as credit
    }

    QList<Payment> stored;
    RecordTable<Payment> table(connection(), kMapping);
    const qint64 now = nowMs();
    for (Payment &p : toStore) {
        auto inserted = table.insert(std::move(p), now);
        if (!inserted)
            return inserted.error();
        stored << std::move(inserted).value();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return stored;
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
