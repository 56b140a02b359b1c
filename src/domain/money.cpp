#include "clinic/domain/money.h"

#include <cassert>
#include <limits>

namespace clinic::domain {

Money::Money(qint64 minorUnits, QString currency)
    : m_minor(minorUnits), m_currency(std::move(currency))
{
}

Money Money::operator+(const Money &other) const
{
    Money result = *this;
    result += other;
    return result;
}

Money Money::operator-(const Money &other) const
{
    Money result = *this;
    result -= other;
    return result;
}

Money &Money::operator+=(const Money &other)
{
    assert(m_currency == other.m_currency || other.m_minor == 0 || m_minor == 0);
    if (m_currency.isEmpty())
        m_currency = other.m_currency;
    m_minor += other.m_minor;
    return *this;
}

Money &Money::operator-=(const Money &other)
{
    assert(m_currency == other.m_currency || other.m_minor == 0 || m_minor == 0);
    if (m_currency.isEmpty())
        m_currency = other.m_currency;
    m_minor -= other.m_minor;
    return *this;
}

std::strong_ordering Money::operator<=>(const Money &other) const
{
    assert(m_currency == other.m_currency);
    return m_minor <=> other.m_minor;
}

QString Money::toDecimalString() const
{
    const qint64 abs = m_minor < 0 ? -m_minor : m_minor;
    return (m_minor < 0 ? QStringLiteral("-") : QString())
        + QString::number(abs / 100) + QLatin1Char('.')
        + QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
}

QString Money::format(const QLocale &locale) const
{
    // Integer part grouped by the locale, decimals appended as integers: no double anywhere.
    const qint64 abs = m_minor < 0 ? -m_minor : m_minor;
    const QString number = locale.toString(abs / 100) + locale.decimalPoint()
        + QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
    QString symbol = m_currency;
    if (m_currency == QLatin1String("INR"))
        symbol = QStringLiteral("\u20B9");
    else if (m_currency == QLatin1String("EUR"))
        symbol = QStringLiteral("\u20AC");
    else if (m_currency == QLatin1String("USD"))
        symbol = QStringLiteral("$");
    const bool symbolAfter = locale.language() == QLocale::Spanish
        || locale.language() == QLocale::French || locale.language() == QLocale::German;
    const QString sign = m_minor < 0 ? locale.negativeSign() : QString();
    if (symbolAfter)
        return sign + number + QChar(0x00A0) + symbol;
    return sign + symbol + number;
}

bool Money::parse(const QString &text, const QString &currency, Money *out, const QLocale &locale)
{
    QString s = text.trimmed();
    if (s.isEmpty())
        return false;
    bool negative = false;
    if (s.startsWith(QLatin1Char('-')) || s.startsWith(locale.negativeSign())) {
        negative = true;
        s.remove(0, 1);
    }
    const QString group = locale.groupSeparator();
    if (!group.isEmpty() && group != locale.decimalPoint())
        s.remove(group);
    s.remove(QLatin1Char(' '));
    QString intPart = s;
    QString fracPart;
    const QString dec = locale.decimalPoint();
    const qsizetype decPos = s.indexOf(dec);
    if (decPos >= 0) {
        intPart = s.left(decPos);
        fracPart = s.mid(decPos + dec.size());
    }
    if (intPart.isEmpty() && fracPart.isEmpty())
        return false;
    if (fracPart.size() > 2)
        return false;
    const QString allDigits = intPart + fracPart;
    for (const QChar c : allDigits) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    if (intPart.size() > 15)
        return false;
    const qint64 whole = intPart.isEmpty() ? 0 : intPart.toLongLong();
    while (fracPart.size() < 2)
        fracPart.append(QLatin1Char('0'));
    const qint64 minor = whole * 100 + fracPart.toLongLong();
    *out = Money(negative ? -minor : minor, currency);
    return true;
}

qint64 roundHalfAwayFromZero(qint64 numerator, qint64 denominator)
{
    assert(denominator > 0);
    const qint64 quotient = numerator / denominator;
    const qint64 remainder = numerator % denominator;
    // Compare 2*|remainder| with denominator without overflow: |remainder| < denominator.
    const qint64 absRemainder = remainder < 0 ? -remainder : remainder;
    if (absRemainder >= denominator - absRemainder)
        return numerator < 0 ? quotient - 1 : quotient + 1;
    return quotient;
}

} // namespace clinic::domain
