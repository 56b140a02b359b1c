#include "clinic/domain/amountinwords.h"

#include <QStringList>

namespace clinic::domain {
namespace {

const char *const kOnes[] = {"",        "One",     "Two",       "Three",    "Four",     "Five",    "Six",
                             "Seven",   "Eight",   "Nine",      "Ten",      "Eleven",   "Twelve",  "Thirteen",
                             "Fourteen", "Fifteen", "Sixteen",  "Seventeen", "Eighteen", "Nineteen"};
const char *const kTens[] = {"", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"};

/// 0..999 in words ("" for 0).
QString belowThousand(qint64 n)
{
    QStringList words;
    if (n >= 100) {
        words << QLatin1String(kOnes[n / 100]) << QStringLiteral("Hundred");
        n %= 100;
    }
    if (n >= 20) {
        words << QLatin1String(kTens[n / 10]);
        n %= 10;
    }
    if (n > 0)
        words << QLatin1String(kOnes[n]);
    return words.join(QLatin1Char(' '));
}

QString wholeNumber(qint64 n, bool indian)
{
    if (n == 0)
        return QStringLiteral("Zero");
    QStringList words;
    const auto add = [&](qint64 part, const char *scale) {
        if (part > 0)
            words << belowThousand(part) + (*scale ? QStringLiteral(" ") + QLatin1String(scale) : QString());
    };
    if (indian) {
        // Crores may themselves run into thousands of crores; spell the crore part recursively.
        if (n >= 10'000'000) {
            words << wholeNumber(n / 10'000'000, true) + QStringLiteral(" Crore");
            n %= 10'000'000;
        }
        add(n / 100'000, "Lakh");
        n %= 100'000;
        add(n / 1000, "Thousand");
        n %= 1000;
        add(n, "");
    } else {
        static const std::pair<qint64, const char *> kScales[] = {
            {1'000'000'000'000'000LL, "Quadrillion"}, {1'000'000'000'000LL, "Trillion"}, {1'000'000'000LL, "Billion"},
            {1'000'000LL, "Million"}, {1000, "Thousand"}, {1, ""}};
        for (const auto &[scale, name] : kScales) {
            add(n / scale, name);
            n %= scale;
        }
    }
    return words.join(QLatin1Char(' '));
}

} // namespace

QString AmountInWords::english(qint64 minorUnits, const QString &currency)
{
    const bool negative = minorUnits < 0;
    const qint64 amount = negative ? -minorUnits : minorUnits;
    const bool inr = currency == QLatin1String("INR");
    const qint64 whole = amount / 100;
    const qint64 fraction = amount % 100;
    QString unit, subunit;
    if (inr) {
        unit = QStringLiteral("Rupees");
        subunit = QStringLiteral("Paise");
    } else if (currency == QLatin1String("EUR")) {
        unit = QStringLiteral("Euros");
        subunit = QStringLiteral("Cents");
    } else {
        unit = currency;
        subunit = QStringLiteral("Cents");
    }
    QString text = (negative ? QStringLiteral("Minus ") : QString()) + unit + QLatin1Char(' ') + wholeNumber(whole, inr);
    if (fraction > 0)
        text += QStringLiteral(" and ") + wholeNumber(fraction, inr) + QLatin1Char(' ') + subunit;
    return text + QStringLiteral(" Only");
}

} // namespace clinic::domain
