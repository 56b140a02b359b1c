#include "clinic/ui/calendarview.h"

#include "clinic/ui/daycalendar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace clinic::ui {

CalendarView::CalendarView(storage::Connection &connection, storage::Session session, QWidget *parent)
    : QWidget(parent), m_calendar(new DayCalendar(connection, std::move(session), this)), m_date(new QLabel(this))
{
    setObjectName(QStringLiteral("calendarView"));
    auto *previous = new QPushButton(tr("\u25c0 &Previous"), this);
    auto *today = new QPushButton(tr("T&oday"), this);
    auto *next = new QPushButton(tr("&Next \u25b6"), this);
    m_date->setObjectName(QStringLiteral("calendarDate"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(previous);
    bar->addWidget(today);
    bar->addWidget(next);
    bar->addSpacing(12);
    bar->addWidget(m_date, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_calendar);
    scroll->setWidgetResizable(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(scroll, 1);
    setFocusProxy(m_calendar);

    const auto showDate = [this](const QDate &day) {
        m_date->setText(QStringLiteral("<b>%1</b>").arg(QLocale().toString(day, QLocale::LongFormat).toHtmlEscaped()));
    };
    connect(previous, &QPushButton::clicked, m_calendar, &DayCalendar::previousDay);
    connect(today, &QPushButton::clicked, m_calendar, &DayCalendar::goToToday);
    connect(next, &QPushButton::clicked, m_calendar, &DayCalendar::nextDay);
    connect(m_calendar, &DayCalendar::dayChanged, this, showDate);
    showDate(m_calendar->day());
}

QString CalendarView::dateText() const
{
    return m_date->text();
}

} // namespace clinic::ui
