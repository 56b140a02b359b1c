#include "clinic/ui/appointmentstatuscommand.h"

#include "clinic/storage/appointmentrepository.h"

#include <QCoreApplication>

namespace clinic::ui {

AppointmentStatusCommand::AppointmentStatusCommand(storage::Connection &connection, storage::Session session, qint64 appointmentId,
                                                   domain::AppointmentStatus status, QString cancelReason, QString *errorSink)
    : m_connection(connection),
      m_session(std::move(session)),
      m_id(appointmentId),
      m_status(status),
      m_reason(std::move(cancelReason)),
      m_errorSink(errorSink)
{
    setText(QCoreApplication::translate("clinic::ui::AppointmentStatusCommand", "mark as %1").arg(domain::appointmentStatusName(status)));
}

void AppointmentStatusCommand::redo()
{
    storage::AppointmentRepository repository(m_connection, m_session);
    if (!m_before) {
        const auto current = repository.get(m_id);
        if (!current) {
            if (m_errorSink)
                *m_errorSink = current.error().message();
            setObsolete(true);
            return;
        }
        m_before = current.value();
    }
    const auto saved = repository.setStatus(m_id, m_status, m_reason);
    if (!saved) {
        if (m_errorSink)
            *m_errorSink = saved.error().message();
        setObsolete(true);
    }
    m_errorSink = nullptr;  // the caller's string is gone after push()
}

void AppointmentStatusCommand::undo()
{
    if (!m_before)
        return;
    // Best effort: the row was changed by this desk a moment ago; an error here (e.g. the
    // appointment was deleted meanwhile by another desk) leaves it as it is.
    (void)storage::AppointmentRepository(m_connection, m_session).update(*m_before);
}

} // namespace clinic::ui
