#pragma once
// Private helper of the UI layer (not installed): reading an amount of money a user typed.

#include "clinic/domain/money.h"

#include <optional>

class QLabel;
class QLineEdit;

namespace clinic::ui {

/// The amount typed in `field`, in `currency`, if it is one above zero; otherwise says so in
/// `message` (next to the field) and returns nothing. Used by the payment, refund and credit
/// note dialogs.
std::optional<domain::Money> positiveAmount(const QLineEdit &field, const QString &currency, QLabel &message);

} // namespace clinic::ui
