#include "clinic/ui/appointmentmovecommand.h"

#include "clinic/storage/appointmentrepository.h"

#include <QCoreApplication>
#include <QLocale>

namespace clinic::ui {

AppointmentMoveCommand::AppointmentMoveCommand(storage::Connection &connection, storage::Session session, qint64 appointmentId,
                                               qint64 practitionerId, QDateTime start, QDateTime end, QString *errorSink)
    : m_connection(connection), m_session(std::move(session)), m_id(appointmentId), m_practitionerId(practitionerId),
      m_start(std::move(start)), m_end(std::move(end)), m_errorSink(errorSink)
{
    setText(QCoreApplication::translate("clinic::ui::AppointmentMoveCommand", "move the appointment"));
}

void AppointmentMoveCommand::redo()
{
    storage::AppointmentRepository repository(m_connection, m_session);
    const auto fail = [this](const QString &why) {
        if (m_errorSink)
            *m_errorSink = why;
        setObsolete(true);
        m_errorSink = nullptr;
    };
    if (!m_before) {
        const auto current = repository.get(m_id);
        if (!current)
            return fail(current.error().message());
        m_before = current.value();
    }
    domain::Appointment moved = *m_before;
    moved.practitionerId = m_practitionerId;
    moved.startAt = m_start.toUTC();
    moved.endAt = m_end.toUTC();
    if (m_firstRedo) {  // a redo after undo restores what was accepted the first time
        const auto overlaps = repository.overlapping(moved);
        if (overlaps && !overlaps.value().isEmpty() && m_session.role != domain::Role::Admin)
            return fail(QCoreApplication::translate("clinic::ui::AppointmentMoveCommand",
                                                    "That time collides with another booking at %1; the appointment was not moved.")
                            .arg(QLocale().toString(overlaps.value().first().startAt.toTimeZone(m_session.timeZone).time(), QLocale::ShortFormat)));
    }
    if (const auto saved = repository.update(moved); !saved)
        return fail(saved.error().message());
    m_firstRedo = false;
    m_errorSink = nullptr;  // the caller's string is gone after push()
}

void AppointmentMoveCommand::undo()
{
    if (m_before)
        (void)storage::AppointmentRepository(m_connection, m_session).update(*m_before);
}

} // namespace clinic::ui
