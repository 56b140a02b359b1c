#include "clinic/domain/phonenumber.h"

namespace clinic::domain {
namespace {

bool isSeparator(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('.')
        || c == QLatin1Char('(') || c == QLatin1Char(')') || c == QChar(0x00A0);
}

// National significant number rules for the countries ClinicDesk knows well.
bool validIndian(const QString &nsn)
{
    return nsn.size() == 10 && nsn.at(0) != QLatin1Char('0');
}

bool validSpanish(const QString &nsn)
{
    return nsn.size() == 9 && nsn.at(0) >= QLatin1Char('6') && nsn.at(0) <= QLatin1Char('9');
}

std::optional<QString> fromInternational(const QString &digits)
{
    if (digits.startsWith(QLatin1String("91")) && digits.size() == 12) {
        if (!validIndian(digits.mid(2)))
            return std::nullopt;
    } else if (digits.startsWith(QLatin1String("34")) && digits.size() == 11) {
        if (!validSpanish(digits.mid(2)))
            return std::nullopt;
    } else if (digits.startsWith(QLatin1String("91")) || digits.startsWith(QLatin1String("34"))) {
        return std::nullopt;  // right country code, wrong length
    }
    if (digits.size() < 8 || digits.size() > 15 || digits.at(0) == QLatin1Char('0'))
        return std::nullopt;
    return QLatin1Char('+') + digits;
}

} // namespace

QString PhoneNumber::digitsOnly(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            out.append(c);
    }
    return out;
}

std::optional<QString> PhoneNumber::normalize(const QString &text, const QString &defaultCountry)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 32)
        return std::nullopt;
    bool plus = false;
    QString digits;
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c == QLatin1Char('+') && i == 0)
            plus = true;
        else if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digits.append(c);
        else if (!isSeparator(c))
            return std::nullopt;
    }
    if (plus)
        return fromInternational(digits);
    if (digits.startsWith(QLatin1String("00")))
        return fromInternational(digits.mid(2));

    if (defaultCountry == QLatin1String("ES")) {
        if (validSpanish(digits))
            return QStringLiteral("+34") + digits;
        if (digits.size() == 11 && digits.startsWith(QLatin1String("34")))
            return fromInternational(digits);
        return std::nullopt;
    }
    // India (the default market).
    if (digits.size() == 11 && digits.startsWith(QLatin1Char('0')))
        digits.remove(0, 1);  // trunk prefix: 098765 43210, 080 2345 6789
    if (validIndian(digits))
        return QStringLiteral("+91") + digits;
    if (digits.size() == 12 && digits.startsWith(QLatin1String("91")))
        return fromInternational(digits);
    return std::nullopt;
}

} // namespace clinic::domain
