#pragma once

#include "clinic/domain/appointment.h"
#include "clinic/domain/practitioner.h"
#include "clinic/storage/session.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QTimer>

#include <utility>
#include <QWidget>

namespace clinic::storage {
class Connection;
}

namespace clinic::ui {

/// The calendar grid: one day with a column per active practitioner (or per room), or a week with
/// a column per day (setColumns); 15-minute rows from 07:00 to
/// 21:00, the clinic's opening hours shaded, appointments coloured by practitioner and faded by
/// status (cancelled and no-show struck through), two bookings of one practitioner that overlap
/// flagged in red, and the current-time line on today. Keyboard: Left/Right (or Page Up/Down) day,
/// Home today, Up/Down move the selection through the day, status keys on the selection (see
/// statusRequested). Moving and resizing: drag an appointment (to another time or practitioner)
/// or its bottom edge, or Ctrl+Up/Down (15 minutes earlier/later), Ctrl+Left/Right (neighbouring
/// practitioner), Shift+Up/Down (15 minutes shorter/longer); the window applies them as undoable
/// commands (rescheduleRequested). Dragging over free slots books that range (rangeSelected).
/// Repaints by itself every minute.
/// Thread: the GUI thread; borrows the connection.
class DayCalendar : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kFirstHour = 7;
    static constexpr int kLastHour = 21;
    /// What the columns are.
    enum class Columns { Practitioners, Rooms, Week };

    DayCalendar(storage::Connection &connection, storage::Session session, QWidget *parent = nullptr);

    [[nodiscard]] QDate day() const { return m_day; }
    [[nodiscard]] Columns columns() const { return m_columnsKind; }
    /// The column headers, left to right.
    [[nodiscard]] QStringList columnLabels() const;
    [[nodiscard]] const QList<domain::Appointment> &appointments() const { return m_appointments; }
    [[nodiscard]] const QList<domain::Practitioner> &practitioners() const { return m_practitioners; }
    [[nodiscard]] qint64 selectedAppointment() const { return m_selected; }
    /// Where an appointment is drawn (empty when it is not on this day).
    [[nodiscard]] QRect rectFor(qint64 appointmentId) const;
    /// The appointment drawn at `point`, 0 for a free slot.
    [[nodiscard]] qint64 appointmentAt(const QPoint &point) const;
    /// The practitioner and start (clinic time, on the quarter hour) of the slot at `point`;
    /// practitioner 0 outside the grid.
    [[nodiscard]] std::pair<qint64, QDateTime> slotAt(const QPoint &point) const;
    /// Appointments that overlap another booking of the same practitioner (flagged in red).
    [[nodiscard]] bool isDoubleBooked(qint64 appointmentId) const { return m_doubleBooked.contains(appointmentId); }

    QSize sizeHint() const override;

public Q_SLOTS:
    void setDay(const QDate &day);
    void setColumns(Columns columns);
    /// The next or previous day, or week in the week view.
    void nextDay() { setDay(m_day.addDays(m_columnsKind == Columns::Week ? 7 : 1)); }
    void previousDay() { setDay(m_day.addDays(m_columnsKind == Columns::Week ? -7 : -1)); }
    void goToToday() { setDay(m_session.today()); }
    /// Reloads the day (local saves, rows changed by sync), keeping the selection.
    void reload();

Q_SIGNALS:
    void dayChanged(const QDate &day);
    void appointmentActivated(qint64 appointmentId);
    /// A status key on the selected appointment: A arrived, R in room, C completed, S no-show
    /// (N books), F confirmed, X or Delete cancel (the window asks for the reason).
    void statusRequested(qint64 appointmentId, clinic::domain::AppointmentStatus status);
    /// A free slot was double-clicked (or N pressed): book there.
    void slotActivated(qint64 practitionerId, const QDateTime &start);
    /// Free slots were dragged over: book from `start` to `end`.
    void rangeSelected(qint64 practitionerId, const QDateTime &start, const QDateTime &end);
    /// An appointment was dragged or moved/resized with the keyboard.
    void rescheduleRequested(qint64 appointmentId, qint64 practitionerId, const QDateTime &start, const QDateTime &end);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    /// One column of the grid: a practitioner's or a room's day, or one day of the week.
    struct Column
    {
        qint64 practitionerId = 0;  ///< Practitioners: whose column
        qint64 roomId = 0;          ///< Rooms: which room (0 = no room)
        QDate date;
        QString label;
    };
    [[nodiscard]] QRect columnRect(int column) const;
    [[nodiscard]] int yFor(const QTime &time) const;
    [[nodiscard]] int columnFor(const domain::Appointment &appointment) const;
    [[nodiscard]] int columnAtX(int x) const;
    [[nodiscard]] QRect rectIn(int column, const QDateTime &start, const QDateTime &end) const;
    [[nodiscard]] QColor colourOf(qint64 practitionerId) const;
    void selectNeighbour(int step);
    /// Ctrl/Shift + arrows on the selection; false when the key is not one of them.
    bool rescheduleByKey(QKeyEvent *event);
    [[nodiscard]] qint64 columnPractitioner(qint64 appointmentId) const;

    /// A drag in progress: the appointment moved or resized, or a range of free slots.
    struct Drag
    {
        enum class Kind { None, Move, Resize, Range } kind = Kind::None;
        qint64 id = 0;
        QPoint origin;
        qint64 practitionerId = 0;
        int column = -1;
        int originalColumn = -1;
        QDateTime originalStart, originalEnd;
        QDateTime start, end;
        bool changed = false;
    };
    Drag m_drag;

    storage::Connection &m_connection;
    storage::Session m_session;
    QDate m_day;
    Columns m_columnsKind = Columns::Practitioners;
    QList<Column> m_columns;
    QList<domain::Practitioner> m_practitioners;
    QList<domain::Appointment> m_appointments;  ///< sorted by start
    QHash<qint64, QString> m_patientNames;
    QSet<qint64> m_doubleBooked;
    qint64 m_selected = 0;
    QTimer m_minute{this};
};

} // namespace clinic::ui
