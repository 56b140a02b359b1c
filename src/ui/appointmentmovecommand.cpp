#include "clinic/ui/appointmentmovecommand.h"

#include "clinic/storage/appointmentrepository.h"

#include <QCoreApplication>
#include <QSet>
#include <QLocale>

namespace clinic::ui {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("clinic::ui::AppointmentMoveCommand", text);
}
} // namespace

AppointmentMoveCommand::AppointmentMoveCommand(storage::Connection &connection, storage::Session session, qint64 appointmentId,
                                               qint64 practitionerId, QDateTime start, QDateTime end, QString *errorSink, Scope scope)
    : m_connection(connection), m_session(std::move(session)), m_id(appointmentId), m_practitionerId(practitionerId),
      m_start(std::move(start)), m_end(std::move(end)), m_scope(scope), m_errorSink(errorSink)
{
    setText(scope == Scope::ThisOne ? tr("move the appointment") : tr("move the appointments of the series"));
}

void AppointmentMoveCommand::fail(const QString &why)
{
    if (m_errorSink)
        *m_errorSink = why;
    m_errorSink = nullptr;
    m_before.clear();
    m_after.clear();
    setObsolete(true);
}

void AppointmentMoveCommand::redo()
{
    if (!m_after.isEmpty()) {  // a redo after undo restores what was accepted the first time
        restorePlacement(m_after);
        return;
    }
    storage::AppointmentRepository repository(m_connection, m_session);
    const auto current = repository.get(m_id);
    if (!current)
        return fail(current.error().message());
    domain::Appointment moved = current.value();
    moved.practitionerId = m_practitionerId;
    moved.startAt = m_start.toUTC();
    moved.endAt = m_end.toUTC();
    const auto plan = m_scope == Scope::ThisOne ? domain::Result<QList<domain::Appointment>>(QList<domain::Appointment>{moved})
                                                : repository.planThisAndFollowing(moved);
    if (!plan)
        return fail(plan.error().message());
    QSet<qint64> movedIds;
    for (const domain::Appointment &appointment : plan.value())
        movedIds.insert(appointment.meta.id);
    if (m_session.role != domain::Role::Admin) {
        for (const domain::Appointment &appointment : plan.value()) {
            const auto overlaps = repository.overlapping(appointment);
            if (!overlaps)
                return fail(overlaps.error().message());
            for (const domain::Appointment &other : overlaps.value()) {
                if (movedIds.contains(other.meta.id))
                    continue;  // moves along with this one
                const QDateTime at = other.startAt.toTimeZone(m_session.timeZone);
                return fail(tr("That time collides with another booking on %1 at %2; nothing was moved.")
                                .arg(QLocale().toString(at.date(), QLocale::ShortFormat), QLocale().toString(at.time(), QLocale::ShortFormat)));
            }
        }
    }
    QList<domain::Appointment> before;
    for (const domain::Appointment &appointment : plan.value()) {
        const auto stored = repository.get(appointment.meta.id);
        if (!stored)
            return fail(stored.error().message());
        before << stored.value();
    }
    if (const auto saved = repository.updateAll(plan.value()); !saved)
        return fail(saved.error().message());
    m_before = before;
    m_after = plan.value();
    m_errorSink = nullptr;  // the caller's string is gone after push()
}

void AppointmentMoveCommand::undo()
{
    restorePlacement(m_before);
}

void AppointmentMoveCommand::restorePlacement(const QList<domain::Appointment> &placements)
{
    storage::AppointmentRepository repository(m_connection, m_session);
    QList<domain::Appointment> changed;
    for (const domain::Appointment &placement : placements) {
        auto current = repository.get(placement.meta.id);
        if (!current)
            continue;  // deleted since (here or through sync): nothing to put back
        domain::Appointment appointment = current.value();
        appointment.startAt = placement.startAt;
        appointment.endAt = placement.endAt;
        appointment.practitionerId = placement.practitionerId;
        appointment.roomId = placement.roomId;
        appointment.serviceId = placement.serviceId;
        appointment.notes = placement.notes;
        changed << appointment;
    }
    (void)repository.updateAll(changed);
}

} // namespace clinic::ui
