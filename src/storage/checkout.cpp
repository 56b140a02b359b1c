#include "clinic/storage/checkout.h"

#include "clinic/storage/invoicerepository.h"
#include "clinic/storage/paymentrepository.h"
#include "clinic/storage/writetransaction.h"

namespace clinic::storage {

domain::Result<Checkout::Done> Checkout::complete(domain::Invoice invoice, const domain::NumberingRule &rule,
                                                  QList<domain::Payment> parts, bool keepExcessAsCredit)
{
    // One outer transaction; the repositories' own transactions nest inside it as savepoints.
    WriteTransaction tx(connection(), session().userId);
    if (!tx.isActive())
        return tx.error();
    InvoiceRepository invoices(connection(), session());
    auto draft = invoice.meta.id == 0 ? invoices.createDraft(std::move(invoice)) : invoices.updateDraft(std::move(invoice));
    if (!draft)
        return draft.error();
    auto issued = invoices.issue(draft.value().meta.id, rule);
    if (!issued)
        return issued.error();
    Done done{std::move(issued).value(), {}};
    if (!parts.isEmpty()) {
        for (domain::Payment &part : parts) {
            part.patientId = done.invoice.patientId;
            part.invoiceId = done.invoice.meta.id;
            part.kind = domain::PaymentKind::Payment;
        }
        auto paid = PaymentRepository(connection(), session()).record(std::move(parts), keepExcessAsCredit);
        if (!paid)
            return paid.error();
        done.payments = std::move(paid).value();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return done;
}

} // namespace clinic::storage
