#include "numberseries.h"

#include "sqlsupport.h"

namespace clinic::storage {

domain::Result<int> NumberSeries::next(const QSqlDatabase &db, Kind kind, const QString &series,
                                       const QString &fiscalYear)
{
    sql::CachedQuery bump(db, QStringLiteral(
        "INSERT INTO number_series (kind, series, fiscal_year, last_number) VALUES (?, ?, ?, 1) "
        "ON CONFLICT (kind, series, fiscal_year) DO UPDATE SET last_number = last_number + 1 "
        "RETURNING last_number"));
    bump->bindValue(0, kind == Kind::Invoice ? QStringLiteral("invoice") : QStringLiteral("credit_note"));
    bump->bindValue(1, series);
    bump->bindValue(2, fiscalYear);
    if (!bump->exec() || !bump->next())
        return sql::toError(*bump, "take the next number");
    return bump->value(0).toInt();
}

} // namespace clinic::storage
