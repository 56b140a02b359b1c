// Every repository refuses oversize and unreadable text in every text field with an error that
// names the field, and writes nothing (no row, no outbox entry, no audit entry).
#include "clinic/storage/appointmentrepository.h"
#include "clinic/storage/clinicalnoterepository.h"
#include "clinic/storage/creditnoterepository.h"
#include "clinic/storage/invoicerepository.h"
#include "clinic/storage/patientrepository.h"
#include "clinic/storage/paymentrepository.h"
#include "clinic/storage/practitionerrepository.h"
#include "clinic/storage/roomrepository.h"
#include "clinic/storage/servicerepository.h"
#include "clinic/storage/userrepository.h"

#include "support/fixtures.h"
#include "support/tempdatabase.h"

#include <functional>

using namespace clinic;

namespace {

const QString &huge()
{
    static const QString s(1'000'000, QLatin1Char('x'));
    return s;
}

const QString &broken()
{
    static const QString s = QString::fromUtf8("ok \xC3\x28 \xff broken");
    return s;
}

} // namespace

class BadInputTest : public test::TempDatabaseTest
{
protected:
    void SetUp() override
    {
        TempDatabaseTest::SetUp();
        m_patient = storage::PatientRepository(*m_db, m_session).create(test::patient("Ria", "Sen")).value().meta.id;
        m_practitioner = storage::PractitionerRepository(*m_db, m_session).create(test::practitioner("Dr. Ira Bose")).value().meta.id;
        domain::Invoice inv;
        inv.patientId = m_patient;
        inv.lines << test::line("Session", 1000);
        storage::InvoiceRepository invoices(*m_db, m_session);
        m_invoice = invoices.issue(invoices.createDraft(inv).value().meta.id, {QStringLiteral("FD"), 4}).value().meta.id;
    }

    QString state() const
    {
        return scalar(QStringLiteral(
            "SELECT (SELECT count(*) FROM sync_outbox) || '/' || (SELECT count(*) FROM audit_log) || '/' || "
            "(SELECT group_concat(n) FROM (SELECT count(*) AS n FROM practitioners UNION ALL SELECT count(*) FROM rooms "
            "UNION ALL SELECT count(*) FROM services UNION ALL SELECT count(*) FROM users UNION ALL SELECT count(*) FROM appointments "
            "UNION ALL SELECT count(*) FROM clinical_notes UNION ALL SELECT count(*) FROM invoices UNION ALL SELECT count(*) FROM payments "
            "UNION ALL SELECT count(*) FROM credit_notes))")).toString();
    }

    /// Runs `attempt(value)` with each bad value; each must fail naming `field` and change nothing.
    void expectRefused(const char *what, const char *field,
                       const std::function<domain::Status(const QString &)> &attempt)
    {
        for (const QString *bad : {&huge(), &broken()}) {
            const QString before = state();
            const domain::Status result = attempt(*bad);
            ASSERT_FALSE(result.ok()) << what << "." << field << (bad == &huge() ? " (1 MB)" : " (invalid UTF-8)");
            EXPECT_EQ(result.error().code(), domain::ErrorCode::Validation) << what << "." << field;
            EXPECT_TRUE(result.error().hasFieldError(QLatin1String(field)))
                << what << "." << field << ": " << result.error().message().toStdString();
            EXPECT_EQ(state(), before) << what << "." << field << " wrote something";
        }
    }

    template<typename T>
    static domain::Status status(const domain::Result<T> &r)
    {
        return r.ok() ? domain::Status() : domain::Status(r.error());
    }

    qint64 m_patient = 0, m_practitioner = 0, m_invoice = 0;
};

TEST_F(BadInputTest, practitionersRoomsServicesAndUsers)
{
    using domain::Practitioner;
    const std::pair<const char *, void (*)(Practitioner &, const QString &)> practitionerFields[] = {
        {"name", [](Practitioner &p, const QString &v) { p.name = v; }},
        {"title", [](Practitioner &p, const QString &v) { p.title = v; }},
        {"registrationNo", [](Practitioner &p, const QString &v) { p.registrationNo = v; }},
        {"phone", [](Practitioner &p, const QString &v) { p.phone = v; }},
        {"email", [](Practitioner &p, const QString &v) { p.email = v; }},
        {"colour", [](Practitioner &p, const QString &v) { p.colour = v; }},
    };
    for (const auto &[field, set] : practitionerFields) {
        expectRefused("practitioner", field, [&, set = set](const QString &v) {
            Practitioner p = test::practitioner("Dr. Valid");
            set(p, v);
            return status(storage::PractitionerRepository(*m_db, m_session).create(p));
        });
    }
    expectRefused("room", "name", [&](const QString &v) {
        return status(storage::RoomRepository(*m_db, m_session).create(domain::Room{{}, v, true}));
    });
    using domain::Service;
    const std::pair<const char *, void (*)(Service &, const QString &)> serviceFields[] = {
        {"code", [](Service &s, const QString &v) { s.code = v; }},
        {"name", [](Service &s, const QString &v) { s.name = v; }},
        {"taxCode", [](Service &s, const QString &v) { s.taxCode = v; }},
    };
    for (const auto &[field, set] : serviceFields) {
        expectRefused("service", field, [&, set = set](const QString &v) {
            Service s = test::service("OK1", 100);
            set(s, v);
            return status(storage::ServiceRepository(*m_db, m_session).create(s));
        });
    }
    expectRefused("user", "login", [&](const QString &v) {
        domain::User u;
        u.login = v;
        u.displayName = QStringLiteral("Valid Name");
        storage::UserRepository users(*m_db, m_session);
        users.setHashIterations(1000);
        return status(users.create(u, QStringLiteral("long enough")));
    });
    expectRefused("user", "displayName", [&](const QString &v) {
        domain::User u;
        u.login = QStringLiteral("valid");
        u.displayName = v;
        storage::UserRepository users(*m_db, m_session);
        users.setHashIterations(1000);
        return status(users.create(u, QStringLiteral("long enough")));
    });
}

TEST_F(BadInputTest, appointmentsAndClinicalNotes)
{
    using domain::Appointment;
    const std::pair<const char *, void (*)(Appointment &, const QString &)> fields[] = {
        {"notes", [](Appointment &a, const QString &v) { a.notes = v; }},
        {"seriesId", [](Appointment &a, const QString &v) { a.seriesId = v; }},
        {"cancelReason", [](Appointment &a, const QString &v) {
             a.status = domain::AppointmentStatus::Cancelled;
             a.cancelReason = v;
         }},
    };
    for (const auto &[field, set] : fields) {
        expectRefused("appointment", field, [&, set = set](const QString &v) {
            Appointment a = test::appointment(m_patient, m_practitioner, QDate(2026, 12, 1), 10);
            set(a, v);
            return status(storage::AppointmentRepository(*m_db, m_session).create(a));
        });
    }
    using domain::ClinicalNote;
    const std::pair<const char *, void (*)(ClinicalNote &, const QString &)> noteFields[] = {
        {"subjective", [](ClinicalNote &n, const QString &v) { n.subjective = v; }},
        {"objective", [](ClinicalNote &n, const QString &v) { n.objective = v; }},
        {"assessment", [](ClinicalNote &n, const QString &v) { n.assessment = v; }},
        {"plan", [](ClinicalNote &n, const QString &v) { n.plan = v; }},
    };
    m_session.role = domain::Role::Practitioner;
    for (const auto &[field, set] : noteFields) {
        expectRefused("clinical note", field, [&, set = set](const QString &v) {
            ClinicalNote n;
            n.patientId = m_patient;
            n.practitionerId = m_practitioner;
            n.subjective = QStringLiteral("valid");
            set(n, v);
            return status(storage::ClinicalNoteRepository(*m_db, m_session).create(n));
        });
    }
}

TEST_F(BadInputTest, invoicesPaymentsAndCreditNotes)
{
    expectRefused("invoice", "notes", [&](const QString &v) {
        domain::Invoice inv;
        inv.patientId = m_patient;
        inv.notes = v;
        return status(storage::InvoiceRepository(*m_db, m_session).createDraft(inv));
    });
    expectRefused("invoice line", "lines[0].description", [&](const QString &v) {
        domain::Invoice inv;
        inv.patientId = m_patient;
        inv.lines << test::line("x", 100);
        inv.lines[0].description = v;
        return status(storage::InvoiceRepository(*m_db, m_session).createDraft(inv));
    });
    expectRefused("invoice line", "lines[0].taxCode", [&](const QString &v) {
        domain::Invoice inv;
        inv.patientId = m_patient;
        inv.lines << test::line("x", 100);
        inv.lines[0].taxCode = v;
        return status(storage::InvoiceRepository(*m_db, m_session).createDraft(inv));
    });
    for (const char *field : {"reference", "notes"}) {
        expectRefused("payment", field, [&](const QString &v) {
            domain::Payment p;
            p.patientId = m_patient;
            p.amountMinor = 100;
            (QLatin1String(field) == QLatin1String("reference") ? p.reference : p.notes) = v;
            return status(storage::PaymentRepository(*m_db, m_session).record(p));
        });
    }
    expectRefused("credit note", "reason", [&](const QString &v) {
        return status(storage::CreditNoteRepository(*m_db, m_session).issue(m_invoice, 100, v, {QStringLiteral("FC"), 4}));
    });
}

TEST_F(BadInputTest, anEditedServiceOrRoomKeepsAFieldAnotherDeskChangedMeanwhile)
{
    storage::ServiceRepository services(*m_db, m_session);
    const auto loaded = services.create(test::service("SW", 50000)).value();
    domain::Service other = loaded;
    other.priceMinor = 55000;  // another desk's price change, already pulled
    ASSERT_TRUE(services.update(other).ok());
    domain::Service edited = loaded;
    edited.name = QStringLiteral("Shock wave therapy");
    const auto saved = services.update(loaded, edited);
    ASSERT_TRUE(saved.ok()) << qPrintable(saved.error().message());
    EXPECT_EQ(saved.value().name, QStringLiteral("Shock wave therapy"));
    EXPECT_EQ(saved.value().priceMinor, 55000);
    domain::Service bad = saved.value();
    bad.priceMinor = -1;
    EXPECT_FALSE(services.update(saved.value(), bad).ok());

    storage::RoomRepository rooms(*m_db, m_session);
    const auto room = rooms.create(domain::Room{{}, QStringLiteral("Room 9"), true}).value();
    domain::Room closed = room;
    closed.active = false;
    ASSERT_TRUE(rooms.update(closed).ok());
    domain::Room renamed = room;
    renamed.name = QStringLiteral("Gym 9");
    const auto savedRoom = rooms.update(room, renamed);
    ASSERT_TRUE(savedRoom.ok());
    EXPECT_FALSE(savedRoom.value().active) << "still out of use";
    EXPECT_EQ(savedRoom.value().name, QStringLiteral("Gym 9"));
}
