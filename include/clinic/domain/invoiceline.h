#pragma once

#include "clinic/domain/recordmeta.h"

#include <QString>

#include <optional>

namespace clinic::domain {

/// One line of an invoice. Inputs are quantity, unit price, one kind of discount and a tax rate;
/// the computed amounts (net, tax, total) are filled by InvoiceCalculator and stored with the line.
struct InvoiceLine
{
    RecordMeta meta;
    qint64 invoiceId = 0;
    int position = 0;
    std::optional<qint64> serviceId;
    QString description;
    int quantity = 1;
    qint64 unitPriceMinor = 0;   ///< tax exclusive
    qint64 discountMinor = 0;    ///< discount as an amount for the whole line, or ...
    int discountBp = 0;          ///< ... as basis points of the gross (only one may be non-zero)
    int taxRateBp = 0;           ///< 0 = exempt
    QString taxCode;

    // Computed by InvoiceCalculator::computeLine(); never set by hand.
    qint64 invoiceDiscountShareMinor = 0;  ///< this line's share of the invoice discount
    qint64 grossMinor = 0;       ///< quantity x unit price
    qint64 netMinor = 0;         ///< gross - discount - invoice discount share: the taxable amount
    qint64 taxMinor = 0;
    qint64 totalMinor = 0;       ///< net + tax
};

} // namespace clinic::domain
