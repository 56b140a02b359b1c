#include "clinic/domain/documentnumber.h"

#include <QRegularExpression>

namespace clinic::domain {

QString DocumentNumber::fiscalYear(const QDate &date, int startMonth)
{
    if (startMonth <= 1)
        return QString::number(date.year());
    const int startYear = date.month() >= startMonth ? date.year() : date.year() - 1;
    return QStringLiteral("%1-%2").arg(startYear).arg((startYear + 1) % 100, 2, 10, QLatin1Char('0'));
}

QString DocumentNumber::format(const QString &series, const QString &fiscalYear, int number)
{
    // "2026-27" prints as "2627" to stay within 16 characters.
    const QString year = fiscalYear.size() == 7 ? fiscalYear.mid(2, 2) + fiscalYear.right(2) : fiscalYear;
    return QStringLiteral("%1-%2-%3").arg(series, year).arg(number, 6, 10, QLatin1Char('0'));
}

bool DocumentNumber::isValidSeries(const QString &series)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z0-9]{1,4}$"));
    return pattern.match(series).hasMatch();
}

} // namespace clinic::domain
