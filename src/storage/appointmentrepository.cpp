#include "clinic/storage/appointmentrepository.h"

#include "clinic/domain/validator.h"
#include "recordtable.h"

#include <QUuid>

#include <QTimeZone>

namespace clinic::storage {
namespace {

using domain::Appointment;
using domain::AppointmentStatus;

constexpr qint64 kMaxDurationMs = 24LL * 3600 * 1000;  // Validator refuses longer appointments

const QStringList kColumns{
    QStringLiteral("patient_id"), QStringLiteral("practitioner_id"), QStringLiteral("room_id"),
    QStringLiteral("service_id"), QStringLiteral("start_at"), QStringLiteral("end_at"),
    QStringLiteral("status"), QStringLiteral("arrived_at"), QStringLiteral("cancel_reason"),
    QStringLiteral("cancelled_by"), QStringLiteral("cancelled_at"), QStringLiteral("notes"),
    QStringLiteral("series_id")};

void bind(QSqlQuery &q, const Appointment &a)
{
    q.bindValue(QStringLiteral(":patient_id"), a.patientId);
    q.bindValue(QStringLiteral(":practitioner_id"), a.practitionerId);
    q.bindValue(QStringLiteral(":room_id"), sql::idOrNull(a.roomId));
    q.bindValue(QStringLiteral(":service_id"), sql::idOrNull(a.serviceId));
    q.bindValue(QStringLiteral(":start_at"), sql::msOrNull(a.startAt));
    q.bindValue(QStringLiteral(":end_at"), sql::msOrNull(a.endAt));
    q.bindValue(QStringLiteral(":status"), domain::appointmentStatusName(a.status));
    q.bindValue(QStringLiteral(":arrived_at"), sql::msOrNull(a.arrivedAt));
    q.bindValue(QStringLiteral(":cancel_reason"), sql::text(a.cancelReason.trimmed()));
    q.bindValue(QStringLiteral(":cancelled_by"), sql::idOrNull(a.cancelledBy));
    q.bindValue(QStringLiteral(":cancelled_at"), sql::msOrNull(a.cancelledAt));
    q.bindValue(QStringLiteral(":notes"), sql::text(a.notes));
    q.bindValue(QStringLiteral(":series_id"), sql::text(a.seriesId));
}

Appointment read(const QSqlQuery &q)
{
    Appointment a;
    a.meta = sql::readMeta(q);
    a.patientId = q.value(QStringLiteral("patient_id")).toLongLong();
    a.practitionerId = q.value(QStringLiteral("practitioner_id")).toLongLong();
    a.roomId = sql::optionalId(q.value(QStringLiteral("room_id")));
    a.serviceId = sql::optionalId(q.value(QStringLiteral("service_id")));
    a.startAt = sql::time(q.value(QStringLiteral("start_at")));
    a.endAt = sql::time(q.value(QStringLiteral("end_at")));
    a.status = domain::appointmentStatusFromName(q.value(QStringLiteral("status")).toString())
                   .value_or(AppointmentStatus::Booked);
    a.arrivedAt = sql::optionalTime(q.value(QStringLiteral("arrived_at")));
    a.cancelReason = q.value(QStringLiteral("cancel_reason")).toString();
    a.cancelledBy = sql::optionalId(q.value(QStringLiteral("cancelled_by")));
    a.cancelledAt = sql::optionalTime(q.value(QStringLiteral("cancelled_at")));
    a.notes = q.value(QStringLiteral("notes")).toString();
    a.seriesId = q.value(QStringLiteral("series_id")).toString();
    return a;
}

const TableMapping<Appointment> kMapping{QStringLiteral("appointments"), QStringLiteral("appointment"),
                                         kColumns, &bind, &read};

} // namespace

domain::Status AppointmentRepository::checkReferences(const Appointment &a) const
{
    QList<domain::FieldError> errors;
    const auto check = [&](const char *table, qint64 id, const char *field, const char *what) {
        if (!requireLive(QLatin1String(table), id, tr(what)))
            errors.append({QLatin1String(field), tr("The %1 does not exist.").arg(tr(what))});
    };
    check("patients", a.patientId, "patientId", "patient");
    check("practitioners", a.practitionerId, "practitionerId", "practitioner");
    if (a.roomId)
        check("rooms", *a.roomId, "roomId", "room");
    if (a.serviceId)
        check("services", *a.serviceId, "serviceId", "service");
    if (!errors.isEmpty())
        return domain::Error::validation(errors);
    return {};
}

domain::Result<Appointment> AppointmentRepository::create(Appointment appointment)
{
    if (const auto errors = domain::Validator::validate(appointment); !errors.isEmpty())
        return domain::Error::validation(errors);
    if (auto refs = checkReferences(appointment); !refs)
        return refs.error();
    return insertInTransaction(connection(), kMapping, session().userId, std::move(appointment), nowMs());
}

domain::Result<QList<Appointment>> AppointmentRepository::createSeries(Appointment first, const domain::Recurrence &rule)
{
    if (const auto invalid = rule.error(first.startAt.toTimeZone(session().timeZone).date()))
        return domain::Error::validation(QStringLiteral("recurrence"), *invalid);
    const qint64 length = first.startAt.secsTo(first.endAt);
    first.seriesId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    WriteTransaction tx(connection(), session().userId);
    if (!tx.isActive())
        return tx.error();
    QList<Appointment> created;
    for (const QDateTime &start : rule.starts(first.startAt, session().timeZone)) {
        Appointment occurrence = first;
        occurrence.startAt = start;
        occurrence.endAt = start.addSecs(length);
        auto saved = create(std::move(occurrence));  // nested: a savepoint in this transaction
        if (!saved)
            return saved.error();
        created << std::move(saved).value();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return created;
}

domain::Result<QList<Appointment>> AppointmentRepository::seriesOverlaps(const Appointment &first, const domain::Recurrence &rule) const
{
    QList<Appointment> collisions;
    const qint64 length = first.startAt.secsTo(first.endAt);
    for (const QDateTime &start : rule.starts(first.startAt, session().timeZone)) {
        Appointment occurrence = first;
        occurrence.startAt = start;
        occurrence.endAt = start.addSecs(length);
        const auto found = overlapping(occurrence);
        if (!found)
            return found.error();
        collisions << found.value();
    }
    return collisions;
}

namespace {
/// The later occurrences of `seriesId` from `from` on that are still to happen.
QList<Appointment> followingInSeries(const RecordTable<Appointment> &table, const QString &seriesId, const QDateTime &from, qint64 exceptId)
{
    const auto rows = table.select(QStringLiteral("series_id = ? AND start_at > ? AND id <> ? AND deleted_at IS NULL AND status IN ('booked', 'confirmed')"),
                                   {seriesId, from.toMSecsSinceEpoch(), exceptId}, QStringLiteral("start_at"));
    return rows ? rows.value() : QList<Appointment>{};
}
} // namespace

domain::Result<QList<Appointment>> AppointmentRepository::planThisAndFollowing(const Appointment &changed) const
{
    const auto before = get(changed.meta.id);
    if (!before)
        return before.error();
    QList<Appointment> plan{changed};
    if (before.value().seriesId.isEmpty())
        return plan;
    // The same move in clinic time (a 10:00 session moved to 11:30 stays at 11:30 across DST).
    const QDateTime oldLocal = before.value().startAt.toTimeZone(session().timeZone);
    const QDateTime newLocal = changed.startAt.toTimeZone(session().timeZone);
    const qint64 dayShift = oldLocal.date().daysTo(newLocal.date());
    const qint64 length = changed.startAt.secsTo(changed.endAt);
    RecordTable<Appointment> table(connection(), kMapping);
    for (Appointment next : followingInSeries(table, before.value().seriesId, before.value().startAt, changed.meta.id)) {
        const QDate day = next.startAt.toTimeZone(session().timeZone).date().addDays(dayShift);
        next.startAt = QDateTime(day, newLocal.time(), session().timeZone).toUTC();
        next.endAt = next.startAt.addSecs(length);
        next.practitionerId = changed.practitionerId;
        next.roomId = changed.roomId;
        next.serviceId = changed.serviceId;
        next.notes = changed.notes;
        plan << next;
    }
    return plan;
}

domain::Result<int> AppointmentRepository::updateAll(const QList<Appointment> &appointments)
{
    WriteTransaction tx(connection(), session().userId);
    if (!tx.isActive())
        return tx.error();
    for (const Appointment &appointment : appointments) {
        if (auto saved = update(appointment); !saved)
            return saved.error();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return int(appointments.size());
}

domain::Result<int> AppointmentRepository::updateThisAndFollowing(const Appointment &changed)
{
    const auto plan = planThisAndFollowing(changed);
    if (!plan)
        return plan.error();
    return updateAll(plan.value());
}

domain::Result<int> AppointmentRepository::cancelThisAndFollowing(qint64 id, const QString &reason)
{
    const auto first = get(id);
    if (!first)
        return first.error();
    WriteTransaction tx(connection(), session().userId);
    if (!tx.isActive())
        return tx.error();
    if (auto cancelled = setStatus(id, AppointmentStatus::Cancelled, reason); !cancelled)
        return cancelled.error();
    int count = 1;
    if (!first.value().seriesId.isEmpty()) {
        RecordTable<Appointment> table(connection(), kMapping);
        for (const Appointment &next : followingInSeries(table, first.value().seriesId, first.value().startAt, id)) {
            if (auto cancelled = setStatus(next.meta.id, AppointmentStatus::Cancelled, reason); !cancelled)
                return cancelled.error();
            ++count;
        }
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return count;
}

domain::Result<Appointment> AppointmentRepository::update(Appointment appointment)
{
    if (const auto errors = domain::Validator::validate(appointment); !errors.isEmpty())
        return domain::Error::validation(errors);
    if (auto refs = checkReferences(appointment); !refs)
        return refs.error();
    return updateInTransaction(connection(), kMapping, session().userId, appointment, nowMs());
}

domain::Result<Appointment> AppointmentRepository::setStatus(qint64 id, AppointmentStatus status,
                                                             const QString &cancelReason)
{
    auto current = get(id);
    if (!current)
        return current;
    Appointment a = std::move(current).value();
    const QDateTime now = session().clock->now();
    a.status = status;
    if (status == AppointmentStatus::Arrived && !a.arrivedAt)
        a.arrivedAt = now;
    if (status == AppointmentStatus::Cancelled) {
        a.cancelReason = cancelReason;
        a.cancelledBy = session().userId;
        a.cancelledAt = now;
    } else {
        a.cancelReason.clear();
        a.cancelledBy.reset();
        a.cancelledAt.reset();
    }
    if (status == AppointmentStatus::Booked || status == AppointmentStatus::Confirmed)
        a.arrivedAt.reset();
    return update(std::move(a));
}

domain::Status AppointmentRepository::remove(qint64 id)
{
    return softDelete(kMapping.table, id);
}

domain::Result<Appointment> AppointmentRepository::get(qint64 id) const
{
    return RecordTable<Appointment>(connection(), kMapping).get(id);
}

domain::Result<QList<Appointment>> AppointmentRepository::forDay(const QDate &day,
                                                                 std::optional<qint64> practitionerId,
                                                                 std::optional<qint64> roomId) const
{
    const QDateTime from(day, QTime(0, 0), session().timeZone);
    const QDateTime to(day.addDays(1), QTime(0, 0), session().timeZone);
    return forRange(from, to, practitionerId, roomId);
}

domain::Result<QList<Appointment>> AppointmentRepository::forRange(const QDateTime &from,
                                                                   const QDateTime &to,
                                                                   std::optional<qint64> practitionerId,
                                                                   std::optional<qint64> roomId) const
{
    QString where = QStringLiteral("deleted_at IS NULL AND start_at >= ? AND start_at < ?");
    QVariantList values{from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch()};
    if (practitionerId) {
        where += QStringLiteral(" AND practitioner_id = ?");
        values << *practitionerId;
    }
    if (roomId) {
        where += QStringLiteral(" AND room_id = ?");
        values << *roomId;
    }
    return RecordTable<Appointment>(connection(), kMapping)
        .select(where, values, QStringLiteral("start_at, practitioner_id, id"));
}

domain::Result<QList<Appointment>> AppointmentRepository::overlapping(const Appointment &a) const
{
    if (!a.startAt.isValid() || !a.endAt.isValid())
        return QList<Appointment>{};
    const qint64 start = a.startAt.toMSecsSinceEpoch();
    const qint64 end = a.endAt.toMSecsSinceEpoch();
    // start_at >= start - max duration lets the start_at index bound the scan.
    return RecordTable<Appointment>(connection(), kMapping)
        .select(QStringLiteral("deleted_at IS NULL AND id <> ? AND start_at >= ? AND start_at < ? "
                               "AND end_at > ? AND status NOT IN ('cancelled', 'no_show') "
                               "AND (practitioner_id = ? OR (room_id IS NOT NULL AND room_id IS ?))"),
                {a.meta.id, start - kMaxDurationMs, end, start, a.practitionerId, sql::idOrNull(a.roomId)},
                QStringLiteral("start_at, id"));
}

domain::Result<QList<Appointment>> AppointmentRepository::forPatient(qint64 patientId) const
{
    return RecordTable<Appointment>(connection(), kMapping)
        .select(QStringLiteral("deleted_at IS NULL AND patient_id = ?"), {patientId},
                QStringLiteral("start_at DESC, id"));
}

} // namespace clinic::storage
