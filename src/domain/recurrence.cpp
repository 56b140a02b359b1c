#include "clinic/domain/recurrence.h"

#include <QCoreApplication>

namespace clinic::domain {

std::optional<QString> Recurrence::error(const QDate &firstDay) const
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("Recurrence", text); };
    if (intervalDays < 1 || intervalDays > 365)
        return tr("Repeat every 1 to 365 days.");
    if (count) {
        if (*count < 2 || *count > kMaxOccurrences)
            return tr("A series has 2 to %1 appointments.").arg(kMaxOccurrences);
        return std::nullopt;
    }
    if (!until.isValid())
        return tr("Give the number of appointments or the last day.");
    if (until <= firstDay)
        return tr("The last day must be after the first appointment.");
    if (firstDay.daysTo(until) / intervalDays + 1 > kMaxOccurrences)
        return tr("That would be more than %1 appointments; choose an earlier last day.").arg(kMaxOccurrences);
    return std::nullopt;
}

QList<QDateTime> Recurrence::starts(const QDateTime &first, const QTimeZone &zone) const
{
    const QDateTime local = first.toTimeZone(zone);
    QList<QDateTime> list;
    for (int k = 0; k < kMaxOccurrences; ++k) {
        const QDate day = local.date().addDays(qint64(k) * intervalDays);
        if (count ? k >= *count : day > until)
            break;
        list << QDateTime(day, local.time(), zone).toUTC();
    }
    return list;
}

} // namespace clinic::domain
