#pragma once

#include "clinic/domain/patientbalance.h"
#include "clinic/storage/repository.h"

#include <QList>

namespace clinic::storage {

/// The one place where balances are computed (architecture.md §5): invoiced - credited - paid +
/// refunded, over live rows. Thread: the connection's.
class AccountRepository : public Repository
{
public:
    using Repository::Repository;

    domain::Result<domain::PatientBalance> balance(qint64 patientId) const;
    /// Every patient whose balance is not zero, largest debt first.
    domain::Result<QList<domain::PatientBalance>> nonZeroBalances() const;
    /// What an issued invoice still owes: total - credit notes - payments on it + refunds on it.
    domain::Result<qint64> outstandingOnInvoice(qint64 invoiceId) const;
};

} // namespace clinic::storage
