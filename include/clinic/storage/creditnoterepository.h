#pragma once

#include "clinic/domain/creditnote.h"
#include "clinic/domain/documentnumber.h"
#include "clinic/storage/repository.h"

#include <QList>

namespace clinic::storage {

/// Credit notes correct issued invoices; they are numbered in their own series and never change.
/// Thread: the connection's.
class CreditNoteRepository : public Repository
{
public:
    using Repository::Repository;

    /// Issues a credit note of `totalMinor` (tax inclusive) against the issued invoice
    /// `invoiceId`; the tax part is in the invoice's proportion. The sum of credit notes never
    /// exceeds the invoice total. A full credit note voids the invoice.
    domain::Result<domain::CreditNote> issue(qint64 invoiceId, qint64 totalMinor, const QString &reason,
                                             const domain::NumberingRule &rule);
    domain::Result<domain::CreditNote> get(qint64 id) const;
    domain::Result<QList<domain::CreditNote>> forInvoice(qint64 invoiceId) const;
};

} // namespace clinic::storage
