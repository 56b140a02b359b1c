#pragma once

#include "clinic/domain/appointment.h"
#include "clinic/domain/recurrence.h"
#include "clinic/storage/repository.h"

#include <QDate>
#include <QList>

#include <optional>

namespace clinic::storage {

/// Appointments: booking, moving, status changes, and the calendar's queries.
/// Days are days in the clinic's time zone (Session::timeZone); times are stored in UTC.
/// Thread: the connection's.
class AppointmentRepository : public Repository
{
public:
    using Repository::Repository;

    /// Books an appointment. Overlaps are not refused here (an admin may double-book on purpose);
    /// the UI asks overlapping() first and warns.
    domain::Result<domain::Appointment> create(domain::Appointment appointment);
    domain::Result<domain::Appointment> update(domain::Appointment appointment);
    /// Books `first` and its repetitions by `rule` in one transaction, all sharing a new
    /// seriesId. Overlaps are not refused here (as for create()); seriesOverlaps() tells first.
    domain::Result<QList<domain::Appointment>> createSeries(domain::Appointment first, const domain::Recurrence &rule);
    /// For each occurrence `first` + `rule` would create, what it collides with.
    domain::Result<QList<domain::Appointment>> seriesOverlaps(const domain::Appointment &first, const domain::Recurrence &rule) const;
    /// Applies the edit of `changed` (time shift, length, practitioner, room, service, notes) to
    /// it and to the later appointments of its series that are still booked or confirmed, in one
    /// transaction; returns how many changed. A single appointment is just updated.
    domain::Result<int> updateThisAndFollowing(const domain::Appointment &changed);
    /// What updateThisAndFollowing(changed) would save: `changed` first, then each later booked
    /// or confirmed occurrence of its series with the same edit applied. Writes nothing.
    domain::Result<QList<domain::Appointment>> planThisAndFollowing(const domain::Appointment &changed) const;
    /// Saves every appointment as given, all or none (one transaction); returns how many.
    domain::Result<int> updateAll(const QList<domain::Appointment> &appointments);
    /// Cancels `id` and the later booked or confirmed appointments of its series, with `reason`.
    domain::Result<int> cancelThisAndFollowing(qint64 id, const QString &reason);
    /// Moves the appointment along its status life; Arrived stamps the arrival time (for waiting
    /// time), Cancelled needs a reason and records who and when.
    domain::Result<domain::Appointment> setStatus(qint64 id, domain::AppointmentStatus status,
                                                  const QString &cancelReason = {});
    domain::Status remove(qint64 id);
    domain::Result<domain::Appointment> get(qint64 id) const;

    /// The appointments starting on `day` (clinic time zone), optionally of one practitioner or
    /// room, ordered by start time.
    domain::Result<QList<domain::Appointment>> forDay(const QDate &day,
                                                      std::optional<qint64> practitionerId = {},
                                                      std::optional<qint64> roomId = {}) const;
    /// Appointments starting in [from, to), e.g. a week view.
    domain::Result<QList<domain::Appointment>> forRange(const QDateTime &from, const QDateTime &to,
                                                        std::optional<qint64> practitionerId = {},
                                                        std::optional<qint64> roomId = {}) const;
    /// Live, slot-occupying appointments of the same practitioner or room that overlap
    /// `appointment` (itself excluded): what a booking would collide with.
    domain::Result<QList<domain::Appointment>> overlapping(const domain::Appointment &appointment) const;
    domain::Result<QList<domain::Appointment>> forPatient(qint64 patientId) const;

private:
    domain::Status checkReferences(const domain::Appointment &appointment) const;
};

} // namespace clinic::storage
