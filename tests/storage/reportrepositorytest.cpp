#include "clinic/domain/money.h"
#include "clinic/storage/appointmentrepository.h"
#include "clinic/storage/creditnoterepository.h"
#include "clinic/storage/invoicerepository.h"
#include "clinic/storage/patientrepository.h"
#include "clinic/storage/paymentrepository.h"
#include "clinic/storage/practitionerrepository.h"
#include "clinic/storage/reportrepository.h"
#include "clinic/storage/servicerepository.h"
#include "clinic/storage/settingsrepository.h"

#include "support/fixtures.h"
#include "support/tempdatabase.h"

using namespace clinic;
using domain::AppointmentStatus;
using domain::PaymentMethod;

/// Each report against a small hand-built clinic; the expected figures are worked out in the
/// test from the amounts it booked, not read back from the code under test.
class ReportRepositoryTest : public test::TempDatabaseTest
{
protected:
    void SetUp() override
    {
        TempDatabaseTest::SetUp();
        m_anita = storage::PatientRepository(*m_db, m_session).create(test::patient("Anita", "Desai")).value().meta.id;
        m_bruno = storage::PatientRepository(*m_db, m_session).create(test::patient("Bruno", "D'Souza")).value().meta.id;
        m_uma = storage::PractitionerRepository(*m_db, m_session).create(test::practitioner("Dr. Uma")).value().meta.id;
        m_ravi = storage::PractitionerRepository(*m_db, m_session).create(test::practitioner("Dr. Ravi")).value().meta.id;
        domain::Service pt = test::service("PT", 100000, 1800);
        m_pt = storage::ServiceRepository(*m_db, m_session).create(pt).value().meta.id;
    }
    /// Clinic time (Asia/Kolkata in the fixture) -> the manual clock.
    void at(QDate day, int hour, int minute = 0) { m_clock.set(QDateTime(day, QTime(hour, minute), m_session.timeZone).toUTC()); }
    domain::Invoice issue(qint64 patient, std::optional<qint64> practitioner, QList<domain::InvoiceLine> lines)
    {
        domain::Invoice inv;
        inv.patientId = patient;
        inv.practitionerId = practitioner;
        inv.lines = lines;
        storage::InvoiceRepository invoices(*m_db, m_session);
        const auto draft = invoices.createDraft(inv);
        EXPECT_TRUE(draft.ok()) << (draft.ok() ? "" : qPrintable(draft.error().message()));
        return invoices.issue(draft.value().meta.id, {QStringLiteral("FD"), 4}).value();
    }
    domain::InvoiceLine service(int quantity = 1)
    {
        domain::InvoiceLine l = test::line("Physiotherapy", 100000, 1800, quantity);
        l.serviceId = m_pt;
        return l;
    }
    void pay(qint64 patient, std::optional<qint64> invoice, qint64 amount, PaymentMethod method, std::optional<qint64> user = {},
             bool refund = false)
    {
        domain::Payment p;
        p.patientId = patient;
        p.invoiceId = invoice;
        p.amountMinor = amount;
        p.method = method;
        p.receivedBy = user;
        p.kind = refund ? domain::PaymentKind::Refund : domain::PaymentKind::Payment;
        const auto done = storage::PaymentRepository(*m_db, m_session).record(p, true);
        ASSERT_TRUE(done.ok()) << qPrintable(done.error().message());
    }
    storage::ReportRepository reports() { return storage::ReportRepository(*m_db, m_session); }
    qint64 m_anita = 0, m_bruno = 0, m_uma = 0, m_ravi = 0, m_pt = 0;
};

TEST_F(ReportRepositoryTest, dailyCollectionsSplitByMethodAndUserAndRespectTheClinicsMidnight)
{
    const qint64 asha = makeUser("asha", domain::Role::Reception);
    const qint64 omar = makeUser("omar", domain::Role::Reception);
    const QDate day(2026, 11, 10);
    at(day.addDays(-1), 23, 59);  // the evening before: not in the day
    pay(m_anita, std::nullopt, 11100, PaymentMethod::Cash, asha);
    at(day, 0, 1);  // 18:31 UTC the day before, but the clinic's 10 November
    pay(m_anita, std::nullopt, 50000, PaymentMethod::Cash, asha);
    at(day, 12, 0);
    pay(m_bruno, std::nullopt, 30000, PaymentMethod::Card, omar);
    pay(m_bruno, std::nullopt, 20000, PaymentMethod::Cash, omar);
    pay(m_anita, std::nullopt, 7000, PaymentMethod::Cash, asha, true);  // refund of credit
    at(day, 23, 59);
    pay(m_bruno, std::nullopt, 1000, PaymentMethod::Upi, omar);
    at(day.addDays(1), 0, 0);
    pay(m_bruno, std::nullopt, 99900, PaymentMethod::Upi, omar);  // next day

    const auto rows = reports().collections({day, day});
    ASSERT_TRUE(rows.ok());
    QMap<QString, qint64> net;
    QMap<PaymentMethod, qint64> byMethod;
    for (const auto &r : rows.value()) {
        net[domain::paymentMethodName(r.method) + QLatin1Char('/') + QString::number(r.userId.value_or(0))] = r.netMinor();
        EXPECT_EQ(r.userName, QStringLiteral("Test User"));
        byMethod[r.method] += r.netMinor();
    }
    EXPECT_EQ(net.value(QStringLiteral("cash/%1").arg(asha)), 50000 - 7000);
    EXPECT_EQ(net.value(QStringLiteral("cash/%1").arg(omar)), 20000);
    EXPECT_EQ(net.value(QStringLiteral("card/%1").arg(omar)), 30000);
    EXPECT_EQ(net.value(QStringLiteral("upi/%1").arg(omar)), 1000);
    EXPECT_EQ(rows.value().size(), 4);
    // The same totals as the till reconciliation of the payment repository (one definition).
    EXPECT_EQ(byMethod, storage::PaymentRepository(*m_db, m_session).collectionsByMethod(day).value());
}

TEST_F(ReportRepositoryTest, revenueByMonthSplitsAtTheClinicsMonthEndAndCountsCreditNotesWhenIssued)
{
    at(QDate(2027, 3, 31), 23, 59);  // 18:29 UTC: still March in Kolkata
    const auto march = issue(m_anita, m_uma, {service(2)});  // 2,000 + 360 tax
    pay(m_anita, march.meta.id, 100000, PaymentMethod::Cash);
    at(QDate(2027, 4, 1), 0, 1);  // 18:31 UTC on 31 March: April in Kolkata, and a new fiscal year
    const auto april = issue(m_bruno, m_ravi, {test::line("Brace", 50000, 1200)});  // 500 + 60
    EXPECT_EQ(april.numberText, QStringLiteral("FD-2728-000001"));
    at(QDate(2027, 4, 15), 10, 0);
    ASSERT_TRUE(storage::CreditNoteRepository(*m_db, m_session).issue(march.meta.id, 59000, QStringLiteral("Goodwill"), {QStringLiteral("FC"), 4}).ok());
    pay(m_anita, march.meta.id, 77000, PaymentMethod::Card);
    pay(m_bruno, april.meta.id, 56000, PaymentMethod::Upi);

    const auto rows = reports().revenueByMonth({QDate(2027, 3, 1), QDate(2027, 4, 30)});
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows.value().size(), 2);
    const storage::RevenueRow &m = rows.value().at(0), &a = rows.value().at(1);
    EXPECT_EQ(m.label, QStringLiteral("2027-03"));
    EXPECT_EQ(m.invoicedMinor, 200000);
    EXPECT_EQ(m.taxMinor, 36000);
    EXPECT_EQ(m.receivedMinor, 100000);
    EXPECT_EQ(a.invoicedMinor, 50000);
    // The credit note of 590 (tax inclusive) on a 2,360 invoice: tax 590 x 360/2360 = 90.
    EXPECT_EQ(a.creditedMinor, 50000);
    EXPECT_EQ(a.taxMinor, 6000 - 9000);
    EXPECT_EQ(a.accrualMinor(), 0);
    EXPECT_EQ(a.receivedMinor, 77000 + 56000);
}

TEST_F(ReportRepositoryTest, revenueByPractitionerAndServiceAndTaxPerRate)
{
    at(QDate(2026, 11, 3), 11);
    const auto mixed = issue(m_anita, m_uma, {service(1), test::line("Gel pack", 20000, 1200), test::line("Leaflet", 5000)});
    issue(m_bruno, m_ravi, {service(3)});
    issue(m_bruno, std::nullopt, {test::line("Report copy", 10000)});
    pay(m_anita, mixed.meta.id, 50000, PaymentMethod::Cash);
    pay(m_bruno, std::nullopt, 25000, PaymentMethod::Upi);  // an advance: on no practitioner
    // A credit note of 708 on the mixed invoice (1,000+180, 200+24, 50 = 1,454 total; tax 204).
    ASSERT_TRUE(storage::CreditNoteRepository(*m_db, m_session).issue(mixed.meta.id, 72700, QStringLiteral("Partial"), {QStringLiteral("FC"), 4}).ok());
    const storage::DateRange november{QDate(2026, 11, 1), QDate(2026, 11, 30)};

    const auto practitioners = reports().revenueByPractitioner(november).value();
    QMap<QString, storage::RevenueRow> p;
    for (const auto &r : practitioners)
        p[r.label] = r;
    EXPECT_EQ(p[QStringLiteral("Dr. Ravi")].invoicedMinor, 300000);
    EXPECT_EQ(p[QStringLiteral("Dr. Uma")].invoicedMinor, 125000);
    const qint64 creditTax = domain::roundHalfAwayFromZero(qint64(72700) * 20400, 145400);  // the note's tax share
    EXPECT_EQ(p[QStringLiteral("Dr. Uma")].creditedMinor, 72700 - creditTax);
    EXPECT_EQ(p[QStringLiteral("Dr. Uma")].receivedMinor, 50000);
    const auto none = std::find_if(practitioners.begin(), practitioners.end(), [](const auto &r) { return r.key.isEmpty(); });
    ASSERT_NE(none, practitioners.end());
    EXPECT_EQ(none->invoicedMinor, 10000);
    EXPECT_EQ(none->receivedMinor, 25000) << "the advance";
    EXPECT_EQ(practitioners.first().label, QStringLiteral("Dr. Ravi")) << "largest first";

    const auto services = reports().revenueByService(november).value();
    ASSERT_GE(services.size(), 2);
    EXPECT_EQ(services.first().invoicedMinor, 100000 + 300000) << "the service, across practitioners";
    EXPECT_EQ(services.last().label, QStringLiteral("Credit notes"));

    const auto tax = reports().taxByRate(november).value();
    ASSERT_EQ(tax.size(), 3);
    // Credit tax spread over the invoice's rates by their tax (180 : 24) and net spread by net.
    const qint64 tax18 = domain::roundHalfAwayFromZero(creditTax * 18000, 20400);
    EXPECT_EQ(tax[0].rateBp, 0);
    EXPECT_EQ(tax[1].rateBp, 1200);
    EXPECT_EQ(tax[2].rateBp, 1800);
    EXPECT_EQ(tax[2].taxMinor, 18000 + 54000 - tax18);
    EXPECT_EQ(tax[1].taxMinor, 2400 - (creditTax - tax18));
    qint64 taxable = 0;
    for (const auto &r : tax)
        taxable += r.taxableMinor;
    EXPECT_EQ(taxable, 125000 + 300000 + 10000 - (72700 - creditTax)) << "every rate's taxable adds up to the net revenue";
}

TEST_F(ReportRepositoryTest, outstandingBalancesAgeByInvoiceAndLeaveOutPaidAndVoidedOnes)
{
    const QDate asOf(2026, 11, 20);
    at(asOf.addDays(-10), 10);
    const auto recent = issue(m_anita, m_uma, {test::line("A", 30000)});
    pay(m_anita, recent.meta.id, 10000, PaymentMethod::Cash);  // partial
    at(asOf.addDays(-45), 10);
    issue(m_anita, m_uma, {test::line("B", 40000)});
    at(asOf.addDays(-75), 10);
    issue(m_bruno, m_uma, {test::line("C", 50000)});
    at(asOf.addDays(-120), 10);
    const auto old = issue(m_bruno, m_uma, {test::line("D", 60000)});
    const auto voided = issue(m_bruno, m_uma, {test::line("E", 99900)});
    at(asOf.addDays(-119), 10);
    ASSERT_TRUE(storage::CreditNoteRepository(*m_db, m_session).issue(voided.meta.id, 99900, QStringLiteral("Void"), {QStringLiteral("FC"), 4}).ok());
    const auto paid = issue(m_anita, m_uma, {test::line("F", 12300)});
    pay(m_anita, paid.meta.id, 12300, PaymentMethod::Card);
    at(asOf.addDays(-30), 10);  // exactly 30 days: still the first bucket
    issue(m_anita, m_uma, {test::line("G", 1000)});

    const auto rows = reports().outstanding(asOf);
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows.value().size(), 2);
    const storage::AgingRow &bruno = rows.value().at(0), &anita = rows.value().at(1);
    EXPECT_EQ(bruno.patientName, QStringLiteral("Bruno D'Souza"));
    EXPECT_EQ(bruno.days61to90, 50000);
    EXPECT_EQ(bruno.over90, 60000);
    EXPECT_EQ(bruno.totalMinor(), 110000) << "the voided invoice owes nothing";
    EXPECT_EQ(anita.days0to30, 20000 + 1000);
    EXPECT_EQ(anita.days31to60, 40000);
    EXPECT_EQ(anita.totalMinor(), 61000);
    (void)old;
}

TEST_F(ReportRepositoryTest, appointmentRatesPerPractitionerAndWeekdayWithUtilisationOfWorkingHours)
{
    storage::SettingsRepository settings(*m_db, m_session);
    ASSERT_TRUE(settings.setValue(QStringLiteral("clinic.workingHours"), QStringLiteral("10:00-14:00")).ok());
    ASSERT_TRUE(settings.setValue(QStringLiteral("clinic.workingDays"), QStringLiteral("1-5")).ok());
    storage::AppointmentRepository appointments(*m_db, m_session);
    const QDate monday(2026, 11, 16);
    struct Booking
    {
        qint64 practitioner;
        QDate day;
        int hour;
        QList<AppointmentStatus> path;  // the status changes it goes through
    };
    using S = AppointmentStatus;
    const QList<Booking> bookings{{m_uma, monday, 10, {S::Arrived, S::Completed}},
                                  {m_uma, monday, 11, {S::NoShow}},
                                  {m_uma, monday, 12, {S::Cancelled}},
                                  {m_uma, monday.addDays(1), 10, {S::Arrived, S::Completed}},
                                  {m_ravi, monday.addDays(1), 10, {S::Arrived, S::Completed}},
                                  {m_ravi, monday.addDays(2), 13, {}},
                                  {m_ravi, monday.addDays(14), 13, {}}};  // outside the range
    at(monday.addDays(-7), 9);
    for (const auto &b : bookings) {
        const auto created = appointments.create(test::appointment(m_anita, b.practitioner, b.day, b.hour));
        ASSERT_TRUE(created.ok()) << qPrintable(created.error().message());
        for (const S status : b.path) {
            const auto moved = appointments.setStatus(created.value().meta.id, status, status == S::Cancelled ? QStringLiteral("Ill") : QString());
            ASSERT_TRUE(moved.ok()) << qPrintable(moved.error().message());
        }
    }
    const storage::DateRange week{monday, monday.addDays(6)};
    const auto byPractitioner = reports().appointmentsByPractitioner(week);
    ASSERT_TRUE(byPractitioner.ok());
    ASSERT_EQ(byPractitioner.value().size(), 2);
    const auto &uma = byPractitioner.value().at(0).label == QStringLiteral("Dr. Uma") ? byPractitioner.value().at(0) : byPractitioner.value().at(1);
    EXPECT_EQ(uma.total, 4);
    EXPECT_EQ(uma.completed, 2);
    EXPECT_EQ(uma.noShows, 1);
    EXPECT_EQ(uma.cancelled, 1);
    EXPECT_DOUBLE_EQ(uma.rate(uma.noShows), 0.25);
    EXPECT_EQ(uma.bookedMinutes, 3 * 30) << "the cancelled one is not booked time";
    EXPECT_EQ(uma.availableMinutes, 5 * 4 * 60) << "Monday to Friday, 10:00-14:00";
    EXPECT_DOUBLE_EQ(uma.utilisation(), 90.0 / 1200.0);

    const auto byWeekday = reports().appointmentsByWeekday(week);
    ASSERT_TRUE(byWeekday.ok());
    ASSERT_EQ(byWeekday.value().size(), 7);
    EXPECT_EQ(byWeekday.value().at(0).total, 3) << "Monday";
    EXPECT_EQ(byWeekday.value().at(1).total, 2) << "Tuesday";
    EXPECT_EQ(byWeekday.value().at(1).completed, 2);
    EXPECT_EQ(byWeekday.value().at(2).total, 1);
    EXPECT_EQ(byWeekday.value().at(6).total, 0);
}

TEST_F(ReportRepositoryTest, newAndReturningPatientsPerMonthAndReferralSources)
{
    storage::AppointmentRepository appointments(*m_db, m_session);
    const auto visit = [&](qint64 patient, QDate day, int hour) {
        at(day.addDays(-1), 9);
        const auto created = appointments.create(test::appointment(patient, m_uma, day, hour));
        ASSERT_TRUE(created.ok());
        ASSERT_TRUE(appointments.setStatus(created.value().meta.id, AppointmentStatus::Arrived, {}).ok());
    };
    visit(m_anita, QDate(2026, 9, 10), 10);   // Anita's first visit: September
    visit(m_anita, QDate(2026, 10, 5), 10);   // back in October
    visit(m_bruno, QDate(2026, 10, 6), 11);   // Bruno's first: October
    visit(m_bruno, QDate(2026, 10, 20), 11);  // counted once in October
    at(QDate(2026, 10, 1), 9);
    const auto cancelledFirst = appointments.create(test::appointment(m_bruno, m_ravi, QDate(2026, 8, 1), 9));
    ASSERT_TRUE(appointments.setStatus(cancelledFirst.value().meta.id, AppointmentStatus::Cancelled, QStringLiteral("x")).ok());

    const auto rows = reports().patientsByMonth({QDate(2026, 9, 1), QDate(2026, 10, 31)});
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows.value().size(), 2);
    EXPECT_EQ(rows.value().at(0).newPatients, 1);
    EXPECT_EQ(rows.value().at(0).returning, 0);
    EXPECT_EQ(rows.value().at(1).newPatients, 1) << "a cancelled appointment is not a first visit";
    EXPECT_EQ(rows.value().at(1).returning, 1);

    at(QDate(2026, 11, 2), 9);
    domain::Patient p = test::patient("Carla", "Nunes");
    p.referralSource = QStringLiteral("Dr. Mehta");
    ASSERT_TRUE(storage::PatientRepository(*m_db, m_session).create(p).ok());
    p = test::patient("Dev", "Shah");
    p.referralSource = QStringLiteral("Dr. Mehta");
    ASSERT_TRUE(storage::PatientRepository(*m_db, m_session).create(p).ok());
    ASSERT_TRUE(storage::PatientRepository(*m_db, m_session).create(test::patient("Eli", "Roy")).ok());
    const auto referrals = reports().referrals({QDate(2026, 11, 1), QDate(2026, 11, 30)});
    ASSERT_TRUE(referrals.ok());
    ASSERT_EQ(referrals.value().size(), 2);
    EXPECT_EQ(referrals.value().at(0).source, QString()) << "Anita, Bruno (the fixture's, 2 November) and Eli";
    EXPECT_EQ(referrals.value().at(0).patients, 3);
    EXPECT_EQ(referrals.value().at(1).source, QStringLiteral("Dr. Mehta"));
    EXPECT_EQ(referrals.value().at(1).patients, 2);
}

TEST_F(ReportRepositoryTest, monthBoundariesFollowDaylightSavingInSpain)
{
    m_session.timeZone = QTimeZone("Europe/Madrid");
    m_session.currency = QStringLiteral("EUR");
    // 31 March 2026 23:30 in Madrid is 21:30 UTC (summer time since the 29th): still March.
    at(QDate(2026, 3, 31), 23, 30);
    issue(m_anita, m_uma, {test::line("Sesión", 4000, 2100)});
    // 1 November 00:30 in Madrid is 23:30 UTC on 31 October (winter time since the 25th).
    at(QDate(2026, 11, 1), 0, 30);
    issue(m_anita, m_uma, {test::line("Sesión", 5000, 2100)});
    const auto rows = reports().revenueByMonth({QDate(2026, 3, 1), QDate(2026, 11, 30)}).value();
    ASSERT_EQ(rows.size(), 9);
    EXPECT_EQ(rows.first().invoicedMinor, 4000);
    EXPECT_EQ(rows.at(7).invoicedMinor, 0) << "October";
    EXPECT_EQ(rows.last().invoicedMinor, 5000);
}

TEST_F(ReportRepositoryTest, theDashboardShowsTodaysTakingsAndAppointmentsAndTheMonthAgainstTheLast)
{
    at(QDate(2026, 10, 15), 10);
    issue(m_anita, m_uma, {test::line("October", 70000)});
    at(QDate(2026, 11, 2), 8);
    const auto today = issue(m_bruno, m_uma, {test::line("November", 90000)});
    pay(m_bruno, today.meta.id, 40000, PaymentMethod::Cash);
    storage::AppointmentRepository appointments(*m_db, m_session);
    ASSERT_TRUE(appointments.create(test::appointment(m_anita, m_uma, QDate(2026, 11, 2), 10)).ok());
    const auto arrived = appointments.create(test::appointment(m_bruno, m_uma, QDate(2026, 11, 2), 11));
    ASSERT_TRUE(appointments.setStatus(arrived.value().meta.id, AppointmentStatus::Arrived, {}).ok());
    const auto d = reports().dashboard();
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d.value().takingsTodayMinor, 40000);
    EXPECT_EQ(d.value().todayByStatus.value(AppointmentStatus::Booked), 1);
    EXPECT_EQ(d.value().todayByStatus.value(AppointmentStatus::Arrived), 1);
    EXPECT_EQ(d.value().revenueThisMonthMinor, 90000);
    EXPECT_EQ(d.value().revenueLastMonthMinor, 70000);
}
