#include "clinic/storage/demoseeder.h"

#include "clinic/storage/appointmentrepository.h"
#include "clinic/storage/connection.h"
#include "clinic/storage/invoicerepository.h"
#include "clinic/storage/patientrepository.h"
#include "clinic/storage/paymentrepository.h"
#include "clinic/storage/practitionerrepository.h"
#include "clinic/storage/roomrepository.h"
#include "clinic/storage/servicerepository.h"
#include "clinic/storage/settingsrepository.h"
#include "clinic/storage/userrepository.h"
#include "clinic/storage/writetransaction.h"

#include <QRandomGenerator>
#include <QTimeZone>

#include <array>

namespace clinic::storage {
namespace {

// Invented people: common given names and surnames combined at random.
constexpr std::array kIndianFirst{"Aarav", "Priya", "Rohan", "Ananya", "Vikram", "Kavya", "Arjun", "Diya",
                                  "Rahul", "Sneha", "Aditya", "Isha", "Karthik", "Meera", "Sanjay",
                                  "Lakshmi", "Nikhil", "Pooja", "Ravi", "Anjali", "Farhan", "Zoya"};
constexpr std::array kIndianLast{"Sharma", "Patel", "Iyer", "Reddy", "Nair", "Gupta", "Singh", "Menon",
                                 "Rao", "Desai", "Joshi", "Kulkarni", "Chatterjee", "Mehta", "Pillai",
                                 "Khan", "D'Souza"};
constexpr std::array kSpanishFirst{"José", "María", "Lucía", "Javier", "Carmen", "Álvaro", "Sofía",
                                   "Pablo", "Marta", "Andrés", "Elena", "Íñigo", "Nuria", "Raúl"};
constexpr std::array kSpanishLast{"García", "Fernández", "López", "Martínez", "Sánchez", "Pérez",
                                  "Gómez", "Muñoz", "Jiménez", "Ruiz", "Hernández", "Díaz",
                                  "Álvarez", "Romero", "Núñez"};
constexpr std::array kReferrals{"Walk-in", "Doctor referral", "Google", "Friend or family", "Insurance", ""};

template<typename Array>
QString pick(QRandomGenerator &rng, const Array &array)
{
    return QString::fromUtf8(array[rng.bounded(static_cast<quint32>(array.size()))]);
}

// The seeder's own clock: set to each visit's time so history looks as if it happened then
// (created, issued and paid on the day of the visit).
class SeedClock final : public domain::Clock
{
public:
    [[nodiscard]] QDateTime now() const override { return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc(); }
    void set(const QDateTime &t) { m_now = t; }

private:
    QDateTime m_now;
};

struct Reference
{
    QList<qint64> practitioners;
    QList<qint64> rooms;
    QList<domain::Service> services;
    QList<qint64> patients;
    qint64 receptionist = 0;
};

domain::Status seedReferenceData(Connection &c, const Session &session, const DemoSeeder::Options &o,
                                 Reference &ref, DemoSeeder::Summary &summary)
{
    SettingsRepository settings(c, session);
    const std::array<std::pair<const char *, const char *>, 7> profile{{
        {"clinic.name", "Sunrise Physiotherapy (demo)"},
        {"clinic.address", "12 MG Road, Bengaluru 560001"},
        {"clinic.taxRegistration", "29ABCDE1234F1Z5"},
        {"clinic.currency", "INR"},
        {"clinic.country", "IN"},
        {"clinic.timeZone", "Asia/Kolkata"},
        {"billing.fiscalYearStartMonth", "4"}}};
    for (const auto &[key, value] : profile) {
        if (auto s = settings.setValue(QLatin1String(key), QString::fromUtf8(value)); !s)
            return s;
    }

    PractitionerRepository practitioners(c, session);
    const std::array<std::pair<const char *, const char *>, 6> staff{{
        {"Dr. Meera Iyer", "#3A7BD5"}, {"Dr. Javier Ruiz", "#E67E22"}, {"Anjali Nair", "#27AE60"},
        {"Rohan Mehta", "#8E44AD"}, {"Lucía Gómez", "#C0392B"}, {"Karthik Rao", "#16A085"}}};
    for (int i = 0; i < std::min<int>(o.practitioners, int(staff.size())); ++i) {
        domain::Practitioner p;
        p.name = QString::fromUtf8(staff[size_t(i)].first);
        p.colour = QLatin1String(staff[size_t(i)].second);
        p.title = QStringLiteral("Physiotherapist");
        auto saved = practitioners.create(p);
        if (!saved)
            return saved.error();
        ref.practitioners << saved.value().meta.id;
    }
    RoomRepository rooms(c, session);
    for (int i = 1; i <= std::max(1, o.practitioners); ++i) {
        auto saved = rooms.create(domain::Room{{}, QStringLiteral("Room %1").arg(i), true});
        if (!saved)
            return saved.error();
        ref.rooms << saved.value().meta.id;
    }
    ServiceRepository services(c, session);
    struct ServiceSpec { const char *code; const char *name; int minutes; qint64 price; int taxBp; const char *sac; };
    const std::array<ServiceSpec, 6> list{{
        {"ASSESS", "Initial assessment", 45, 120000, 0, "999312"},
        {"PT30", "Physiotherapy session, 30 min", 30, 80000, 0, "999312"},
        {"PT45", "Physiotherapy session, 45 min", 45, 110000, 0, "999312"},
        {"HOME", "Home visit", 60, 200000, 0, "999312"},
        {"DRYN", "Dry needling", 30, 90000, 0, "999312"},
        {"BRACE", "Knee brace (product)", 15, 150000, 1200, "9021"}}};
    for (const auto &spec : list) {
        domain::Service s;
        s.code = QLatin1String(spec.code);
        s.name = QString::fromUtf8(spec.name);
        s.durationMinutes = spec.minutes;
        s.priceMinor = spec.price;
        s.taxRateBp = spec.taxBp;
        s.taxCode = QLatin1String(spec.sac);
        auto saved = services.create(s);
        if (!saved)
            return saved.error();
        ref.services << saved.value();
    }
    UserRepository users(c, session);
    if (o.passwordIterations > 0)
        users.setHashIterations(o.passwordIterations);
    domain::User admin;
    admin.login = QStringLiteral("admin");
    admin.displayName = QStringLiteral("Clinic Admin");
    admin.role = domain::Role::Admin;
    if (auto saved = users.create(admin, o.adminPassword); !saved)
        return saved.error();
    domain::User desk;
    desk.login = QStringLiteral("reception");
    desk.displayName = QStringLiteral("Front Desk");
    desk.role = domain::Role::Reception;
    auto savedDesk = users.create(desk, o.adminPassword);
    if (!savedDesk)
        return savedDesk.error();
    ref.receptionist = savedDesk.value().meta.id;
    summary.practitioners = ref.practitioners.size();
    summary.rooms = ref.rooms.size();
    summary.services = ref.services.size();
    summary.users = 2;
    return {};
}

domain::Patient inventPatient(QRandomGenerator &rng, int index, const QDate &today)
{
    domain::Patient p;
    const bool spanish = rng.bounded(4) == 0;
    p.firstName = spanish ? pick(rng, kSpanishFirst) : pick(rng, kIndianFirst);
    p.lastName = spanish ? pick(rng, kSpanishLast) : pick(rng, kIndianLast);
    p.patientNumber = QStringLiteral("P%1").arg(index, 6, 10, QLatin1Char('0'));
    p.dateOfBirth = today.addDays(-qint64(rng.bounded(3 * 365, 85 * 365)));
    p.sex = rng.bounded(2) ? domain::Sex::Female : domain::Sex::Male;
    if (spanish)
        p.phone = QStringLiteral("+34 6%1").arg(rng.bounded(10'000'000, 99'999'999));
    else
        p.phone = QStringLiteral("9%1%2").arg(rng.bounded(100'000, 999'999)).arg(rng.bounded(100, 999));
    p.city = spanish ? QStringLiteral("Madrid") : QStringLiteral("Bengaluru");
    p.referralSource = pick(rng, kReferrals);
    p.consentSms = rng.bounded(3) != 0;
    if (rng.bounded(10) == 0)
        p.alerts = QStringLiteral("Hypertension: check BP before exercise");
    return p;
}

} // namespace

domain::Result<DemoSeeder::Summary> DemoSeeder::seed(Connection &c, const Session &sessionIn,
                                                     const Options &o, const Progress &progress)
{
    Session session = sessionIn;
    session.role = domain::Role::Admin;
    session.timeZone = QTimeZone("Asia/Kolkata");
    session.defaultCountry = QStringLiteral("IN");
    session.currency = QStringLiteral("INR");
    const QDate today = sessionIn.today();
    SeedClock clock;
    session.clock = &clock;
    QRandomGenerator rng(o.seed);
    Summary summary;
    Reference ref;

    {
        WriteTransaction tx(c, session.userId);
        if (!tx.isActive())
            return tx.error();
        if (auto s = seedReferenceData(c, session, o, ref, summary); !s)
            return s.error();
        if (auto s = tx.commit(); !s)
            return s.error();
    }

    constexpr int kBatch = 2000;  // rows per transaction: fast, and a crash loses one batch at most
    PatientRepository patients(c, session);
    for (int done = 0; done < o.patients;) {
        WriteTransaction tx(c, session.userId);
        if (!tx.isActive())
            return tx.error();
        for (int i = 0; i < kBatch && done < o.patients; ++i, ++done) {
            auto saved = patients.create(inventPatient(rng, done + 1, today));
            if (!saved)
                return saved.error();
            ref.patients << saved.value().meta.id;
        }
        if (auto s = tx.commit(); !s)
            return s.error();
        if (progress)
            progress(done, o.patients, "patients");
    }
    summary.patients = ref.patients.size();
    if (ref.patients.isEmpty())
        return summary;

    AppointmentRepository appointments(c, session);
    InvoiceRepository invoices(c, session);
    PaymentRepository payments(c, session);
    const qint64 totalDays = qint64(o.daysBack) + o.daysAhead + 1;
    qint64 dayIndex = 0;
    for (QDate day = today.addDays(-o.daysBack); day <= today.addDays(o.daysAhead); day = day.addDays(1), ++dayIndex) {
        if (day.dayOfWeek() == Qt::Sunday)
            continue;
        WriteTransaction tx(c, session.userId);
        if (!tx.isActive())
            return tx.error();
        for (int pi = 0; pi < ref.practitioners.size(); ++pi) {
            for (int slot = 0; slot < o.appointmentsPerPractitionerDay; ++slot) {
                const domain::Service &service = ref.services.at(int(rng.bounded(qint64(ref.services.size() - 1))));
                domain::Appointment a;
                a.patientId = ref.patients.at(int(rng.bounded(qint64(ref.patients.size()))));
                a.practitionerId = ref.practitioners.at(pi);
                a.roomId = ref.rooms.at(pi % ref.rooms.size());
                a.serviceId = service.meta.id;
                a.startAt = QDateTime(day, QTime(9, 0).addSecs(slot * 3600), session.timeZone).toUTC();
                a.endAt = a.startAt.addSecs(service.durationMinutes * 60);
                const bool past = day < today;
                const int roll = int(rng.bounded(100));
                if (past)
                    a.status = roll < 85 ? domain::AppointmentStatus::Completed
                             : roll < 93 ? domain::AppointmentStatus::NoShow
                                         : domain::AppointmentStatus::Cancelled;
                else
                    a.status = roll < 60 ? domain::AppointmentStatus::Booked : domain::AppointmentStatus::Confirmed;
                if (a.status == domain::AppointmentStatus::Cancelled) {
                    a.cancelReason = QStringLiteral("Patient rescheduled");
                    a.cancelledAt = a.startAt.addDays(-1);
                }
                if (a.status == domain::AppointmentStatus::Completed)
                    a.arrivedAt = a.startAt.addSecs(-60 * qint64(rng.bounded(2, 20)));
                clock.set(std::min(a.startAt.addDays(-7), sessionIn.clock->now()));
                auto saved = appointments.create(a);
                if (!saved)
                    return saved.error();
                ++summary.appointments;

                if (a.status != domain::AppointmentStatus::Completed || int(rng.bounded(100)) >= o.invoicePercent)
                    continue;
                clock.set(a.endAt);
                domain::Invoice inv;
                inv.patientId = a.patientId;
                inv.practitionerId = a.practitionerId;
                inv.appointmentId = saved.value().meta.id;
                domain::InvoiceLine line;
                line.serviceId = service.meta.id;
                line.description = service.name;
                line.unitPriceMinor = service.priceMinor;
                line.taxRateBp = service.taxRateBp;
                line.taxCode = service.taxCode;
                if (rng.bounded(10) == 0)
                    line.discountBp = 1000;
                inv.lines << line;
                for (int extra = 1; extra < o.linesPerInvoice; ++extra) {
                    const domain::Service &more = ref.services.at(int(rng.bounded(qint64(ref.services.size()))));
                    domain::InvoiceLine l;
                    l.serviceId = more.meta.id;
                    l.description = more.name;
                    l.unitPriceMinor = more.priceMinor;
                    l.taxRateBp = more.taxRateBp;
                    l.taxCode = more.taxCode;
                    inv.lines << l;
                }
                auto draft = invoices.createDraft(inv);
                if (!draft)
                    return draft.error();
                auto issued = invoices.issue(draft.value().meta.id, {QStringLiteral("FD"), 4});
                if (!issued)
                    return issued.error();
                ++summary.invoices;
                domain::Payment pay;
                pay.patientId = a.patientId;
                pay.invoiceId = issued.value().meta.id;
                pay.amountMinor = issued.value().totalMinor;
                pay.method = std::array{domain::PaymentMethod::Cash, domain::PaymentMethod::Card,
                                        domain::PaymentMethod::Upi}[rng.bounded(3)];
                pay.receivedAt = a.endAt;
                pay.receivedBy = ref.receptionist;
                if (pay.amountMinor > 0) {
                    auto paid = payments.record(pay);
                    if (!paid)
                        return paid.error();
                    summary.payments += paid.value().size();
                }
            }
        }
        if (auto s = tx.commit(); !s)
            return s.error();
        if (progress && dayIndex % 30 == 0)
            progress(dayIndex, totalDays, "appointments");
    }
    return summary;
}

} // namespace clinic::storage
