// Recurring appointments booked from the appointment dialog, offscreen on a real database.
#include "clinic/storage/appointmentrepository.h"
#include "clinic/storage/patientrepository.h"
#include "clinic/storage/practitionerrepository.h"
#include "clinic/storage/userrepository.h"
#include "clinic/ui/appointmentdialog.h"
#include "clinic/ui/appointmentmovecommand.h"
#include "clinic/ui/calendarview.h"
#include "clinic/ui/daycalendar.h"
#include "clinic/ui/mainwindow.h"

#include "support/fixtures.h"
#include "support/tempdatabase.h"

#include <QApplication>
#include <QComboBox>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>
#include <QUndoStack>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace clinic;

class SeriesUiTest : public test::TempDatabaseTest
{
protected:
    void SetUp() override
    {
        TempDatabaseTest::SetUp();
        m_patient = storage::PatientRepository(*m_db, m_session).create(test::patient("Ritu", "Sharma")).value().meta.id;
        m_doctor = storage::PractitionerRepository(*m_db, m_session).create(test::practitioner("Dr. Bose")).value().meta.id;
    }
    QDateTime at(QDate day, int hour) const { return QDateTime(day, QTime(hour, 0), m_session.timeZone); }
    qint64 m_patient = 0, m_doctor = 0;
};

TEST_F(SeriesUiTest, aWeeklySeriesIsBookedInOneGo)
{
    ui::AppointmentDialog dialog(*m_db, m_session, m_doctor, at(QDate(2026, 11, 24), 10), m_patient);
    dialog.show();
    EXPECT_FALSE(dialog.repeatTimes()->isVisible()) << "does not repeat by default";
    dialog.repeat()->setCurrentIndex(1);
    EXPECT_TRUE(dialog.repeatTimes()->isVisible());
    EXPECT_FALSE(dialog.repeatEvery()->isVisible()) << "weekly needs no interval";
    dialog.repeatTimes()->setValue(6);
    QTest::mouseClick(dialog.bookButton(), Qt::LeftButton);
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << qPrintable(dialog.message());
    ASSERT_EQ(dialog.booked().size(), 6);
    EXPECT_EQ(dialog.booked().last().startAt.toTimeZone(m_session.timeZone).date(), QDate(2026, 11, 24).addDays(35));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(DISTINCT series_id) FROM appointments")).toInt(), 1);
}

TEST_F(SeriesUiTest, receptionCannotBookASeriesOverAnotherBooking)
{
    ASSERT_TRUE(storage::AppointmentRepository(*m_db, m_session).create(test::appointment(m_patient, m_doctor, QDate(2026, 12, 4), 10)).ok());
    storage::Session reception = m_session;
    reception.role = domain::Role::Reception;
    ui::AppointmentDialog dialog(*m_db, reception, m_doctor, at(QDate(2026, 11, 24), 10), m_patient);
    dialog.show();
    dialog.repeat()->setCurrentIndex(2);
    dialog.repeatEvery()->setValue(5);
    dialog.repeatTimes()->setValue(4);  // 24, 29 November, 4 and 9 December
    QTest::mouseClick(dialog.bookButton(), Qt::LeftButton);
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.message().contains(QStringLiteral("Choose another time"))) << qPrintable(dialog.message());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM appointments")).toInt(), 1) << "nothing booked";
}

namespace {
/// Presses the button `name` of the next modal question box, once it is shown.
void answerNextQuestion(const QString &name, QString *asked)
{
    QTimer::singleShot(0, [name, asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return answerNextQuestion(name, asked);  // not shown yet
        *asked = box->text();
        QTest::mouseClick(box->findChild<QPushButton *>(name), Qt::LeftButton);
    });
}
} // namespace

TEST_F(SeriesUiTest, draggingAnAppointmentOfASeriesAsksAndMovesThisAndTheFollowingOnesUndoably)
{
    storage::AppointmentRepository appointments(*m_db, m_session);
    domain::Recurrence weekly;
    weekly.count = 4;
    const QDate first = m_session.today();
    const auto series = appointments.createSeries(test::appointment(m_patient, m_doctor, first, 10), weekly).value();
    // The first session took place: a move from the second on leaves it where it was.
    ASSERT_TRUE(appointments.setStatus(series.at(0).meta.id, domain::AppointmentStatus::Arrived).ok());
    const qint64 second = series.at(1).meta.id;
    QSettings settings(m_dir.filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
    const domain::User user = storage::UserRepository(*m_db, m_session).get(makeUser("doctor", domain::Role::Admin)).value();
    ui::MainWindow window(*m_db, m_session, user, settings, nullptr);
    window.show();
    window.showPage(ui::MainWindow::Calendar);
    ui::DayCalendar *calendar = window.calendarView()->calendar();
    calendar->setDay(first.addDays(7));

    // Only this one: the third and fourth stay at 10:00.
    QString asked;
    answerNextQuestion(QStringLiteral("onlyThisOne"), &asked);
    Q_EMIT calendar->rescheduleRequested(second, m_doctor, at(first.addDays(7), 12), at(first.addDays(7), 12).addSecs(30 * 60));
    EXPECT_TRUE(asked.contains(QStringLiteral("2 more"))) << qPrintable(asked);
    EXPECT_EQ(appointments.get(second).value().startAt, at(first.addDays(7), 12).toUTC());
    EXPECT_EQ(appointments.get(series.at(2).meta.id).value().startAt, series.at(2).startAt);
    window.undoStack()->undo();
    EXPECT_EQ(appointments.get(second).value().startAt, series.at(1).startAt);

    // This and the following ones: the same shift for the third and fourth, one undo for all.
    answerNextQuestion(QStringLiteral("thisAndFollowing"), &asked);
    Q_EMIT calendar->rescheduleRequested(second, m_doctor, at(first.addDays(8), 12), at(first.addDays(8), 12).addSecs(45 * 60));
    for (int i = 1; i < 4; ++i) {
        const auto moved = appointments.get(series.at(i).meta.id).value();
        EXPECT_EQ(moved.startAt, at(first.addDays(7 * i + 1), 12).toUTC()) << "occurrence " << i;
        EXPECT_EQ(moved.startAt.secsTo(moved.endAt), 45 * 60);
    }
    EXPECT_EQ(appointments.get(series.at(0).meta.id).value().startAt, series.at(0).startAt) << "the past one stays";
    // A status change since the move is kept by the undo, which only puts the times back.
    ASSERT_TRUE(appointments.setStatus(series.at(3).meta.id, domain::AppointmentStatus::Confirmed).ok());
    window.undoStack()->undo();
    for (int i = 1; i < 4; ++i)
        EXPECT_EQ(appointments.get(series.at(i).meta.id).value().startAt, series.at(i).startAt) << "occurrence " << i;
    EXPECT_EQ(appointments.get(series.at(3).meta.id).value().status, domain::AppointmentStatus::Confirmed);
    window.undoStack()->redo();
    EXPECT_EQ(appointments.get(series.at(3).meta.id).value().startAt, at(first.addDays(22), 12).toUTC());
}

TEST_F(SeriesUiTest, receptionCannotMoveASeriesWhenOneOfItsAppointmentsWouldCollide)
{
    storage::AppointmentRepository appointments(*m_db, m_session);
    domain::Recurrence weekly;
    weekly.count = 3;
    const QDate first(2026, 11, 24);
    const auto series = appointments.createSeries(test::appointment(m_patient, m_doctor, first, 10), weekly).value();
    ASSERT_TRUE(appointments.create(test::appointment(m_patient, m_doctor, first.addDays(14), 15)).ok());
    storage::Session reception = m_session;
    reception.role = domain::Role::Reception;
    QUndoStack undo;
    QString why;
    using Move = ui::AppointmentMoveCommand;
    undo.push(new Move(*m_db, reception, series.at(0).meta.id, m_doctor, at(first, 15), at(first, 15).addSecs(30 * 60), &why,
                       Move::Scope::ThisAndFollowing));
    EXPECT_TRUE(why.contains(QStringLiteral("collides"))) << qPrintable(why);
    EXPECT_EQ(undo.count(), 0);
    for (const auto &appointment : series)
        EXPECT_EQ(appointments.get(appointment.meta.id).value().startAt, appointment.startAt) << "nothing moved";
    // Moving only the first one is fine: the collision is two weeks later.
    undo.push(new Move(*m_db, reception, series.at(0).meta.id, m_doctor, at(first, 15), at(first, 15).addSecs(30 * 60), &why));
    EXPECT_EQ(undo.count(), 1);
}
