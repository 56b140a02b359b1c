#pragma once

#include "clinic/domain/appointmentstatus.h"
#include "clinic/domain/recordmeta.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace clinic::domain {

/// A booked slot of a practitioner (and optionally a room) for a patient. Times are UTC.
struct Appointment
{
    RecordMeta meta;
    qint64 patientId = 0;
    qint64 practitionerId = 0;
    std::optional<qint64> roomId;
    std::optional<qint64> serviceId;
    QDateTime startAt;
    QDateTime endAt;
    AppointmentStatus status = AppointmentStatus::Booked;
    std::optional<QDateTime> arrivedAt;     ///< for the waiting time on the day list
    QString cancelReason;
    std::optional<qint64> cancelledBy;      ///< user id
    std::optional<QDateTime> cancelledAt;
    QString notes;
    QString seriesId;                       ///< recurring series identifier, empty if single
};

} // namespace clinic::domain
