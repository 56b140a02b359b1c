#pragma once

#include <QLocale>
#include <QString>
#include <QtGlobal>

#include <compare>

namespace clinic::domain {

/// An amount of money in integer minor units (paise, cents) of one currency.
/// Invariant: no floating point is ever involved; arithmetic between two different
/// currencies is a programming error (asserted), not a silent conversion.
class Money
{
public:
    Money() = default;
    Money(qint64 minorUnits, QString currency);

    static Money zero(const QString &currency) { return Money(0, currency); }

    [[nodiscard]] qint64 minorUnits() const { return m_minor; }
    [[nodiscard]] const QString &currency() const { return m_currency; }
    [[nodiscard]] bool isZero() const { return m_minor == 0; }
    [[nodiscard]] bool isNegative() const { return m_minor < 0; }

    Money operator+(const Money &other) const;
    Money operator-(const Money &other) const;
    Money operator-() const { return Money(-m_minor, m_currency); }
    Money &operator+=(const Money &other);
    Money &operator-=(const Money &other);

    friend bool operator==(const Money &, const Money &) = default;
    std::strong_ordering operator<=>(const Money &other) const;

    /// Formats with the currency symbol and two decimals through QLocale (e.g. "₹1,234.50").
    [[nodiscard]] QString format(const QLocale &locale = QLocale()) const;
    /// Plain decimal text without symbol or grouping ("1234.50"), for CSV and forms.
    [[nodiscard]] QString toDecimalString() const;
    /// Parses "1234", "1234.5", "1,234.50" (grouping per locale) into minor units; exact, no doubles.
    /// Returns false on anything else (more than two decimals, letters, overflow).
    static bool parse(const QString &text, const QString &currency, Money *out,
                      const QLocale &locale = QLocale::c());

private:
    qint64 m_minor = 0;
    QString m_currency;
};

/// Rounds numerator/denominator to the nearest integer, halves away from zero.
/// This is the single rounding rule for money in ClinicDesk (documented in docs/architecture.md).
qint64 roundHalfAwayFromZero(qint64 numerator, qint64 denominator);

} // namespace clinic::domain
