#pragma once

#include "clinic/storage/session.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace clinic::storage {
class Connection;
}

namespace clinic::ui {

class DayCalendar;

/// The Calendar page: the day grid in a scroll area under a bar with previous / today / next and
/// the date shown. Thread: the GUI thread.
class CalendarView : public QWidget
{
    Q_OBJECT
public:
    CalendarView(storage::Connection &connection, storage::Session session, QWidget *parent = nullptr);

    [[nodiscard]] DayCalendar *calendar() const { return m_calendar; }
    [[nodiscard]] QString dateText() const;
    /// Day by practitioner, day by room, or week.
    [[nodiscard]] QComboBox *columnsChoice() const { return m_layout; }

private:
    DayCalendar *m_calendar;
    QLabel *m_date;
    QComboBox *m_layout = nullptr;
};

} // namespace clinic::ui
