#pragma once
// Private: gap-free document numbers per (series, fiscal year), and the head of each series'
// document chain.

#include "clinic/domain/documentnumber.h"
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
    /// A rule that cannot number documents gives a validation error naming the field.
    static domain::Status check(const domain::NumberingRule &rule);
    /// The next number; refused when it would exceed the pattern's capacity.
    static domain::Result<int> next(const QSqlDatabase &db, Kind kind, const domain::NumberingRule &rule,
                                    const QString &fiscalYear);
    /// The chain hash of the last issued document of `series` ("" when it has none yet).
    static domain::Result<QString> lastHash(const QSqlDatabase &db, Kind kind, const QString &series);
    static QString kindName(Kind kind);
    static QString tableOf(Kind kind);
};

} // namespace clinic::storage
