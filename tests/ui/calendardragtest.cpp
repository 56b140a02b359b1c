// Moving, resizing and drag-booking in the day calendar, offscreen with real mouse and keys.
#include "clinic/storage/appointmentrepository.h"
#include "clinic/storage/patientrepository.h"
#include "clinic/storage/practitionerrepository.h"
#include "clinic/storage/roomrepository.h"
#include "clinic/ui/appointmentmovecommand.h"
#include "clinic/ui/daycalendar.h"

#include "support/fixtures.h"
#include "support/tempdatabase.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace clinic;

class CalendarDragTest : public test::TempDatabaseTest
{
protected:
    void SetUp() override
    {
        TempDatabaseTest::SetUp();
        m_patient = storage::PatientRepository(*m_db, m_session).create(test::patient("Sana", "Iqbal")).value().meta.id;
        storage::PractitionerRepository practitioners(*m_db, m_session);
        m_drA = practitioners.create(test::practitioner("Dr. Amal")).value().meta.id;
        m_drB = practitioners.create(test::practitioner("Dr. Bina")).value().meta.id;
        m_id = storage::AppointmentRepository(*m_db, m_session).create(test::appointment(m_patient, m_drA, m_session.today(), 10)).value().meta.id;
    }
    QDateTime at(int hour, int minute = 0) const { return QDateTime(m_session.today(), QTime(hour, minute), m_session.timeZone); }
    qint64 m_patient = 0, m_drA = 0, m_drB = 0, m_id = 0;
};

TEST_F(CalendarDragTest, draggingAnAppointmentDownAndAcrossAsksToMoveIt)
{
    ui::DayCalendar calendar(*m_db, m_session);
    calendar.resize(800, 1100);
    calendar.show();
    QSignalSpy moved(&calendar, &ui::DayCalendar::rescheduleRequested);
    const QRect r = calendar.rectFor(m_id);
    ASSERT_FALSE(r.isEmpty());
    const QPoint grab = r.center();
    const QRect other = calendar.rectFor(m_id).translated(r.width() + 4, 0);  // the next column
    QTest::mousePress(&calendar, Qt::LeftButton, Qt::NoModifier, grab);
    QTest::mouseMove(&calendar, QPoint(other.center().x(), grab.y() + 2 * 18 + 3));
    QTest::mouseRelease(&calendar, Qt::LeftButton, Qt::NoModifier, QPoint(other.center().x(), grab.y() + 2 * 18 + 3));
    ASSERT_EQ(moved.count(), 1);
    EXPECT_EQ(moved.first().at(0).toLongLong(), m_id);
    EXPECT_EQ(moved.first().at(1).toLongLong(), m_drB) << "dropped in Dr. Bina's column";
    EXPECT_EQ(moved.first().at(2).toDateTime(), at(10, 30));
    EXPECT_EQ(moved.first().at(3).toDateTime(), at(11, 0));
}

TEST_F(CalendarDragTest, theBottomEdgeResizesAndTheKeyboardMovesAndResizes)
{
    ui::DayCalendar calendar(*m_db, m_session);
    calendar.resize(800, 1100);
    calendar.show();
    QSignalSpy changed(&calendar, &ui::DayCalendar::rescheduleRequested);
    const QRect r = calendar.rectFor(m_id);
    const QPoint edge(r.center().x(), r.bottom() - 2);
    QTest::mousePress(&calendar, Qt::LeftButton, Qt::NoModifier, edge);
    QTest::mouseMove(&calendar, edge + QPoint(0, 18 + 4));
    QTest::mouseRelease(&calendar, Qt::LeftButton, Qt::NoModifier, edge + QPoint(0, 18 + 4));
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.last().at(2).toDateTime(), at(10, 0)) << "the start stays";
    EXPECT_EQ(changed.last().at(3).toDateTime(), at(10, 45));

    calendar.setFocus();
    QTest::keyClick(&calendar, Qt::Key_Down, Qt::ControlModifier);
    ASSERT_EQ(changed.count(), 2);
    EXPECT_EQ(changed.last().at(2).toDateTime(), at(10, 15));
    EXPECT_EQ(changed.last().at(3).toDateTime(), at(10, 45));
    QTest::keyClick(&calendar, Qt::Key_Down, Qt::ShiftModifier);
    EXPECT_EQ(changed.last().at(2).toDateTime(), at(10, 0));
    EXPECT_EQ(changed.last().at(3).toDateTime(), at(10, 45));
    QTest::keyClick(&calendar, Qt::Key_Right, Qt::ControlModifier);
    EXPECT_EQ(changed.last().at(1).toLongLong(), m_drB);
    QTest::keyClick(&calendar, Qt::Key_Up, Qt::ShiftModifier);  // 30 min is the shortest that can still shrink to 15
    EXPECT_EQ(changed.last().at(3).toDateTime(), at(10, 15));
}

TEST_F(CalendarDragTest, draggingOverFreeSlotsBooksThatRange)
{
    ui::DayCalendar calendar(*m_db, m_session);
    calendar.resize(800, 1100);
    calendar.show();
    QSignalSpy range(&calendar, &ui::DayCalendar::rangeSelected);
    const QRect busy = calendar.rectFor(m_id);
    const QPoint from(busy.center().x(), busy.top() + 4 * 18 * 2 + 3);  // 12:00 in Dr. Amal's column
    QTest::mousePress(&calendar, Qt::LeftButton, Qt::NoModifier, from);
    QTest::mouseMove(&calendar, from + QPoint(0, 2 * 18));
    QTest::mouseRelease(&calendar, Qt::LeftButton, Qt::NoModifier, from + QPoint(0, 2 * 18));
    ASSERT_EQ(range.count(), 1);
    EXPECT_EQ(range.first().at(0).toLongLong(), m_drA);
    EXPECT_EQ(range.first().at(1).toDateTime(), at(12, 0));
    EXPECT_EQ(range.first().at(2).toDateTime(), at(12, 45));
}

TEST_F(CalendarDragTest, aMoveIsUndoableAndReceptionCannotMoveOntoAnotherBooking)
{
    storage::AppointmentRepository appointments(*m_db, m_session);
    QUndoStack undo;
    QString refused;
    undo.push(new ui::AppointmentMoveCommand(*m_db, m_session, m_id, m_drB, at(11, 0), at(11, 45), &refused));
    EXPECT_TRUE(refused.isEmpty()) << qPrintable(refused);
    auto now = appointments.get(m_id).value();
    EXPECT_EQ(now.practitionerId, m_drB);
    EXPECT_EQ(now.startAt, at(11, 0).toUTC());
    EXPECT_EQ(now.endAt, at(11, 45).toUTC());
    undo.undo();
    now = appointments.get(m_id).value();
    EXPECT_EQ(now.practitionerId, m_drA);
    EXPECT_EQ(now.startAt, at(10, 0).toUTC());
    undo.redo();
    EXPECT_EQ(appointments.get(m_id).value().practitionerId, m_drB);

    ASSERT_TRUE(appointments.create(test::appointment(m_patient, m_drA, m_session.today(), 15)).ok());
    storage::Session reception = m_session;
    reception.role = domain::Role::Reception;
    QString why;
    undo.push(new ui::AppointmentMoveCommand(*m_db, reception, m_id, m_drA, at(15, 0), at(15, 30), &why));
    EXPECT_TRUE(why.contains(QStringLiteral("collides"))) << qPrintable(why);
    EXPECT_EQ(appointments.get(m_id).value().startAt, at(11, 0).toUTC()) << "not moved";
    EXPECT_EQ(undo.count(), 1) << "a refused move leaves nothing to undo";
    undo.push(new ui::AppointmentMoveCommand(*m_db, reception, m_id, m_drA, at(15, 0), at(15, 30)));  // no one reads the reason
    EXPECT_EQ(appointments.get(m_id).value().startAt, at(11, 0).toUTC()) << "refused all the same";
}

TEST_F(CalendarDragTest, theWeekViewHasADayPerColumnAndADragMovesToAnotherDay)
{
    const QDate monday = m_session.today().addDays(1 - m_session.today().dayOfWeek());
    storage::AppointmentRepository appointments(*m_db, m_session);
    const qint64 onMonday = appointments.create(test::appointment(m_patient, m_drB, monday, 9)).value().meta.id;
    const qint64 nextWeek = appointments.create(test::appointment(m_patient, m_drB, monday.addDays(7), 9)).value().meta.id;
    ui::DayCalendar calendar(*m_db, m_session);
    calendar.resize(1000, 1100);
    calendar.show();
    calendar.setColumns(ui::DayCalendar::Columns::Week);
    ASSERT_EQ(calendar.columnLabels().size(), 7);
    EXPECT_TRUE(calendar.columnLabels().first().endsWith(QString::number(monday.day())));
    const QRect mondayRect = calendar.rectFor(onMonday);
    const QRect todayRect = calendar.rectFor(m_id);
    ASSERT_FALSE(mondayRect.isEmpty());
    ASSERT_FALSE(todayRect.isEmpty());
    EXPECT_TRUE(calendar.rectFor(nextWeek).isEmpty()) << "next week is not shown";

    QSignalSpy moved(&calendar, &ui::DayCalendar::rescheduleRequested);
    const int columnWidth = mondayRect.width() + 4;
    const QPoint grab = mondayRect.center();
    const QPoint drop = grab + QPoint(2 * columnWidth, 0);  // Wednesday, same time
    QTest::mousePress(&calendar, Qt::LeftButton, Qt::NoModifier, grab);
    QTest::mouseMove(&calendar, drop);
    QTest::mouseRelease(&calendar, Qt::LeftButton, Qt::NoModifier, drop);
    ASSERT_EQ(moved.count(), 1);
    EXPECT_EQ(moved.first().at(1).toLongLong(), m_drB) << "the practitioner stays";
    EXPECT_EQ(moved.first().at(2).toDateTime(), QDateTime(monday.addDays(2), QTime(9, 0), m_session.timeZone));

    calendar.nextDay();
    EXPECT_FALSE(calendar.rectFor(nextWeek).isEmpty()) << "next moves a week";
}

TEST_F(CalendarDragTest, theRoomViewPutsEachAppointmentInItsRoom)
{
    const qint64 gym = storage::RoomRepository(*m_db, m_session).create(domain::Room{{}, QStringLiteral("Gym"), true}).value().meta.id;
    ASSERT_TRUE(storage::RoomRepository(*m_db, m_session).create(domain::Room{{}, QStringLiteral("Room 2"), true}).ok());
    domain::Appointment inGym = test::appointment(m_patient, m_drB, m_session.today(), 12);
    inGym.roomId = gym;
    const qint64 gymId = storage::AppointmentRepository(*m_db, m_session).create(inGym).value().meta.id;
    ui::DayCalendar calendar(*m_db, m_session);
    calendar.resize(900, 1100);
    calendar.show();
    calendar.setColumns(ui::DayCalendar::Columns::Rooms);
    EXPECT_EQ(calendar.columnLabels(), (QStringList{QStringLiteral("Gym"), QStringLiteral("Room 2"), QStringLiteral("No room")}));
    EXPECT_LT(calendar.rectFor(gymId).left(), calendar.rectFor(m_id).left()) << "the gym is the first column, no room the last";
}
