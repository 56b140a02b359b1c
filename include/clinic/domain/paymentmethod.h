#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace clinic::domain {

enum class PaymentMethod { Cash, Card, Upi, BankTransfer, Other };

/// A receipt of money or a refund paid back to the patient.
enum class PaymentKind { Payment, Refund };

QString paymentMethodName(PaymentMethod method);
/// The method in the user's words ("Bank transfer"), translated (context "PaymentMethod").
QString paymentMethodLabel(PaymentMethod method);
/// Every method, in the order the screens offer them.
QList<PaymentMethod> allPaymentMethods();
std::optional<PaymentMethod> paymentMethodFromName(const QString &name);
QString paymentKindName(PaymentKind kind);
std::optional<PaymentKind> paymentKindFromName(const QString &name);

} // namespace clinic::domain
