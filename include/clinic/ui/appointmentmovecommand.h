#pragma once

#include "clinic/domain/appointment.h"
#include "clinic/storage/session.h"

#include <QDateTime>
#include <QUndoCommand>

#include <optional>

namespace clinic::storage {
class Connection;
}

namespace clinic::ui {

/// An undoable move or resize of an appointment (new start, end and practitioner), from a drag
/// in the calendar or the keyboard. Undo restores the previous times and practitioner. A move
/// the repository refuses, or one that collides with another booking when the user is not an
/// administrator, makes the command obsolete (QUndoStack::push() deletes it); the reason goes
/// to `errorSink` (owned by the caller, read right after push()). Thread: the GUI thread.
class AppointmentMoveCommand : public QUndoCommand
{
public:
    AppointmentMoveCommand(storage::Connection &connection, storage::Session session, qint64 appointmentId, qint64 practitionerId,
                           QDateTime start, QDateTime end, QString *errorSink = nullptr);

    void redo() override;
    void undo() override;

private:
    storage::Connection &m_connection;
    storage::Session m_session;
    qint64 m_id;
    qint64 m_practitionerId;
    QDateTime m_start;
    QDateTime m_end;
    std::optional<domain::Appointment> m_before;
    bool m_firstRedo = true;  ///< collisions are checked when the move is made, not on redo
    QString *m_errorSink;  ///< not owned; only written during the first redo()
};

} // namespace clinic::ui
