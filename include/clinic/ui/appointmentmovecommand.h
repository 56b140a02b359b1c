#pragma once

#include "clinic/domain/appointment.h"
#include "clinic/storage/session.h"

#include <QDateTime>
#include <QList>
#include <QUndoCommand>

namespace clinic::storage {
class Connection;
}

namespace clinic::ui {

/// An undoable move or resize of an appointment (new start, end and practitioner), from a drag
/// in the calendar or the keyboard; with Scope::ThisAndFollowing the same shift (in clinic time)
/// and practitioner also apply to the later booked or confirmed appointments of its series.
/// Undo puts back the times, practitioner, room, service and notes each moved appointment had,
/// leaving its other fields (e.g. a status changed since, here or through sync) alone; all the
/// appointments of one command change in one transaction. A move the repository refuses, or one
/// where any moved appointment collides with another booking when the user is not an
/// administrator, changes nothing and makes the command obsolete (QUndoStack::push() deletes it);
/// the reason goes to `errorSink` (owned by the caller, read right after push()).
/// Thread: the GUI thread; borrows the connection.
class AppointmentMoveCommand : public QUndoCommand
{
public:
    enum class Scope { ThisOne, ThisAndFollowing };

    AppointmentMoveCommand(storage::Connection &connection, storage::Session session, qint64 appointmentId, qint64 practitionerId,
                           QDateTime start, QDateTime end, QString *errorSink = nullptr, Scope scope = Scope::ThisOne);

    void redo() override;
    void undo() override;

    /// How many appointments the command moved (0 before the first redo or when refused).
    [[nodiscard]] int movedCount() const { return int(m_after.size()); }

private:
    void fail(const QString &why);
    /// Gives each listed appointment, as stored now, the placement fields of its entry.
    void restorePlacement(const QList<domain::Appointment> &placements);

    storage::Connection &m_connection;
    storage::Session m_session;
    qint64 m_id;
    qint64 m_practitionerId;
    QDateTime m_start;
    QDateTime m_end;
    Scope m_scope;
    QList<domain::Appointment> m_before;  ///< the moved appointments as they were
    QList<domain::Appointment> m_after;   ///< and as the first redo saved them
    QString *m_errorSink;  ///< not owned; only written during the first redo()
};

} // namespace clinic::ui
