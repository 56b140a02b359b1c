#pragma once

#include "clinic/domain/payment.h"
#include "clinic/storage/repository.h"

#include <QDate>
#include <QList>
#include <QMap>

#include <utility>
#include <vector>

namespace clinic::storage {

/// Payments and refunds. A payment above what an invoice still owes is refused unless the excess
/// is kept as patient credit, in which case it is split into the invoice part and an advance.
/// Thread: the connection's.
class PaymentRepository : public Repository
{
public:
    using Repository::Repository;

    /// Records `payment`; returns the stored rows (one, or two when the excess became credit).
    domain::Result<QList<domain::Payment>> record(domain::Payment payment, bool keepExcessAsCredit = false);
    /// Records one payment split across methods (e.g. part cash, part card) in one transaction:
    /// the parts cover the invoice in the order given and the sum is checked against what is
    /// owed as a whole; the excess, if kept as credit, becomes an advance.
    domain::Result<QList<domain::Payment>> record(QList<domain::Payment> parts, bool keepExcessAsCredit = false);
    /// Uses `amountMinor` of the patient's credit to pay the issued invoice `invoiceId`: advances
    /// (then overpayments on other invoices) are moved onto the invoice; no new money is
    /// recorded, the patient's balance and the day's takings do not change.
    domain::Result<qint64> applyCredit(qint64 invoiceId, qint64 amountMinor);
    /// What applyCredit() can use for this patient: advances plus overpayments on invoices.
    domain::Result<qint64> creditHeld(qint64 patientId) const;
    /// Voids a payment recorded by mistake (soft delete; the audit log keeps it).
    domain::Status remove(qint64 id);
    domain::Result<domain::Payment> get(qint64 id) const;
    domain::Result<QList<domain::Payment>> forInvoice(qint64 invoiceId) const;
    domain::Result<QList<domain::Payment>> forPatient(qint64 patientId) const;
    /// Payments received on `day` (clinic time zone), optionally of one method.
    domain::Result<QList<domain::Payment>> forDay(const QDate &day,
                                                  std::optional<domain::PaymentMethod> method = {}) const;
    /// Net takings per method on `day` (payments minus refunds): the till reconciliation.
    domain::Result<QMap<domain::PaymentMethod, qint64>> collectionsByMethod(const QDate &day) const;

private:
    struct CreditSources
    {
        std::vector<std::pair<qint64, qint64>> payments;  ///< payment id, amount that can move
        qint64 held = 0;
    };
    domain::Result<CreditSources> creditSources(qint64 patientId, qint64 exceptInvoiceId) const;
};

} // namespace clinic::storage
