#pragma once

#include <QtGlobal>

namespace clinic::domain {

/// A patient's account, all in minor units. Computed by the storage layer in one query
/// (AccountRepository) so every screen shows the same figure.
///   balance = invoiced - credited - paid + refunded
/// Positive: the patient owes the clinic. Negative: the clinic holds credit for the patient.
struct PatientBalance
{
    qint64 patientId = 0;
    qint64 invoicedMinor = 0;   ///< issued invoices
    qint64 creditedMinor = 0;   ///< credit notes against them
    qint64 paidMinor = 0;       ///< payments, allocated to invoices or held as credit
    qint64 refundedMinor = 0;   ///< refunds paid back
    qint64 balanceMinor = 0;

    [[nodiscard]] qint64 creditMinor() const { return balanceMinor < 0 ? -balanceMinor : 0; }
};

} // namespace clinic::domain
