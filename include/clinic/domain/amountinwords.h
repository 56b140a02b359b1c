#pragma once

#include <QString>

namespace clinic::domain {

/// An amount spelled out in English for printed invoices ("amount in words"), as Indian
/// invoices customarily show it: INR in the Indian system (lakh, crore) with paise, other
/// currencies in the international system (thousand, million) with cents.
/// E.g. 159000 INR -> "Rupees One Thousand Five Hundred Ninety Only".
class AmountInWords
{
public:
    static QString english(qint64 minorUnits, const QString &currency);
};

} // namespace clinic::domain
