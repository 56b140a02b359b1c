// Recurring appointments booked from the appointment dialog, offscreen on a real database.
#include "clinic/storage/appointmentrepository.h"
#include "clinic/storage/patientrepository.h"
#include "clinic/storage/practitionerrepository.h"
#include "clinic/ui/appointmentdialog.h"

#include "support/fixtures.h"
#include "support/tempdatabase.h"

#include <QComboBox>
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
