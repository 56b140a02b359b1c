#include "amountinput.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>

namespace clinic::ui {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("clinic::ui::AmountInput", text);
}
} // namespace

std::optional<domain::Money> positiveAmount(const QLineEdit &field, const QString &currency, QLabel &message)
{
    domain::Money amount;
    if (!domain::Money::parse(field.text(), currency, &amount) || amount.minorUnits() <= 0) {
        message.setText(tr("Enter an amount above zero, such as 500 or 499.50."));
        return std::nullopt;
    }
    return amount;
}

} // namespace clinic::ui
