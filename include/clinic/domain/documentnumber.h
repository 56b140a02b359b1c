#pragma once

#include <QDate>
#include <QString>

namespace clinic::domain {

/// Numbering of invoices and credit notes: each device issues from its own series (e.g. "FD" for
/// the front desk, "DR" for the doctor's laptop), sequential and gap-free per fiscal year.
/// Printed form: SERIES-YYYY-NNNNNN (calendar fiscal year) or SERIES-YYZZ-NNNNNN (a fiscal year
/// that starts in another month, e.g. 2026-27 as "2627"); at most 16 characters.
class DocumentNumber
{
public:
    /// Fiscal year containing `date` for a year that starts on the 1st of `startMonth` (1..12):
    /// "2026" when startMonth is 1, else "2026-27".
    static QString fiscalYear(const QDate &date, int startMonth);
    static QString format(const QString &series, const QString &fiscalYear, int number);
    /// A series is 1 to 4 characters A-Z / 0-9.
    static bool isValidSeries(const QString &series);
    static constexpr int kMaxLength = 16;
};

} // namespace clinic::domain
