#pragma once
// Private: gap-free document numbers per (series, fiscal year).

#include "clinic/domain/result.h"

#include <QSqlDatabase>
#include <QString>

namespace clinic::storage {

/// Takes the next number of a series. Must be called inside the WriteTransaction that stores the
/// numbered document: the counter bump and the document commit or roll back together, so a crash
/// between "take number" and "save" can neither skip nor reuse a number.
class NumberSeries
{
public:
    enum class Kind { Invoice, CreditNote };
    static domain::Result<int> next(const QSqlDatabase &db, Kind kind, const QString &series,
                                    const QString &fiscalYear);
};

} // namespace clinic::storage
