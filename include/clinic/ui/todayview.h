#pragma once

#include "clinic/domain/appointmentstatus.h"
#include "clinic/storage/session.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QUndoStack;

namespace clinic::storage {
class Connection;
}

namespace clinic::ui {

class TodayModel;

/// Today for the front desk: the day's list with one-key status changes on the selected row
/// (A arrived, R in room, C completed, N no-show, F confirmed; P takes payment); waiting times
/// tick every 30 s. Quick check-in: typing a name, phone or file number in the box above the list
/// shows only the matching appointments; Enter checks in the one that is still to come (several:
/// the cursor goes to the list to choose; none: it says so). Thread: the GUI thread.
class TodayView : public QWidget
{
    Q_OBJECT
public:
    /// Status changes go through `undo` (not owned; shared with the rest of the window).
    TodayView(storage::Connection &connection, storage::Session session, QUndoStack &undo, QWidget *parent = nullptr);

    [[nodiscard]] TodayModel *model() const { return m_model; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] QString message() const;
    [[nodiscard]] QLineEdit *checkInBox() const { return m_find; }

public Q_SLOTS:
    /// Reloads the day, keeping the selected appointment selected.
    void refresh();
    /// Moves the selected appointment to `status` through the undo stack (whose index change tells
    /// the window to refresh and sync); a refused change is explained under the list.
    void setSelectedStatus(domain::AppointmentStatus status);
    /// Enter in the check-in box (see the class comment).
    void checkInFound();

Q_SIGNALS:
    /// P on an appointment: invoice it and take the payment (the window runs the checkout).
    void checkoutRequested(qint64 appointmentId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    storage::Connection &m_connection;
    storage::Session m_session;
    QUndoStack &m_undo;
    TodayModel *m_model;
    /// Shows only the rows `text` finds and selects the first of them.
    void filter(const QString &text);

    QLineEdit *m_find;
    QTableView *m_table;
    QLabel *m_message;
    QTimer m_tick{this};
};

} // namespace clinic::ui
