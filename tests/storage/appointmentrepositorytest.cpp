#include "clinic/storage/appointmentrepository.h"
#include "clinic/storage/patientrepository.h"
#include "clinic/storage/practitionerrepository.h"
#include "clinic/storage/roomrepository.h"

#include "support/fixtures.h"
#include "support/tempdatabase.h"

using namespace clinic;
using domain::AppointmentStatus;

class AppointmentRepositoryTest : public test::TempDatabaseTest
{
protected:
    void SetUp() override
    {
        TempDatabaseTest::SetUp();
        m_patient = storage::PatientRepository(*m_db, m_session).create(test::patient("Vikram", "Joshi")).value().meta.id;
        storage::PractitionerRepository practitioners(*m_db, m_session);
        m_drA = practitioners.create(test::practitioner("Dr. Nisha Pillai")).value().meta.id;
        m_drB = practitioners.create(test::practitioner("Dr. Omar Qureshi")).value().meta.id;
        m_room = storage::RoomRepository(*m_db, m_session).create(domain::Room{{}, QStringLiteral("Room 1"), true}).value().meta.id;
    }
    storage::AppointmentRepository repo() { return storage::AppointmentRepository(*m_db, m_session); }

    const QDate m_day{2026, 11, 24};
    qint64 m_patient = 0, m_drA = 0, m_drB = 0, m_room = 0;
};

TEST_F(AppointmentRepositoryTest, aDayIsTheClinicsDayNotTheUtcDay)
{
    // 00:30 in Kolkata is 19:00 UTC of the previous day; 23:45 is 18:15 UTC the same day.
    ASSERT_TRUE(repo().create(test::appointment(m_patient, m_drA, m_day, 0, 30)).ok());
    ASSERT_TRUE(repo().create(test::appointment(m_patient, m_drA, m_day, 23, 45, 10)).ok());
    ASSERT_TRUE(repo().create(test::appointment(m_patient, m_drA, m_day.addDays(1), 0, 0)).ok());
    const auto day = repo().forDay(m_day);
    ASSERT_TRUE(day.ok());
    ASSERT_EQ(day.value().size(), 2);
    EXPECT_LT(day.value().at(0).startAt, day.value().at(1).startAt);
    EXPECT_EQ(repo().forDay(m_day.addDays(-1)).value().size(), 0);
}

TEST_F(AppointmentRepositoryTest, dayViewFiltersByPractitionerAndRoom)
{
    auto a = test::appointment(m_patient, m_drA, m_day, 10);
    a.roomId = m_room;
    ASSERT_TRUE(repo().create(a).ok());
    ASSERT_TRUE(repo().create(test::appointment(m_patient, m_drB, m_day, 10)).ok());
    EXPECT_EQ(repo().forDay(m_day).value().size(), 2);
    EXPECT_EQ(repo().forDay(m_day, m_drB).value().size(), 1);
    EXPECT_EQ(repo().forDay(m_day, std::nullopt, m_room).value().size(), 1);
}

TEST_F(AppointmentRepositoryTest, overlapsAreFoundForThePractitionerOrTheRoomOnly)
{
    auto first = test::appointment(m_patient, m_drA, m_day, 10, 0, 60);
    first.roomId = m_room;
    const auto saved = repo().create(first);
    ASSERT_TRUE(saved.ok());

    EXPECT_EQ(repo().overlapping(test::appointment(m_patient, m_drA, m_day, 10, 30)).value().size(), 1);
    EXPECT_TRUE(repo().overlapping(test::appointment(m_patient, m_drA, m_day, 11, 0)).value().isEmpty())
        << "back-to-back is not an overlap";
    EXPECT_TRUE(repo().overlapping(test::appointment(m_patient, m_drB, m_day, 10, 30)).value().isEmpty());
    auto sameRoom = test::appointment(m_patient, m_drB, m_day, 10, 30);
    sameRoom.roomId = m_room;
    EXPECT_EQ(repo().overlapping(sameRoom).value().size(), 1);
    EXPECT_TRUE(repo().overlapping(saved.value()).value().isEmpty()) << "an appointment does not collide with itself";

    ASSERT_TRUE(repo().setStatus(saved.value().meta.id, AppointmentStatus::Cancelled, QStringLiteral("Unwell")).ok());
    EXPECT_TRUE(repo().overlapping(test::appointment(m_patient, m_drA, m_day, 10, 30)).value().isEmpty())
        << "a cancelled slot is free";
}

TEST_F(AppointmentRepositoryTest, statusChangesStampArrivalAndCancellation)
{
    const qint64 deskId = makeUser("desk", domain::Role::Reception);
    m_session.userId = deskId;
    const auto saved = repo().create(test::appointment(m_patient, m_drA, m_day, 9));
    ASSERT_TRUE(saved.ok());
    const qint64 id = saved.value().meta.id;

    auto arrived = repo().setStatus(id, AppointmentStatus::Arrived);
    ASSERT_TRUE(arrived.ok());
    EXPECT_EQ(arrived.value().arrivedAt, m_clock.now());
    m_clock.advanceMs(60'000);
    EXPECT_EQ(repo().setStatus(id, AppointmentStatus::InRoom).value().arrivedAt, arrived.value().arrivedAt)
        << "arrival time is kept for the waiting time";

    auto refused = repo().setStatus(id, AppointmentStatus::Cancelled, QStringLiteral("  "));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().hasFieldError(QStringLiteral("cancelReason")));
    EXPECT_EQ(repo().get(id).value().status, AppointmentStatus::InRoom) << "a refused change changes nothing";

    auto cancelled = repo().setStatus(id, AppointmentStatus::Cancelled, QStringLiteral("Clinic closed"));
    ASSERT_TRUE(cancelled.ok());
    EXPECT_EQ(cancelled.value().cancelledBy, deskId);
    EXPECT_EQ(cancelled.value().cancelledAt, m_clock.now());
}

TEST_F(AppointmentRepositoryTest, badReferencesAndTimesAreRefused)
{
    auto a = test::appointment(m_patient, m_drA, m_day, 9);
    a.endAt = a.startAt.addSecs(-1);
    auto refused = repo().create(a);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().hasFieldError(QStringLiteral("endAt")));

    a = test::appointment(9999, m_drA, m_day, 9);
    refused = repo().create(a);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().hasFieldError(QStringLiteral("patientId")));

    ASSERT_TRUE(storage::PractitionerRepository(*m_db, m_session).remove(m_drB).ok());
    refused = repo().create(test::appointment(m_patient, m_drB, m_day, 9));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().hasFieldError(QStringLiteral("practitionerId")));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM appointments")).toInt(), 0);
}

TEST_F(AppointmentRepositoryTest, aPatientsHistoryIsNewestFirst)
{
    ASSERT_TRUE(repo().create(test::appointment(m_patient, m_drA, m_day, 9)).ok());
    ASSERT_TRUE(repo().create(test::appointment(m_patient, m_drA, m_day.addDays(7), 9)).ok());
    const auto history = repo().forPatient(m_patient);
    ASSERT_EQ(history.value().size(), 2);
    EXPECT_GT(history.value().at(0).startAt, history.value().at(1).startAt);
}
