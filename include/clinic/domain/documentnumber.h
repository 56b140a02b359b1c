#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace clinic::domain {

/// Numbering of invoices and credit notes: each device issues from its own series (e.g. "FD" for
/// the front desk, "DR" for the doctor's laptop), sequential and gap-free per fiscal year.
///
/// The printed form follows a pattern (setting `billing.numberFormat`) made of literal
/// characters (A-Z, a-z, 0-9, '/', '-', '.', '_') and the tokens
///   {series}    the series, e.g. FD
///   {fy}        the fiscal year as stored: 2026, or 2026-27 for a year starting in April
///   {fy4}       the fiscal year in four digits: 2026, or 2627
///   {number:N}  the sequence number zero-padded to N digits (1..6); exactly once
/// The default "{series}-{fy4}-{number:6}" prints FD-2627-000123. The width also caps the series:
/// {number:5} allows 99,999 documents per fiscal year (capacity()). Every printed number must fit
/// 16 characters (India's GST rule), checked for the widest fiscal year and the largest number.
class DocumentNumber
{
public:
    static constexpr int kMaxLength = 16;
    static constexpr int kMaxNumber = 999999;
    static inline const QString kDefaultPattern = QStringLiteral("{series}-{fy4}-{number:6}");

    /// Fiscal year containing `date` for a year that starts on the 1st of `startMonth` (1..12):
    /// "2026" when startMonth is 1, else "2026-27".
    static QString fiscalYear(const QDate &date, int startMonth);
    /// The printed number; `pattern` must have passed patternError().
    static QString format(const QString &pattern, const QString &series, const QString &fiscalYear, int number);
    static QString format(const QString &series, const QString &fiscalYear, int number)
    {
        return format(kDefaultPattern, series, fiscalYear, number);
    }
    /// Why `pattern` cannot number documents of `series` (a sentence for the user), or nothing.
    static std::optional<QString> patternError(const QString &pattern, const QString &series);
    /// The largest number `pattern` can print (10^width - 1); 0 when it has no number.
    static int capacity(const QString &pattern);
    /// A series is 1 to 4 characters A-Z / 0-9.
    static bool isValidSeries(const QString &series);
};

/// How one device numbers one kind of document: its series, the month its fiscal year starts
/// (4 = April for India, 1 = January for Spain) and the printed pattern.
struct NumberingRule
{
    QString series;
    int fiscalYearStartMonth = 1;
    QString pattern = DocumentNumber::kDefaultPattern;
};

} // namespace clinic::domain
