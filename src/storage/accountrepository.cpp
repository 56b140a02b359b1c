#include "clinic/storage/accountrepository.h"

#include "sqlsupport.h"

namespace clinic::storage {
namespace {

// The arithmetic lives in the views invoice_balances and patient_balances (migration 0003).
const char *kBalanceSelect =
    "SELECT patient_id, invoiced_minor, credited_minor, paid_minor, refunded_minor, "
    "invoiced_minor - credited_minor - paid_minor + refunded_minor AS balance_minor "
    "FROM patient_balances";

domain::PatientBalance readBalance(const QSqlQuery &q)
{
    domain::PatientBalance b;
    b.patientId = q.value(0).toLongLong();
    b.invoicedMinor = q.value(1).toLongLong();
    b.creditedMinor = q.value(2).toLongLong();
    b.paidMinor = q.value(3).toLongLong();
    b.refundedMinor = q.value(4).toLongLong();
    b.balanceMinor = q.value(5).toLongLong();
    return b;
}

} // namespace

domain::Result<domain::PatientBalance> AccountRepository::balance(qint64 patientId) const
{
    QSqlQuery q = sql::prepare(db(), QLatin1String(kBalanceSelect) + QStringLiteral(" WHERE patient_id = ?"));
    q.addBindValue(patientId);
    if (!q.exec())
        return sql::toError(q, "compute balance");
    if (!q.next())
        return domain::Error(domain::ErrorCode::NotFound, tr("The patient does not exist."));
    return readBalance(q);
}

domain::Result<QList<domain::PatientBalance>> AccountRepository::nonZeroBalances() const
{
    // Only patients with billing rows can owe or hold anything; the EXISTS keeps this cheap.
    QSqlQuery q = sql::prepare(db(), QStringLiteral(
        "SELECT * FROM (%1 WHERE patient_id IN (SELECT id FROM patients WHERE deleted_at IS NULL) "
        "AND (EXISTS (SELECT 1 FROM invoices i WHERE i.patient_id = patient_balances.patient_id) "
        "OR EXISTS (SELECT 1 FROM payments y WHERE y.patient_id = patient_balances.patient_id))) "
        "WHERE balance_minor <> 0 ORDER BY balance_minor DESC, patient_id").arg(QLatin1String(kBalanceSelect)));
    if (!q.exec())
        return sql::toError(q, "compute balances");
    QList<domain::PatientBalance> list;
    while (q.next())
        list.append(readBalance(q));
    return list;
}

domain::Result<qint64> AccountRepository::outstandingOnInvoice(qint64 invoiceId) const
{
    QSqlQuery q = sql::prepare(db(), QStringLiteral(
        "SELECT total_minor - credited_minor - paid_minor + refunded_minor "
        "FROM invoice_balances WHERE invoice_id = ?"));
    q.addBindValue(invoiceId);
    if (!q.exec())
        return sql::toError(q, "compute outstanding amount");
    if (!q.next())
        return domain::Error(domain::ErrorCode::NotFound, tr("The invoice does not exist or is not issued."));
    return q.value(0).toLongLong();
}

} // namespace clinic::storage
