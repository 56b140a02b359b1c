#include "clinic/ui/calendarview.h"

#include "clinic/ui/daycalendar.h"

#include <QComboBox>
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
    m_layout = new QComboBox(this);
    m_layout->setObjectName(QStringLiteral("calendarColumns"));
    m_layout->addItem(tr("Day by practitioner"), int(DayCalendar::Columns::Practitioners));
    m_layout->addItem(tr("Day by room"), int(DayCalendar::Columns::Rooms));
    m_layout->addItem(tr("Week"), int(DayCalendar::Columns::Week));
    auto *bar = new QHBoxLayout;
    bar->addWidget(previous);
    bar->addWidget(today);
    bar->addWidget(next);
    bar->addSpacing(12);
    bar->addWidget(m_date, 1);
    bar->addWidget(m_layout);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_calendar);
    scroll->setWidgetResizable(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(scroll, 1);
    setFocusProxy(m_calendar);

    const auto showDate = [this](const QDate &day) {
        const QLocale locale;
        const QString text = m_calendar->columns() == DayCalendar::Columns::Week
            ? tr("Week of %1").arg(locale.toString(day.addDays(1 - day.dayOfWeek()), QLocale::LongFormat))
            : locale.toString(day, QLocale::LongFormat);
        m_date->setText(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()));
    };
    connect(m_layout, &QComboBox::currentIndexChanged, this, [this, showDate] {
        m_calendar->setColumns(DayCalendar::Columns(m_layout->currentData().toInt()));
        showDate(m_calendar->day());
    });
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
