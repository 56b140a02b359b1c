#pragma once

#include "clinic/domain/appointment.h"
#include "clinic/storage/session.h"

#include <QUndoCommand>

namespace clinic::storage {
class Connection;
}

namespace clinic::ui {

/// An undoable status change (arrived, in room, completed, no-show, confirmed, cancelled with a
/// reason). Undo puts the appointment back exactly as it was (arrival time, cancellation fields);
/// each step is a normal repository save, so it is captured for sync and audited like any edit.
/// A step the repository refuses makes the command obsolete, so QUndoStack::push() deletes it
/// at once: its reason goes to `errorSink` (owned by the caller, read right after push()).
/// Thread: the GUI thread; borrows the connection.
class AppointmentStatusCommand : public QUndoCommand
{
public:
    AppointmentStatusCommand(storage::Connection &connection, storage::Session session, qint64 appointmentId,
                             domain::AppointmentStatus status, QString cancelReason = {}, QString *errorSink = nullptr);

    void redo() override;
    void undo() override;

private:
    storage::Connection &m_connection;
    storage::Session m_session;
    qint64 m_id;
    domain::AppointmentStatus m_status;
    QString m_reason;
    std::optional<domain::Appointment> m_before;
    QString *m_errorSink;  ///< not owned; only written during the first redo()
};

} // namespace clinic::ui
