#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace clinic::domain {

/// How a recurring appointment repeats: every `intervalDays` days (7 = weekly), either `count`
/// times in all or until `until` (inclusive). The clock time stays the same in the clinic's time
/// zone across daylight-saving changes (a 10:00 session stays at 10:00).
struct Recurrence
{
    int intervalDays = 7;
    std::optional<int> count;  ///< occurrences including the first
    QDate until;               ///< last possible day, when count is not given

    static constexpr int kMaxOccurrences = 104;  ///< two years of weekly sessions

    /// Why this rule cannot be used (a sentence for the user), or nothing.
    [[nodiscard]] std::optional<QString> error(const QDate &firstDay) const;
    /// The starts of every occurrence, the first one included; `first` in any zone.
    [[nodiscard]] QList<QDateTime> starts(const QDateTime &first, const QTimeZone &zone) const;
};

} // namespace clinic::domain
