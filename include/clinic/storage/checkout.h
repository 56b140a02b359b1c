#pragma once

#include "clinic/domain/documentnumber.h"
#include "clinic/domain/invoice.h"
#include "clinic/domain/payment.h"
#include "clinic/storage/repository.h"

#include <QList>

namespace clinic::storage {

/// The front desk's "checkout" in one transaction: save the invoice (new or an existing draft),
/// issue it with the desk's numbering rule, and record the payment taken (possibly split across
/// methods, the excess kept as credit if asked). Either all of it is stored or none of it: a
/// refused payment leaves no issued invoice and takes no number. Thread: the connection's.
class Checkout : public Repository
{
public:
    using Repository::Repository;

    struct Done
    {
        domain::Invoice invoice;
        QList<domain::Payment> payments;  ///< as stored (a part with an excess becomes two rows)
    };

    /// `invoice.meta.id` 0 creates it, else it must be a draft. `parts` may be empty (pay later);
    /// their patient and invoice are filled in here.
    domain::Result<Done> complete(domain::Invoice invoice, const domain::NumberingRule &rule, QList<domain::Payment> parts,
                                  bool keepExcessAsCredit);
};

} // namespace clinic::storage
