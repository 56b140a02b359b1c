#pragma once

#include <QString>

#include <optional>

namespace clinic::domain {

/// Life of an appointment: booked -> confirmed -> arrived -> in_room -> completed,
/// or no_show / cancelled (with reason, who and when).
enum class AppointmentStatus { Booked, Confirmed, Arrived, InRoom, Completed, NoShow, Cancelled };

QString appointmentStatusName(AppointmentStatus status);
std::optional<AppointmentStatus> appointmentStatusFromName(const QString &name);
/// Cancelled and no-show appointments do not occupy their slot (no overlap warning).
bool occupiesSlot(AppointmentStatus status);

} // namespace clinic::domain
