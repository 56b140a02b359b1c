#pragma once

#include <QString>

#include <optional>

namespace clinic::domain {

/// Draft invoices have no number and may be edited; issued invoices are immutable forever and are
/// corrected by credit notes. Paid / partially paid is derived from payments (PaymentState).
enum class InvoiceStatus { Draft, Issued };

/// How much of an issued invoice has been paid (derived, never stored by hand).
enum class PaymentState { Unpaid, PartiallyPaid, Paid };

QString invoiceStatusName(InvoiceStatus status);
std::optional<InvoiceStatus> invoiceStatusFromName(const QString &name);

} // namespace clinic::domain
