#pragma once

#include "clinic/domain/paymentmethod.h"
#include "clinic/domain/recordmeta.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace clinic::domain {

/// Money received from (or refunded to) a patient. A payment without an invoice is an advance
/// held as patient credit. `amountMinor` is always positive; `kind` gives the direction.
struct Payment
{
    RecordMeta meta;
    qint64 patientId = 0;
    std::optional<qint64> invoiceId;
    PaymentKind kind = PaymentKind::Payment;
    PaymentMethod method = PaymentMethod::Cash;
    qint64 amountMinor = 0;
    QString currency;
    QString reference;               ///< card slip, UPI transaction id, ...
    QDateTime receivedAt;            ///< UTC
    std::optional<qint64> receivedBy;///< user id
    QString notes;
};

} // namespace clinic::domain
