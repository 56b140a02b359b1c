#include "numberseries.h"

#include "sqlsupport.h"

#include <QCoreApplication>

namespace clinic::storage {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("NumberSeries", text); }
} // namespace

QString NumberSeries::kindName(Kind kind)
{
    return kind == Kind::Invoice ? QStringLiteral("invoice") : QStringLiteral("credit_note");
}

QString NumberSeries::tableOf(Kind kind)
{
    return kind == Kind::Invoice ? QStringLiteral("invoices") : QStringLiteral("credit_notes");
}

domain::Status NumberSeries::check(const domain::NumberingRule &rule)
{
    if (!domain::DocumentNumber::isValidSeries(rule.series))
        return domain::Error::validation(QStringLiteral("series"), tr("A number series has 1 to 4 capital letters or digits."));
    if (rule.fiscalYearStartMonth < 1 || rule.fiscalYearStartMonth > 12)
        return domain::Error::validation(QStringLiteral("fiscalYearStartMonth"), tr("The fiscal year starts in a month from 1 to 12."));
    if (const auto error = domain::DocumentNumber::patternError(rule.pattern, rule.series))
        return domain::Error::validation(QStringLiteral("numberFormat"), *error);
    return {};
}

domain::Result<int> NumberSeries::next(const QSqlDatabase &db, Kind kind, const domain::NumberingRule &rule,
                                       const QString &fiscalYear)
{
    sql::CachedQuery bump(db, QStringLiteral(
        "INSERT INTO number_series (kind, series, fiscal_year, last_number) VALUES (?, ?, ?, 1) "
        "ON CONFLICT (kind, series, fiscal_year) DO UPDATE SET last_number = last_number + 1 "
        "RETURNING last_number"));
    bump->bindValue(0, kindName(kind));
    bump->bindValue(1, rule.series);
    bump->bindValue(2, fiscalYear);
    if (!bump->exec() || !bump->next())
        return sql::toError(*bump, "take the next number");
    const int number = bump->value(0).toInt();
    bump->finish();
    if (number > domain::DocumentNumber::capacity(rule.pattern))
        return domain::Error(domain::ErrorCode::Conflict,
                             tr("Series %1 has used all %2 numbers of %3 that its number format allows; choose a format "
                                "with a wider number in Settings.")
                                 .arg(rule.series)
                                 .arg(domain::DocumentNumber::capacity(rule.pattern))
                                 .arg(fiscalYear));
    return number;
}

domain::Result<QString> NumberSeries::lastHash(const QSqlDatabase &db, Kind kind, const QString &series)
{
    // The chain runs through a series across fiscal years, in number order.
    sql::CachedQuery q(db, QStringLiteral("SELECT chain_hash FROM %1 WHERE series = ? AND number IS NOT NULL "
                                          "ORDER BY fiscal_year DESC, number DESC LIMIT 1")
                               .arg(tableOf(kind)));
    q->bindValue(0, series);
    if (!q->exec())
        return sql::toError(*q, "read the last document of the series");
    const QString hash = q->next() ? q->value(0).toString() : QString();
    q->finish();
    return hash;
}

} // namespace clinic::storage
