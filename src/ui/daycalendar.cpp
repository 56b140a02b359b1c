#include "clinic/ui/daycalendar.h"

#include "clinic/storage/appointmentrepository.h"
#include "clinic/storage/patientrepository.h"
#include "clinic/storage/practitionerrepository.h"
#include "clinic/storage/roomrepository.h"
#include "clinic/ui/theme.h"

#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace clinic::ui {
namespace {

constexpr int kHeader = 28;       ///< practitioner names
constexpr int kGutter = 56;       ///< hour labels
constexpr int kSlotHeight = 18;   ///< one 15-minute slot
constexpr int kOpens = 9;         ///< shaded opening hours (clinic settings will own these)
constexpr int kCloses = 19;

bool faded(domain::AppointmentStatus status)
{
    return status == domain::AppointmentStatus::Cancelled || status == domain::AppointmentStatus::NoShow;
}

} // namespace

DayCalendar::DayCalendar(storage::Connection &connection, storage::Session session, QWidget *parent)
    : QWidget(parent), m_connection(connection), m_session(std::move(session)), m_day(m_session.today())
{
    setObjectName(QStringLiteral("dayCalendar"));
    setFocusPolicy(Qt::StrongFocus);
    setMinimumHeight(kHeader + (kLastHour - kFirstHour) * 4 * kSlotHeight);
    connect(&m_minute, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    m_minute.start(60'000);
    reload();
}

QSize DayCalendar::sizeHint() const
{
    return {kGutter + 150 * std::max<int>(1, int(m_columns.size())), kHeader + (kLastHour - kFirstHour) * 4 * kSlotHeight};
}

void DayCalendar::setColumns(Columns columns)
{
    if (columns == m_columnsKind)
        return;
    m_columnsKind = columns;
    reload();
}

QStringList DayCalendar::columnLabels() const
{
    QStringList labels;
    for (const Column &c : m_columns)
        labels << c.label;
    return labels;
}

QColor DayCalendar::colourOf(qint64 practitionerId) const
{
    for (const auto &p : m_practitioners) {
        if (p.meta.id == practitionerId && !p.colour.isEmpty())
            return QColor(p.colour);
    }
    return QColor(QStringLiteral("#3A7BD5"));
}

void DayCalendar::setDay(const QDate &day)
{
    if (!day.isValid() || day == m_day)
        return;
    m_day = day;
    m_selected = 0;
    reload();
    Q_EMIT dayChanged(m_day);
}

void DayCalendar::reload()
{
    if (const auto list = storage::PractitionerRepository(m_connection, m_session).list(true))
        m_practitioners = list.value();
    m_appointments.clear();
    m_patientNames.clear();
    m_doubleBooked.clear();
    m_columns.clear();
    storage::AppointmentRepository appointments(m_connection, m_session);
    const QLocale locale;
    if (m_columnsKind == Columns::Week) {
        const QDate monday = m_day.addDays(1 - m_day.dayOfWeek());
        for (int d = 0; d < 7; ++d) {
            const QDate date = monday.addDays(d);
            m_columns.append({0, 0, date, QStringLiteral("%1 %2").arg(locale.dayName(date.dayOfWeek(), QLocale::ShortFormat)).arg(date.day())});
        }
        if (const auto week = appointments.forRange(QDateTime(monday, QTime(0, 0), m_session.timeZone),
                                                    QDateTime(monday.addDays(7), QTime(0, 0), m_session.timeZone)))
            m_appointments = week.value();
    } else {
        if (m_columnsKind == Columns::Practitioners) {
            for (const auto &p : std::as_const(m_practitioners))
                m_columns.append({p.meta.id, 0, m_day, p.name});
        } else if (const auto rooms = storage::RoomRepository(m_connection, m_session).list(true)) {
            for (const auto &r : rooms.value())
                m_columns.append({0, r.meta.id, m_day, r.name});
        }
        if (const auto day = appointments.forDay(m_day))
            m_appointments = day.value();
        if (m_columnsKind == Columns::Rooms) {
            const bool roomless = std::any_of(m_appointments.cbegin(), m_appointments.cend(), [](const auto &a) { return !a.roomId; });
            if (roomless)
                m_columns.append({0, 0, m_day, tr("No room")});
        }
    }
    std::sort(m_appointments.begin(), m_appointments.end(),
              [](const domain::Appointment &a, const domain::Appointment &b) { return a.startAt < b.startAt; });
    storage::PatientRepository patients(m_connection, m_session);
    for (const domain::Appointment &a : std::as_const(m_appointments)) {
        if (!m_patientNames.contains(a.patientId)) {
            const auto p = patients.get(a.patientId);
            m_patientNames.insert(a.patientId, p ? p.value().fullName() : QString());
        }
    }
    // A double booking (made offline on two desks, or on purpose by an admin) is flagged on both.
    for (qsizetype i = 0; i < m_appointments.size(); ++i) {
        for (qsizetype j = i + 1; j < m_appointments.size(); ++j) {
            const auto &a = m_appointments.at(i);
            const auto &b = m_appointments.at(j);
            if (b.startAt >= a.endAt)
                break;
            if (a.practitionerId == b.practitionerId && domain::occupiesSlot(a.status) && domain::occupiesSlot(b.status)) {
                m_doubleBooked.insert(a.meta.id);
                m_doubleBooked.insert(b.meta.id);
            }
        }
    }
    const bool selectedStillThere = std::any_of(m_appointments.cbegin(), m_appointments.cend(),
                                                [this](const domain::Appointment &a) { return a.meta.id == m_selected; });
    if (!selectedStillThere)
        m_selected = 0;
    updateGeometry();
    update();
}

QRect DayCalendar::columnRect(int column) const
{
    const int count = std::max<int>(1, int(m_columns.size()));
    const int width = std::max(40, (this->width() - kGutter) / count);
    return {kGutter + column * width, kHeader, width, height() - kHeader};
}

int DayCalendar::yFor(const QTime &time) const
{
    const int minutes = (time.hour() - kFirstHour) * 60 + time.minute();
    return kHeader + minutes * kSlotHeight / 15;
}

int DayCalendar::columnFor(const domain::Appointment &a) const
{
    const QDate date = a.startAt.toTimeZone(m_session.timeZone).date();
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const Column &c = m_columns.at(i);
        const bool match = m_columnsKind == Columns::Practitioners ? c.practitionerId == a.practitionerId
                           : m_columnsKind == Columns::Rooms        ? c.roomId == a.roomId.value_or(0)
                                                                    : c.date == date;
        if (match)
            return int(i);
    }
    return -1;
}

int DayCalendar::columnAtX(int x) const
{
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const QRect c = columnRect(int(i));
        if (x >= c.left() && x < c.right())
            return int(i);
    }
    return -1;
}

QRect DayCalendar::rectIn(int column, const QDateTime &start, const QDateTime &end) const
{
    if (column < 0 || column >= m_columns.size())
        return {};
    const QRect c = columnRect(column);
    const QTime from = start.toTimeZone(m_session.timeZone).time();
    const QTime to = end.toTimeZone(m_session.timeZone).time();
    return QRect(c.left() + 2, yFor(from), c.width() - 4, std::max(kSlotHeight / 2, yFor(to) - yFor(from)));
}

QRect DayCalendar::rectFor(qint64 appointmentId) const
{
    for (const domain::Appointment &a : m_appointments) {
        if (a.meta.id == appointmentId)
            return rectIn(columnFor(a), a.startAt, a.endAt);
    }
    return {};
}

qint64 DayCalendar::appointmentAt(const QPoint &point) const
{
    // Later (drawn on top) wins.
    for (auto it = m_appointments.crbegin(); it != m_appointments.crend(); ++it) {
        if (rectFor(it->meta.id).contains(point))
            return it->meta.id;
    }
    return 0;
}

void DayCalendar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.base());
    // Opening hours shaded, hour lines, hour labels.
    const QRect open(kGutter, yFor(QTime(kOpens, 0)), width() - kGutter, yFor(QTime(kCloses, 0)) - yFor(QTime(kOpens, 0)));
    p.fillRect(open, pal.alternateBase());
    p.setPen(pal.color(QPalette::Mid));
    const QLocale locale;
    for (int hour = kFirstHour; hour <= kLastHour; ++hour) {
        const int y = yFor(QTime(hour == 24 ? 23 : hour, 0));
        p.drawLine(kGutter, y, width(), y);
        p.drawText(QRect(0, y - 8, kGutter - 6, 16), Qt::AlignRight | Qt::AlignVCenter,
                   locale.toString(QTime(hour % 24, 0), QLocale::ShortFormat));
    }
    // Columns, one per practitioner.
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const QRect c = columnRect(int(i));
        p.setPen(pal.color(QPalette::Mid));
        p.drawLine(c.topLeft(), c.bottomLeft());
        p.setPen(pal.color(QPalette::Text));
        QFont font = p.font();
        font.setBold(m_columns.at(i).date == m_session.today() && m_columnsKind == Columns::Week);
        p.setFont(font);
        p.drawText(QRect(c.left(), 0, c.width(), kHeader), Qt::AlignCenter, m_columns.at(i).label);
        font.setBold(false);
        p.setFont(font);
    }
    // Appointments.
    for (const domain::Appointment &a : m_appointments) {
        const QRect r = rectFor(a.meta.id);
        if (r.isEmpty())
            continue;
        QColor colour = colourOf(a.practitionerId);
        if (faded(a.status))
            colour.setAlpha(70);
        const QColor fill = colour.lighter(faded(a.status) ? 100 : 150);
        p.setPen(m_doubleBooked.contains(a.meta.id) ? QPen(theme::errorColour(pal), 2) : QPen(colour.darker(130)));
        p.setBrush(fill);
        p.drawRoundedRect(r, 4, 4);
        if (a.meta.id == m_selected) {
            p.setPen(QPen(pal.color(QPalette::Highlight), 3));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(r.adjusted(-1, -1, 1, 1), 4, 4);
        }
        QFont font = p.font();
        font.setStrikeOut(faded(a.status));
        p.setFont(font);
        // Black or white on what the block really shows (a faded one lets the background through).
        const QColor under = pal.color(open.contains(r.center()) ? QPalette::AlternateBase : QPalette::Base);
        p.setPen(theme::textColourOn(theme::blend(fill, under)));
        p.drawText(r.adjusted(4, 1, -4, -1), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                   QStringLiteral("%1  %2 \u00b7 %3").arg(locale.toString(a.startAt.toTimeZone(m_session.timeZone).time(), QLocale::ShortFormat),
                                                         m_patientNames.value(a.patientId), domain::appointmentStatusName(a.status)));
        font.setStrikeOut(false);
        p.setFont(font);
    }
    // Where a drag would put the appointment (or the range to book).
    if (m_drag.kind != Drag::Kind::None && m_drag.changed) {
        const QRect r = rectIn(m_drag.column, m_drag.start, m_drag.end);
        p.setPen(QPen(pal.color(QPalette::Highlight), 2, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(r, 4, 4);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(r.adjusted(4, 1, -4, -1), Qt::AlignLeft | Qt::AlignBottom,
                   QStringLiteral("%1–%2").arg(locale.toString(m_drag.start.toTimeZone(m_session.timeZone).time(), QLocale::ShortFormat),
                                               locale.toString(m_drag.end.toTimeZone(m_session.timeZone).time(), QLocale::ShortFormat)));
    }
    // Now.
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).date != m_session.today())
            continue;
        const QTime now = m_session.clock->now().toTimeZone(m_session.timeZone).time();
        if (now.hour() >= kFirstHour && now.hour() < kLastHour) {
            const QRect c = columnRect(int(i));
            p.setPen(QPen(theme::errorColour(pal), 2));
            p.drawLine(c.left(), yFor(now), c.right(), yFor(now));
        }
    }
}

void DayCalendar::mousePressEvent(QMouseEvent *event)
{
    const QPoint at = event->position().toPoint();
    m_selected = appointmentAt(at);
    m_drag = Drag{};
    if (event->button() == Qt::LeftButton) {
        if (m_selected) {
            for (const auto &a : std::as_const(m_appointments)) {
                if (a.meta.id != m_selected)
                    continue;
                const QRect r = rectFor(a.meta.id);
                m_drag.kind = r.bottom() - at.y() <= 5 ? Drag::Kind::Resize : Drag::Kind::Move;
                m_drag.id = a.meta.id;
                m_drag.practitionerId = a.practitionerId;
                m_drag.column = m_drag.originalColumn = columnFor(a);
                m_drag.originalStart = m_drag.start = a.startAt;
                m_drag.originalEnd = m_drag.end = a.endAt;
            }
        } else if (const auto [practitioner, start] = slotAt(at); practitioner != 0) {
            m_drag.kind = Drag::Kind::Range;
            m_drag.practitionerId = practitioner;
            m_drag.column = m_drag.originalColumn = columnAtX(at.x());
            m_drag.originalStart = m_drag.start = start;
            m_drag.originalEnd = m_drag.end = start.addSecs(15 * 60);
        }
        m_drag.origin = at;
    }
    update();
    QWidget::mousePressEvent(event);
}

void DayCalendar::mouseMoveEvent(QMouseEvent *event)
{
    if (m_drag.kind == Drag::Kind::None)
        return QWidget::mouseMoveEvent(event);
    const QPoint at = event->position().toPoint();
    // Snap to quarter hours; a move may also change the column (practitioner).
    const qint64 quarters = qint64((at.y() - m_drag.origin.y()) / kSlotHeight);
    const qint64 shift = quarters * 15 * 60;
    switch (m_drag.kind) {
    case Drag::Kind::Move: {
        m_drag.start = m_drag.originalStart.addSecs(shift);
        m_drag.end = m_drag.originalEnd.addSecs(shift);
        // Across columns: another practitioner, or (week) another day; rooms keep their room.
        const int column = columnAtX(at.x());
        if (column >= 0 && m_columnsKind != Columns::Rooms) {
            m_drag.column = column;
            if (m_columnsKind == Columns::Practitioners) {
                m_drag.practitionerId = m_columns.at(column).practitionerId;
            } else {
                const qint64 days = m_columns.at(m_drag.originalColumn).date.daysTo(m_columns.at(column).date);
                const QDateTime startLocal = m_drag.start.toTimeZone(m_session.timeZone);
                const qint64 length = m_drag.start.secsTo(m_drag.end);
                m_drag.start = QDateTime(startLocal.date().addDays(days), startLocal.time(), m_session.timeZone);
                m_drag.end = m_drag.start.addSecs(length);
            }
        }
        break;
    }
    case Drag::Kind::Resize:
        m_drag.end = std::max(m_drag.originalStart.addSecs(15 * 60), m_drag.originalEnd.addSecs(shift));
        break;
    case Drag::Kind::Range:
        m_drag.end = std::max(m_drag.originalStart.addSecs(15 * 60), m_drag.originalEnd.addSecs(shift));
        break;
    case Drag::Kind::None:
        break;
    }
    // Stay within the column's day.
    const QDate shownDay = m_drag.column >= 0 && m_drag.column < m_columns.size() ? m_columns.at(m_drag.column).date : m_day;
    const QDateTime first(shownDay, QTime(kFirstHour, 0), m_session.timeZone);
    const QDateTime last(shownDay, QTime(kLastHour - 1, 45), m_session.timeZone);
    if (m_drag.start < first || m_drag.start > last || m_drag.end > last.addSecs(15 * 60)) {
        m_drag.start = m_drag.originalStart;
        m_drag.end = m_drag.originalEnd;
        m_drag.column = m_drag.originalColumn;
    }
    m_drag.changed = m_drag.start != m_drag.originalStart || m_drag.end != m_drag.originalEnd
                     || (m_drag.kind == Drag::Kind::Move && m_selected && m_drag.practitionerId != columnPractitioner(m_selected));
    update();
}

void DayCalendar::mouseReleaseEvent(QMouseEvent *event)
{
    const Drag drag = m_drag;
    m_drag = Drag{};
    update();
    if (!drag.changed)
        return QWidget::mouseReleaseEvent(event);
    if (drag.kind == Drag::Kind::Range)
        Q_EMIT rangeSelected(drag.practitionerId, drag.start.toTimeZone(m_session.timeZone), drag.end.toTimeZone(m_session.timeZone));
    else
        Q_EMIT rescheduleRequested(drag.id, drag.practitionerId, drag.start, drag.end);
}

qint64 DayCalendar::columnPractitioner(qint64 appointmentId) const
{
    for (const auto &a : m_appointments) {
        if (a.meta.id == appointmentId)
            return a.practitionerId;
    }
    return 0;
}

bool DayCalendar::rescheduleByKey(QKeyEvent *event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    if (!m_selected || (!ctrl && !shift))
        return false;
    const domain::Appointment *a = nullptr;
    for (const auto &candidate : std::as_const(m_appointments)) {
        if (candidate.meta.id == m_selected)
            a = &candidate;
    }
    if (!a || columnFor(*a) < 0)
        return a != nullptr;  // not drawn in this view (e.g. an inactive practitioner): nothing to move
    const qint64 quarter = 15 * 60;
    qint64 practitioner = a->practitionerId;
    QDateTime start = a->startAt, end = a->endAt;
    switch (event->key()) {
    case Qt::Key_Up:
        if (ctrl) {
            start = start.addSecs(-quarter);
            end = end.addSecs(-quarter);
        } else if (start.secsTo(end) > quarter) {
            end = end.addSecs(-quarter);
        }
        break;
    case Qt::Key_Down:
        if (ctrl)
            start = start.addSecs(quarter);
        end = end.addSecs(quarter);
        break;
    case Qt::Key_Left:
    case Qt::Key_Right: {
        if (!ctrl)
            return false;
        const int step = event->key() == Qt::Key_Right ? 1 : -1;
        if (m_columnsKind == Columns::Practitioners) {
            const int column = columnFor(*a) + step;
            if (column < 0 || column >= m_columns.size())
                return true;
            practitioner = m_columns.at(column).practitionerId;
        } else if (m_columnsKind == Columns::Week) {
            start = start.addDays(step);  // the same clock time on the next or previous day
            end = end.addDays(step);
        } else {
            return true;
        }
        break;
    }
    default:
        return false;
    }
    if (start != a->startAt || end != a->endAt || practitioner != a->practitionerId)
        Q_EMIT rescheduleRequested(a->meta.id, practitioner, start, end);
    return true;
}

std::pair<qint64, QDateTime> DayCalendar::slotAt(const QPoint &point) const
{
    const int column = columnAtX(point.x());
    if (column < 0 || point.y() < kHeader)
        return {0, {}};
    const int quarter = (point.y() - kHeader) / kSlotHeight;
    if (quarter >= (kLastHour - kFirstHour) * 4)
        return {0, {}};
    const QTime time = QTime(kFirstHour, 0).addSecs(quarter * 15 * 60);
    // Who the slot is for: the column's practitioner, else the selected appointment's, else the first.
    qint64 practitioner = m_columns.at(column).practitionerId;
    if (practitioner == 0) {
        for (const auto &a : m_appointments) {
            if (a.meta.id == m_selected)
                practitioner = a.practitionerId;
        }
    }
    if (practitioner == 0 && !m_practitioners.isEmpty())
        practitioner = m_practitioners.first().meta.id;
    return {practitioner, QDateTime(m_columns.at(column).date, time, m_session.timeZone)};
}

void DayCalendar::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (const qint64 id = appointmentAt(event->position().toPoint())) {
        Q_EMIT appointmentActivated(id);
        return;
    }
    const auto [practitioner, start] = slotAt(event->position().toPoint());
    if (practitioner != 0)
        Q_EMIT slotActivated(practitioner, start);
}

void DayCalendar::selectNeighbour(int step)
{
    if (m_appointments.isEmpty())
        return;
    qsizetype index = -1;
    for (qsizetype i = 0; i < m_appointments.size(); ++i) {
        if (m_appointments.at(i).meta.id == m_selected)
            index = i;
    }
    index = index < 0 ? (step > 0 ? 0 : m_appointments.size() - 1) : std::clamp<qsizetype>(index + step, 0, m_appointments.size() - 1);
    m_selected = m_appointments.at(index).meta.id;
    update();
}

void DayCalendar::keyPressEvent(QKeyEvent *event)
{
    if (rescheduleByKey(event))
        return;
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_PageDown:
        nextDay();
        return;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
        previousDay();
        return;
    case Qt::Key_Home:
        goToToday();
        return;
    case Qt::Key_Down:
        selectNeighbour(1);
        return;
    case Qt::Key_Up:
        selectNeighbour(-1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selected)
            Q_EMIT appointmentActivated(m_selected);
        return;
    case Qt::Key_A:
    case Qt::Key_R:
    case Qt::Key_C:
    case Qt::Key_S:
    case Qt::Key_F:
    case Qt::Key_X:
    case Qt::Key_Delete:
        if (m_selected) {
            using S = domain::AppointmentStatus;
            const int key = event->key();
            const S status = key == Qt::Key_A ? S::Arrived
                           : key == Qt::Key_R ? S::InRoom
                           : key == Qt::Key_C ? S::Completed
                           : key == Qt::Key_S ? S::NoShow
                           : key == Qt::Key_F ? S::Confirmed
                                              : S::Cancelled;
            Q_EMIT statusRequested(m_selected, status);
        }
        return;
    case Qt::Key_N:
        if (!m_practitioners.isEmpty()) {
            // The next quarter hour today, else the opening time; the selected appointment's
            // practitioner, else the first column.
            qint64 practitioner = m_practitioners.first().meta.id;
            for (const auto &a : std::as_const(m_appointments)) {
                if (a.meta.id == m_selected)
                    practitioner = a.practitionerId;
            }
            QTime time(kOpens, 0);
            if (m_day == m_session.today()) {
                const QTime now = m_session.clock->now().toTimeZone(m_session.timeZone).time();
                const int minutes = ((now.hour() * 60 + now.minute()) / 15 + 1) * 15;
                if (minutes < kLastHour * 60)
                    time = QTime(minutes / 60, minutes % 60);
            }
            Q_EMIT slotActivated(practitioner, QDateTime(m_day, time, m_session.timeZone));
        }
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace clinic::ui
