#pragma once

#include "clinic/domain/documentnumber.h"
#include "clinic/domain/invoice.h"
#include "clinic/storage/invoicefilter.h"
#include "clinic/storage/repository.h"

#include <QList>

namespace clinic::storage {

/// Invoices and their lines. Drafts are editable; issue() numbers an invoice gap-free in the
/// device's series (the counter bump and the invoice are one transaction) and from then on the
/// invoice and its lines are immutable, here and in the database triggers.
/// Thread: the connection's.
class InvoiceRepository : public Repository
{
public:
    using Repository::Repository;

    domain::Result<domain::Invoice> createDraft(domain::Invoice invoice);
    /// Replaces the draft's fields and lines; an issued invoice gives ErrorCode::Immutable.
    domain::Result<domain::Invoice> updateDraft(domain::Invoice invoice);
    /// Issues a draft: takes the next number of `rule`'s series for the fiscal year of today,
    /// prints it with the rule's pattern and links the invoice into its series' DocumentChain,
    /// all in one transaction. Needs at least one line; a full series (DocumentNumber::capacity)
    /// or an invalid rule is refused with the reason.
    domain::Result<domain::Invoice> issue(qint64 id, const domain::NumberingRule &rule);
    /// Deletes a draft; an issued invoice gives ErrorCode::Immutable (issue a credit note).
    domain::Status remove(qint64 id);
    /// The invoice with its lines.
    domain::Result<domain::Invoice> get(qint64 id) const;
    /// Invoices (without lines) matching `filter`, newest first.
    domain::Result<QList<domain::Invoice>> list(const InvoiceFilter &filter) const;

private:
    domain::Result<domain::Invoice> prepared(domain::Invoice invoice) const;
    domain::Status insertLines(const domain::Invoice &invoice, qint64 now);
};

} // namespace clinic::storage
