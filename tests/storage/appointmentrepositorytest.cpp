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

TEST_F(AppointmentRepositoryTest, aWeeklySeriesKeepsItsClockTimeAcrossDaylightSavingAndSharesOneSeriesId)
{
    m_session.timeZone = QTimeZone("Europe/Madrid");  // summer time ends on 25 October 2026
    domain::Appointment first = test::appointment(m_patient, m_drA, QDate(2026, 10, 13), 10);
    first.startAt = QDateTime(QDate(2026, 10, 13), QTime(10, 0), m_session.timeZone).toUTC();
    first.endAt = first.startAt.addSecs(45 * 60);
    domain::Recurrence weekly;
    weekly.count = 4;
    const auto series = repo().createSeries(first, weekly);
    ASSERT_TRUE(series.ok()) << qPrintable(series.error().message());
    ASSERT_EQ(series.value().size(), 4);
    for (int i = 0; i < 4; ++i) {
        const QDateTime local = series.value().at(i).startAt.toTimeZone(m_session.timeZone);
        EXPECT_EQ(local.date(), QDate(2026, 10, 13).addDays(7 * i));
        EXPECT_EQ(local.time(), QTime(10, 0)) << "10:00 before and after the clock change";
        EXPECT_EQ(series.value().at(i).startAt.secsTo(series.value().at(i).endAt), 45 * 60);
        EXPECT_EQ(series.value().at(i).seriesId, series.value().first().seriesId);
    }
    EXPECT_FALSE(series.value().first().seriesId.isEmpty());

    domain::Recurrence everyThreeDaysUntil;
    everyThreeDaysUntil.intervalDays = 3;
    everyThreeDaysUntil.until = QDate(2026, 12, 10);
    domain::Appointment other = test::appointment(m_patient, m_drB, QDate(2026, 12, 1), 9);
    const auto untilSeries = repo().createSeries(other, everyThreeDaysUntil);
    ASSERT_TRUE(untilSeries.ok());
    EXPECT_EQ(untilSeries.value().size(), 4) << "1, 4, 7 and 10 December";
}

TEST_F(AppointmentRepositoryTest, anImpossibleRepetitionIsRefusedAndBooksNothing)
{
    const domain::Appointment first = test::appointment(m_patient, m_drA, m_day, 10);
    for (const auto &[interval, count, until] : {std::tuple{7, std::optional<int>(1), QDate()}, std::tuple{7, std::optional<int>(500), QDate()},
                                                 std::tuple{0, std::optional<int>(3), QDate()}, std::tuple{7, std::optional<int>(), QDate()},
                                                 std::tuple{7, std::optional<int>(), m_day.addDays(-1)}, std::tuple{1, std::optional<int>(), m_day.addYears(3)}}) {
        domain::Recurrence rule;
        rule.intervalDays = interval;
        rule.count = count;
        rule.until = until;
        const auto refused = repo().createSeries(first, rule);
        ASSERT_FALSE(refused.ok());
        EXPECT_TRUE(refused.error().hasFieldError(QStringLiteral("recurrence")));
    }
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM appointments")).toInt(), 0);
}

TEST_F(AppointmentRepositoryTest, movingOrCancellingThisAndFollowingLeavesEarlierAndDoneOnesAlone)
{
    domain::Recurrence weekly;
    weekly.count = 5;
    const auto series = repo().createSeries(test::appointment(m_patient, m_drA, m_day, 10), weekly).value();
    // The second session took place.
    ASSERT_TRUE(repo().setStatus(series.at(1).meta.id, domain::AppointmentStatus::Arrived).ok());
    ASSERT_TRUE(repo().setStatus(series.at(1).meta.id, domain::AppointmentStatus::Completed).ok());
    // From the first on: one day later, at 11:30, with Dr. B.
    domain::Appointment moved = series.at(0);
    moved.startAt = QDateTime(m_day.addDays(1), QTime(11, 30), m_session.timeZone).toUTC();
    moved.endAt = moved.startAt.addSecs(30 * 60);
    moved.practitionerId = m_drB;
    const auto count = repo().updateThisAndFollowing(moved);
    ASSERT_TRUE(count.ok()) << qPrintable(count.error().message());
    EXPECT_EQ(count.value(), 4) << "the completed one is history";
    const auto second = repo().get(series.at(1).meta.id).value();
    EXPECT_EQ(second.practitionerId, m_drA);
    EXPECT_EQ(second.startAt, series.at(1).startAt);
    const auto fourth = repo().get(series.at(3).meta.id).value();
    EXPECT_EQ(fourth.practitionerId, m_drB);
    EXPECT_EQ(fourth.startAt.toTimeZone(m_session.timeZone), QDateTime(m_day.addDays(22), QTime(11, 30), m_session.timeZone));

    const auto cancelled = repo().cancelThisAndFollowing(series.at(3).meta.id, QStringLiteral("Patient moved away"));
    ASSERT_TRUE(cancelled.ok());
    EXPECT_EQ(cancelled.value(), 2);
    EXPECT_EQ(repo().get(series.at(2).meta.id).value().status, domain::AppointmentStatus::Booked);
    EXPECT_EQ(repo().get(series.at(4).meta.id).value().status, domain::AppointmentStatus::Cancelled);
    EXPECT_EQ(repo().get(series.at(4).meta.id).value().cancelReason, QStringLiteral("Patient moved away"));
    EXPECT_FALSE(repo().cancelThisAndFollowing(series.at(2).meta.id, QString()).ok()) << "a reason is needed";
    EXPECT_EQ(repo().get(series.at(2).meta.id).value().status, domain::AppointmentStatus::Booked) << "nothing half-cancelled";
}

TEST_F(AppointmentRepositoryTest, seriesOverlapsListEveryCollision)
{
    ASSERT_TRUE(repo().create(test::appointment(m_patient, m_drA, m_day.addDays(14), 10)).ok());
    domain::Recurrence weekly;
    weekly.count = 4;
    const auto collisions = repo().seriesOverlaps(test::appointment(m_patient, m_drA, m_day, 10), weekly);
    ASSERT_TRUE(collisions.ok());
    ASSERT_EQ(collisions.value().size(), 1);
    EXPECT_EQ(collisions.value().first().startAt.toTimeZone(m_session.timeZone).date(), m_day.addDays(14));
}
