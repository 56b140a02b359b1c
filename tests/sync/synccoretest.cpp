// Two desks, each on its own SQLite file, converging through the real server store (SQLite),
// with the same JSON bodies the HTTP API sends: outbox -> push -> answer, feed -> pull -> rows.
#include "clinic/protocol/codec.h"
#include "clinic/server/serverstore.h"
#include "clinic/server/wireencoding.h"
#include "clinic/storage/appointmentrepository.h"
#include "clinic/storage/billingaudit.h"
#include "clinic/storage/invoicerepository.h"
#include "clinic/storage/migrator.h"
#include "clinic/storage/patientrepository.h"
#include "clinic/storage/patientsearchindex.h"
#include "clinic/storage/paymentrepository.h"
#include "clinic/storage/practitionerrepository.h"
#include "clinic/sync/conflictinbox.h"
#include "clinic/sync/outboxpush.h"
#include "clinic/sync/pullapplier.h"

#include "support/fixtures.h"
#include "support/tempdatabase.h"

#include <QSqlQuery>
#include <nlohmann/json.hpp>
#include <QThread>

using namespace clinic;

namespace {

/// A prepared push as the server reads it off the wire.
protocol::PushRequest parsed(const sync::OutboxPush &push, qint64 base)
{
    auto request = protocol::Codec::parsePush(push.body(base), {});
    EXPECT_TRUE(std::holds_alternative<protocol::PushRequest>(request));
    return std::get<protocol::PushRequest>(std::move(request));
}

struct Desk
{
    std::unique_ptr<storage::Connection> db;
    server::DeviceIdentity device;
    storage::Session session;
};

} // namespace

class SyncCoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto store = server::ServerStore::open(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("server.db")));
        ASSERT_TRUE(store.ok());
        m_server = std::move(store).value();
        ASSERT_TRUE(m_server->migrate().ok());
        const qint64 clinic = m_server->createClinic(QStringLiteral("Sync clinic")).value();
        for (Desk *desk : {&m_a, &m_b}) {
            const QString name = desk == &m_a ? QStringLiteral("deskA") : QStringLiteral("deskB");
            auto opened = storage::Connection::open(m_dir.filePath(name + QStringLiteral(".db")), name);
            ASSERT_TRUE(opened.ok());
            desk->db = std::move(opened).value();
            const QString code = m_server->createEnrollmentCode(clinic, QStringLiteral("full"), 3600).value();
            const auto enrolled = m_server->enroll(code, desk->db->deviceId(), name);
            ASSERT_TRUE(enrolled.ok());
            desk->device = m_server->authenticate(enrolled.value().token).value();
            desk->session.timeZone = QTimeZone("Asia/Kolkata");
        }
    }

    /// One full sync of a desk: push everything pending, then pull until up to date.
    void sync(Desk &desk, int pageSize = 100)
    {
        for (int guard = 0; guard < 100; ++guard) {
            const auto push = sync::OutboxPush::prepare(*desk.db, 200, storage::Migrator::latestVersion());
            ASSERT_TRUE(push.ok()) << push.error().message().toStdString();
            if (push.value().isEmpty())
                break;
            const auto outcomes = m_server->push(desk.device, parsed(push.value(), sync::PullApplier::cursor(*desk.db).value()));
            ASSERT_TRUE(outcomes.ok());
            const QByteArray answer = server::WireEncoding::pushAnswer(outcomes.value().outcomes, outcomes.value().revision);
            ASSERT_TRUE(push.value().applyAnswer(*desk.db, answer).ok());
        }
        for (int guard = 0; guard < 10000; ++guard) {
            const qint64 cursor = sync::PullApplier::cursor(*desk.db).value();
            const auto page = m_server->pull(desk.device, cursor, pageSize);
            ASSERT_TRUE(page.ok());
            const auto applied = sync::PullApplier::apply(*desk.db, server::WireEncoding::pullPage(page.value()));
            ASSERT_TRUE(applied.ok()) << applied.error().message().toStdString();
            if (!applied.value().hasMore)
                break;
        }
    }

    static QVariant scalar(const Desk &desk, const QString &sql)
    {
        QSqlQuery q(desk.db->database());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

    /// The desk pulls, gives the patient found by `name` a new phone and pushes it.
    void syncAndChangePhone(Desk &desk, const QString &name, const QString &phone)
    {
        sync(desk);
        storage::PatientRepository repository(*desk.db, desk.session);
        const domain::Patient loaded = repository.search(name).value().patients.value(0);
        ASSERT_GT(loaded.meta.id, 0);
        domain::Patient edited = loaded;
        edited.phone = phone;
        ASSERT_TRUE(repository.update(loaded, edited).ok());
        sync(desk);
    }

    /// Both desks hold the one patient with this phone and these alerts.
    void expectOnBothDesks(const QString &phone, const QString &alerts)
    {
        for (const Desk *desk : {&m_a, &m_b}) {
            EXPECT_EQ(scalar(*desk, QStringLiteral("SELECT phone FROM patients")).toString(), phone) << "the later phone survives";
            EXPECT_EQ(scalar(*desk, QStringLiteral("SELECT alerts FROM patients")).toString(), alerts);
            EXPECT_EQ(scalar(*desk, QStringLiteral("SELECT count(*) FROM patients")).toInt(), 1);
        }
    }

    static qint64 localIdOf(const Desk &desk, const char *table, qint64 cloudId)
    {
        return scalar(desk, QStringLiteral("SELECT id FROM %1 WHERE cloud_id = %2").arg(QLatin1String(table)).arg(cloudId)).toLongLong();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<server::ServerStore> m_server;
    Desk m_a, m_b;
};

TEST_F(SyncCoreTest, rowsCreatedOnOneDeskAppearOnTheOtherWithTheirReferencesMappedToLocalIds)
{
    // B has rows of its own first, so the same record has different local ids on A and B.
    ASSERT_TRUE(storage::PatientRepository(*m_b.db, m_b.session).create(test::patient("Local", "Only")).ok());
    ASSERT_TRUE(storage::PatientRepository(*m_b.db, m_b.session).create(test::patient("Another", "Local")).ok());

    const auto patient = storage::PatientRepository(*m_a.db, m_a.session).create(test::patient("Farida", "Khan", "9812312312"));
    const auto doctor = storage::PractitionerRepository(*m_a.db, m_a.session).create(test::practitioner("Dr. Sen"));
    ASSERT_TRUE(patient.ok() && doctor.ok());
    ASSERT_TRUE(storage::AppointmentRepository(*m_a.db, m_a.session)
                    .create(test::appointment(patient.value().meta.id, doctor.value().meta.id, QDate(2026, 12, 2), 10)).ok());
    domain::Invoice invoice;
    invoice.patientId = patient.value().meta.id;
    invoice.lines << test::line("Session", 80000);
    storage::InvoiceRepository invoices(*m_a.db, m_a.session);
    const auto issued = invoices.issue(invoices.createDraft(invoice).value().meta.id, {QStringLiteral("FD"), 4});
    ASSERT_TRUE(issued.ok());
    domain::Payment payment;
    payment.patientId = patient.value().meta.id;
    payment.invoiceId = issued.value().meta.id;
    payment.amountMinor = 80000;
    ASSERT_TRUE(storage::PaymentRepository(*m_a.db, m_a.session).record(payment).ok());

    sync(m_a);
    EXPECT_EQ(scalar(m_a, QStringLiteral("SELECT count(*) FROM sync_outbox")).toInt(), 0) << "everything pushed and cleared";
    EXPECT_EQ(scalar(m_a, QStringLiteral("SELECT count(*) FROM patients WHERE cloud_id IS NULL")).toInt(), 0) << "mapped";
    sync(m_b);

    const qint64 patientCloud = scalar(m_a, QStringLiteral("SELECT cloud_id FROM patients WHERE id = %1").arg(patient.value().meta.id)).toLongLong();
    const qint64 patientOnB = localIdOf(m_b, "patients", patientCloud);
    ASSERT_GT(patientOnB, 0);
    EXPECT_NE(patientOnB, patient.value().meta.id) << "the fixture makes local ids differ";
    const auto found = storage::PatientRepository(*m_b.db, m_b.session).search(QStringLiteral("farida"));
    ASSERT_EQ(found.value().patients.size(), 1);
    EXPECT_EQ(found.value().patients.first().phone, QStringLiteral("+919812312312"));
    // The invoice on B points at B's patient, and so do its payment and the appointment.
    const qint64 invoiceCloud = scalar(m_a, QStringLiteral("SELECT cloud_id FROM invoices")).toLongLong();
    const auto onB = storage::InvoiceRepository(*m_b.db, m_b.session).get(localIdOf(m_b, "invoices", invoiceCloud));
    ASSERT_TRUE(onB.ok());
    EXPECT_EQ(onB.value().patientId, patientOnB);
    EXPECT_EQ(onB.value().numberText, issued.value().numberText);
    EXPECT_EQ(onB.value().chainHash, issued.value().chainHash);
    ASSERT_EQ(onB.value().lines.size(), 1);
    EXPECT_EQ(onB.value().lines.first().totalMinor, 80000);
    EXPECT_EQ(scalar(m_b, QStringLiteral("SELECT patient_id FROM payments")).toLongLong(), patientOnB);
    EXPECT_EQ(scalar(m_b, QStringLiteral("SELECT invoice_id FROM payments")).toLongLong(), onB.value().meta.id);
    EXPECT_EQ(scalar(m_b, QStringLiteral("SELECT patient_id FROM appointments")).toLongLong(), patientOnB);
    EXPECT_EQ(scalar(m_b, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE row_id <> 0 AND table_name <> 'patients' AND table_name <> 'audit_log'")).toInt(), 0)
        << "pulled rows are not captured again";
}

TEST_F(SyncCoreTest, aRecordKeepsTheTimeItWasCreatedOnEveryDesk)
{
    // A patient and a clinical note written on A while it was offline for days: on B they must
    // show when they were written, not when B received them (a note's date is part of the record).
    const auto patient = storage::PatientRepository(*m_a.db, m_a.session).create(test::patient("Roshni", "Pillai"));
    ASSERT_TRUE(patient.ok());
    const qint64 writtenAt = 1'700'000'000'000;  // 14 Nov 2023
    QSqlQuery backdate(m_a.db->database());
    ASSERT_TRUE(backdate.exec(QStringLiteral("UPDATE patients SET created_at = %1").arg(writtenAt)));
    ASSERT_TRUE(backdate.exec(QStringLiteral("UPDATE audit_log SET created_at = %1").arg(writtenAt + 1)));
    sync(m_a);
    sync(m_b);
    EXPECT_EQ(scalar(m_b, QStringLiteral("SELECT created_at FROM patients")).toLongLong(), writtenAt);
    EXPECT_EQ(scalar(m_b, QStringLiteral("SELECT count(*) FROM audit_log WHERE created_at = %1").arg(writtenAt + 1)).toInt(),
              scalar(m_a, QStringLiteral("SELECT count(*) FROM audit_log WHERE created_at = %1").arg(writtenAt + 1)).toInt());
    EXPECT_EQ(scalar(m_a, QStringLiteral("SELECT created_at FROM patients")).toLongLong(), writtenAt) << "the pull-back changes nothing";

    // A row the server stored before desks sent their creation time gets the server's time; the
    // server sends that, and every desk ends with the same value.
    const auto other = storage::PatientRepository(*m_a.db, m_a.session).create(test::patient("Tomas", "Egede"));
    ASSERT_TRUE(other.ok());
    const auto push = sync::OutboxPush::prepare(*m_a.db, 200, storage::Migrator::latestVersion());
    ASSERT_TRUE(push.ok());
    protocol::PushRequest request = parsed(push.value(), sync::PullApplier::cursor(*m_a.db).value());
    for (protocol::RowChange &change : request.changes) {
        EXPECT_TRUE(change.createdAt.has_value()) << "a new row carries its creation time";
        change.createdAt.reset();  // as an older desk sent it
    }
    const auto outcomes = m_server->push(m_a.device, request);
    ASSERT_TRUE(outcomes.ok());
    ASSERT_TRUE(push.value().applyAnswer(*m_a.db, server::WireEncoding::pushAnswer(outcomes.value().outcomes, outcomes.value().revision)).ok());
    sync(m_a);
    sync(m_b);
    const QString tomas = QStringLiteral("SELECT created_at FROM patients WHERE first_name = 'Tomas'");
    EXPECT_EQ(scalar(m_a, tomas).toLongLong(), scalar(m_b, tomas).toLongLong());
}

TEST_F(SyncCoreTest, aRowResentWholeAfterALostAnswerDoesNotOverwriteALaterEditWithItsOldValues)
{
    // Found by the randomized convergence test: A creates a patient, the server stores it but A
    // never sees the answer, so A still has no cloud id for it. B pulls it and changes the phone.
    // A then edits the alerts and pushes: not knowing whether the server has the row, it sends
    // every column — the phone as A created it. That phone was written before B's; it must not
    // win over B's because A's alerts edit came later.
    storage::PatientRepository onA(*m_a.db, m_a.session);
    const auto created = onA.create(test::patient("Ilse", "Brandt", "98111 22233"));
    ASSERT_TRUE(created.ok());
    {
        const auto push = sync::OutboxPush::prepare(*m_a.db, 200, storage::Migrator::latestVersion());
        ASSERT_TRUE(push.ok());
        ASSERT_TRUE(m_server->push(m_a.device, parsed(push.value(), 0)).ok());  // stored; the answer is lost
    }
    QThread::msleep(5);
    syncAndChangePhone(m_b, QStringLiteral("ilse"), QStringLiteral("97000 11122"));
    QThread::msleep(5);
    domain::Patient alerts = created.value();
    alerts.alerts = QStringLiteral("Allergic to latex");
    ASSERT_TRUE(onA.update(created.value(), alerts).ok());
    EXPECT_TRUE(scalar(m_a, QStringLiteral("SELECT cloud_id FROM patients")).isNull()) << "A still has no cloud id for it";
    sync(m_a);
    sync(m_b);
    expectOnBothDesks(QStringLiteral("+919700011122"), QStringLiteral("Allergic to latex"));
}

TEST_F(SyncCoreTest, aPushReadAheadOfTheOneCreatingARowDoesNotOverwriteALaterEditWithItsOldValues)
{
    // The engine reads push N+1 while N is on the wire. A row created in N and edited after it is
    // in N+1 without a cloud id (N's answer is not stored yet), so N+1 sends it whole. Its columns
    // the later edit did not touch carry the creation's clock, not the edit's: B's phone, written
    // after N reached the server and before A's edit, survives. (Found by the convergence test,
    // seed 2026.)
    storage::PatientRepository onA(*m_a.db, m_a.session);
    const auto created = onA.create(test::patient("Ilse", "Brandt", "98111 22233"));
    ASSERT_TRUE(created.ok());
    const auto first = sync::OutboxPush::prepare(*m_a.db, 200, storage::Migrator::latestVersion());
    ASSERT_TRUE(first.ok());
    const auto firstOutcome = m_server->push(m_a.device, parsed(first.value(), 0));  // its answer still on the way
    ASSERT_TRUE(firstOutcome.ok());
    QThread::msleep(5);
    syncAndChangePhone(m_b, QStringLiteral("ilse"), QStringLiteral("97000 11122"));
    QThread::msleep(5);
    domain::Patient alerts = created.value();
    alerts.alerts = QStringLiteral("Allergic to latex");  // after B's phone
    ASSERT_TRUE(onA.update(created.value(), alerts).ok());
    const auto ahead = sync::OutboxPush::prepare(*m_a.db, 200, storage::Migrator::latestVersion(), first.value().maxSeq);
    ASSERT_TRUE(ahead.ok());
    ASSERT_FALSE(ahead.value().isEmpty());
    const auto aheadOutcome = m_server->push(m_a.device, parsed(ahead.value(), 0));
    ASSERT_TRUE(aheadOutcome.ok());
    ASSERT_TRUE(first.value().applyAnswer(*m_a.db, server::WireEncoding::pushAnswer(firstOutcome.value().outcomes, firstOutcome.value().revision)).ok());
    ASSERT_TRUE(ahead.value().applyAnswer(*m_a.db, server::WireEncoding::pushAnswer(aheadOutcome.value().outcomes, aheadOutcome.value().revision)).ok());
    sync(m_a);
    sync(m_b);
    expectOnBothDesks(QStringLiteral("+919700011122"), QStringLiteral("Allergic to latex"));
}

TEST_F(SyncCoreTest, eachDesksInvoiceSeriesStaysGapFreeAndVerifiableOnEveryDesk)
{
    const auto issueOn = [](Desk &desk, const char *series, int count) {
        const auto patient = storage::PatientRepository(*desk.db, desk.session).create(test::patient("Series", series));
        storage::InvoiceRepository invoices(*desk.db, desk.session);
        for (int i = 0; i < count; ++i) {
            domain::Invoice invoice;
            invoice.patientId = patient.value().meta.id;
            invoice.lines << test::line("Session", 50000 + i, 1800);
            const auto issued = invoices.issue(invoices.createDraft(invoice).value().meta.id, {QLatin1String(series), 4});
            ASSERT_TRUE(issued.ok());
        }
    };
    // Both desks issue offline, each from its own series.
    issueOn(m_a, "FD", 3);
    issueOn(m_b, "DR", 2);
    sync(m_a);
    sync(m_b);
    sync(m_a);
    for (Desk *desk : {&m_a, &m_b}) {
        EXPECT_EQ(scalar(*desk, QStringLiteral("SELECT count(DISTINCT number_text) FROM invoices WHERE status = 'issued'")).toInt(), 5);
        const storage::BillingAudit audit(*desk->db, desk->session);
        int checked = 0;
        const auto breaks = audit.verifyChains(&checked);
        ASSERT_TRUE(breaks.ok());
        EXPECT_TRUE(breaks.value().isEmpty());
        EXPECT_EQ(checked, 5) << "the other desk's series verifies here too";
        const auto gaps = audit.numberGaps();
        ASSERT_EQ(gaps.value().size(), 2);
        for (const auto &gap : gaps.value())
            EXPECT_TRUE(gap.missing.isEmpty()) << qPrintable(gap.series);
    }
}

TEST_F(SyncCoreTest, editsAndDeletesFlowBothWaysAndDifferentFieldsBothSurvive)
{
    const auto created = storage::PatientRepository(*m_a.db, m_a.session).create(test::patient("Ravi", "Menon"));
    sync(m_a);
    sync(m_b);
    const qint64 cloud = scalar(m_a, QStringLiteral("SELECT cloud_id FROM patients")).toLongLong();

    // Both offline: A edits the city, B the alerts.
    domain::Patient onA = storage::PatientRepository(*m_a.db, m_a.session).get(created.value().meta.id).value();
    onA.city = QStringLiteral("Kochi");
    ASSERT_TRUE(storage::PatientRepository(*m_a.db, m_a.session).update(onA).ok());
    domain::Patient onB = storage::PatientRepository(*m_b.db, m_b.session).get(localIdOf(m_b, "patients", cloud)).value();
    onB.alerts = QStringLiteral("Diabetic");
    ASSERT_TRUE(storage::PatientRepository(*m_b.db, m_b.session).update(onB).ok());
    sync(m_a);
    sync(m_b);
    sync(m_a);
    for (const Desk *desk : {&m_a, &m_b}) {
        EXPECT_EQ(scalar(*desk, QStringLiteral("SELECT city FROM patients WHERE cloud_id = %1").arg(cloud)).toString(), QStringLiteral("Kochi"));
        EXPECT_EQ(scalar(*desk, QStringLiteral("SELECT alerts FROM patients WHERE cloud_id = %1").arg(cloud)).toString(), QStringLiteral("Diabetic"));
    }

    ASSERT_TRUE(storage::PatientRepository(*m_b.db, m_b.session).remove(localIdOf(m_b, "patients", cloud)).ok());
    sync(m_b);
    sync(m_a);
    EXPECT_EQ(storage::PatientRepository(*m_a.db, m_a.session).get(created.value().meta.id).error().code(), domain::ErrorCode::NotFound)
        << "the tombstone reached A";
}

TEST_F(SyncCoreTest, theSearchIndexFollowsPulledCreatesRenamesAndDeletesAndLocalSavesStillIndex)
{
    // Pulled pages fill the search index once per page instead of by trigger (migration 10).
    storage::PatientRepository onA(*m_a.db, m_a.session);
    storage::PatientRepository onB(*m_b.db, m_b.session);
    const auto created = onA.create(test::patient("Odalys", "Quintanar"));
    const auto other = onA.create(test::patient("Bertil", "Quintanar"));
    ASSERT_TRUE(created.ok() && other.ok());
    sync(m_a);
    sync(m_b);
    const auto names = [&](const QString &text) {
        QStringList out;
        for (const auto &p : onB.search(text).value().patients)
            out << p.firstName;
        out.sort();
        return out.join(QLatin1Char(','));
    };
    EXPECT_EQ(names(QStringLiteral("quintanar")), QStringLiteral("Bertil,Odalys"));

    domain::Patient renamed = created.value();
    renamed.lastName = QStringLiteral("Zubizarreta");
    ASSERT_TRUE(onA.update(created.value(), renamed).ok());
    ASSERT_TRUE(onA.remove(other.value().meta.id).ok());
    sync(m_a);
    sync(m_b);
    EXPECT_EQ(names(QStringLiteral("zubiz")), QStringLiteral("Odalys")) << "the new name is found";
    EXPECT_EQ(names(QStringLiteral("quintanar")), QString()) << "neither the old name nor the deleted patient";
    EXPECT_EQ(scalar(m_b, QStringLiteral("SELECT search_deferred FROM session_context")).toInt(), 0) << "the flag never stays committed";

    // After a pull, the desk's own saves are indexed by the triggers again.
    ASSERT_TRUE(onB.create(test::patient("Wendelin", "Achterberg")).ok());
    EXPECT_EQ(names(QStringLiteral("achter")), QStringLiteral("Wendelin"));
    EXPECT_EQ(storage::PatientSearchIndex::verify(*m_b.db).value(), 0) << "the index holds exactly the patients as they are";
    EXPECT_EQ(storage::PatientSearchIndex::verify(*m_a.db).value(), 0);
}

TEST_F(SyncCoreTest, sameFieldEditsEndIdenticalEverywhereWithTheLoserOnRecord)
{
    const auto created = storage::PatientRepository(*m_a.db, m_a.session).create(test::patient("Joy", "Paul"));
    sync(m_a);
    sync(m_b);
    const qint64 cloud = scalar(m_a, QStringLiteral("SELECT cloud_id FROM patients")).toLongLong();
    domain::Patient onB = storage::PatientRepository(*m_b.db, m_b.session).get(localIdOf(m_b, "patients", cloud)).value();
    onB.city = QStringLiteral("Surat");
    ASSERT_TRUE(storage::PatientRepository(*m_b.db, m_b.session).update(onB).ok());
    QThread::msleep(5);  // A edits later
    domain::Patient onA = storage::PatientRepository(*m_a.db, m_a.session).get(created.value().meta.id).value();
    onA.city = QStringLiteral("Goa");
    ASSERT_TRUE(storage::PatientRepository(*m_a.db, m_a.session).update(onA).ok());
    sync(m_a);
    sync(m_b);
    sync(m_a);
    const QString onDeskA = scalar(m_a, QStringLiteral("SELECT city FROM patients WHERE cloud_id = %1").arg(cloud)).toString();
    const QString onDeskB = scalar(m_b, QStringLiteral("SELECT city FROM patients WHERE cloud_id = %1").arg(cloud)).toString();
    EXPECT_EQ(onDeskA, onDeskB);
    EXPECT_EQ(onDeskA, QStringLiteral("Goa")) << "the later edit wins";
    const auto conflicts = m_server->conflicts(m_a.device, 0, 10);
    ASSERT_EQ(conflicts.value().size(), 1u);
    EXPECT_EQ(conflicts.value()[0].loserJson, QByteArray("\"Surat\""));
}

TEST_F(SyncCoreTest, anEditMadeWhileAPushIsInFlightStaysPending)
{
    const auto created = storage::PatientRepository(*m_a.db, m_a.session).create(test::patient("Nina", "Roy"));
    const auto push = sync::OutboxPush::prepare(*m_a.db, 200, storage::Migrator::latestVersion());
    ASSERT_TRUE(push.ok());
    // The receptionist edits while the request is on the wire.
    domain::Patient p = created.value();
    p.city = QStringLiteral("Agra");
    ASSERT_TRUE(storage::PatientRepository(*m_a.db, m_a.session).update(p).ok());
    const auto outcomes = m_server->push(m_a.device, parsed(push.value(), 0));
    ASSERT_TRUE(push.value().applyAnswer(*m_a.db, server::WireEncoding::pushAnswer(outcomes.value().outcomes, 1)).ok());
    EXPECT_EQ(scalar(m_a, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE table_name = 'patients'")).toInt(), 1)
        << "the later edit was not cleared";
    sync(m_a);
    sync(m_b);
    EXPECT_EQ(scalar(m_b, QStringLiteral("SELECT city FROM patients")).toString(), QStringLiteral("Agra"));
}

TEST_F(SyncCoreTest, aPushReadAheadOfItsPredecessorsAnswerCarriesOnlyLaterEntriesAndMapsTheSameRows)
{
    // What the engine does while push N is on the wire: it reads N+1 from the entries after N's.
    const auto created = storage::PatientRepository(*m_a.db, m_a.session).create(test::patient("Ravi", "Das"));
    ASSERT_TRUE(created.ok());
    const auto first = sync::OutboxPush::prepare(*m_a.db, 200, storage::Migrator::latestVersion());
    ASSERT_TRUE(first.ok());
    domain::Patient p = created.value();
    p.city = QStringLiteral("Kochi");
    ASSERT_TRUE(storage::PatientRepository(*m_a.db, m_a.session).update(p).ok());
    const auto second = sync::OutboxPush::prepare(*m_a.db, 200, storage::Migrator::latestVersion(), first.value().maxSeq);
    ASSERT_TRUE(second.ok());
    ASSERT_GT(second.value().maxSeq, first.value().maxSeq);
    const auto patientRows = [](const sync::OutboxPush &push) {
        return std::count_if(push.rows.begin(), push.rows.end(), [](const auto &r) { return r.table == QLatin1String("patients"); });
    };
    EXPECT_EQ(patientRows(second.value()), 1);
    EXPECT_EQ(second.value().rows.size(), 2u) << "the patient and the edit's audit entry, not the create's entry again";
    ASSERT_FALSE(second.value().rows.front().mapped) << "read before the first answer: no cloud id yet";
    const protocol::PushRequest again = parsed(second.value(), 0);
    const auto sent = std::find_if(again.changes.begin(), again.changes.end(), [](const auto &c) { return c.table == QLatin1String("patients"); });
    ASSERT_NE(sent, again.changes.end());
    EXPECT_TRUE(sent->fields.contains("first_name")) << "an unmapped row travels whole";
    EXPECT_EQ(sent->fields.value("city", ""), "Kochi");

    // The server stores N, then N+1; the answers are stored in the same order.
    const auto one = m_server->push(m_a.device, parsed(first.value(), 0));
    const auto two = m_server->push(m_a.device, again);
    ASSERT_TRUE(one.ok() && two.ok());
    ASSERT_TRUE(first.value().applyAnswer(*m_a.db, server::WireEncoding::pushAnswer(one.value().outcomes, one.value().revision)).ok());
    ASSERT_TRUE(second.value().applyAnswer(*m_a.db, server::WireEncoding::pushAnswer(two.value().outcomes, two.value().revision)).ok());
    const auto cloudOf = [](const server::PushResult &result) {
        for (const auto &o : result.outcomes) {
            if (o.table == QLatin1String("patients"))
                return o.cloudId;
        }
        return qint64(0);
    };
    EXPECT_EQ(cloudOf(one.value()), cloudOf(two.value())) << "the same row, not a second one";
    EXPECT_EQ(scalar(m_a, QStringLiteral("SELECT count(*) FROM sync_outbox")).toInt(), 0);
    EXPECT_EQ(scalar(m_a, QStringLiteral("SELECT cloud_id FROM patients")).toLongLong(), cloudOf(one.value()));
    sync(m_b);
    EXPECT_EQ(scalar(m_b, QStringLiteral("SELECT count(*) FROM patients")).toInt(), 1);
    EXPECT_EQ(scalar(m_b, QStringLiteral("SELECT city FROM patients")).toString(), QStringLiteral("Kochi"));
}

TEST_F(SyncCoreTest, aChildThatArrivesBeforeItsParentWaitsAndPagesCanBeAppliedTwice)
{
    storage::PatientRepository patients(*m_a.db, m_a.session);
    const auto p = patients.create(test::patient("Lata", "Iyer"));
    const auto d = storage::PractitionerRepository(*m_a.db, m_a.session).create(test::practitioner("Dr. Bose"));
    sync(m_a);
    ASSERT_TRUE(storage::AppointmentRepository(*m_a.db, m_a.session)
                    .create(test::appointment(p.value().meta.id, d.value().meta.id, QDate(2026, 12, 3), 9)).ok());
    sync(m_a);
    // Editing the patient moves it after its appointment in the feed.
    domain::Patient edited = p.value();
    edited.city = QStringLiteral("Chennai");
    ASSERT_TRUE(patients.update(edited).ok());
    sync(m_a);

    // B pulls one row per page: the appointment arrives before the patient it needs.
    sync(m_b, 1);
    EXPECT_EQ(scalar(m_b, QStringLiteral("SELECT count(*) FROM sync_deferred")).toInt(), 0);
    EXPECT_EQ(scalar(m_b, QStringLiteral("SELECT count(*) FROM appointments")).toInt(), 1);
    EXPECT_EQ(scalar(m_b, QStringLiteral("SELECT patient_id FROM appointments")).toLongLong(),
              scalar(m_b, QStringLiteral("SELECT id FROM patients WHERE city = 'Chennai'")).toLongLong());

    // A page applied twice (the answer to the first attempt was lost) changes nothing.
    const auto page = m_server->pull(m_b.device, 0, 100);
    const QByteArray body = server::WireEncoding::pullPage(page.value());
    ASSERT_TRUE(sync::PullApplier::apply(*m_b.db, body).ok());
    ASSERT_TRUE(sync::PullApplier::apply(*m_b.db, body).ok());
    EXPECT_EQ(scalar(m_b, QStringLiteral("SELECT count(*) FROM patients")).toInt(), 1);
    EXPECT_EQ(scalar(m_b, QStringLiteral("SELECT count(*) FROM appointments")).toInt(), 1);
}

TEST_F(SyncCoreTest, aRowWaitingForItsParentIsDroppedWhenALaterVersionOfItArrives)
{
    // The feed holds each row at its latest revision, so a row B deferred (its parent had not
    // arrived) can come again, newer, once it is edited. The waiting copy is then out of date and
    // must not be applied over the newer one when its parent finally arrives.
    storage::PatientRepository patients(*m_a.db, m_a.session);
    const auto p = patients.create(test::patient("Gita", "Rao"));
    const auto d = storage::PractitionerRepository(*m_a.db, m_a.session).create(test::practitioner("Dr. Nair"));
    ASSERT_TRUE(p.ok() && d.ok());
    const auto appointment = storage::AppointmentRepository(*m_a.db, m_a.session)
                                 .create(test::appointment(p.value().meta.id, d.value().meta.id, QDate(2026, 12, 4), 11));
    ASSERT_TRUE(appointment.ok());
    sync(m_a);
    domain::Patient edited = p.value();
    edited.city = QStringLiteral("Mysuru");  // the patient moves after its appointment in the feed
    ASSERT_TRUE(patients.update(edited).ok());
    sync(m_a);

    // B pulls up to the appointment and stops: it waits for its patient.
    qint64 cursor = 0;
    for (int guard = 0; guard < 100 && scalar(m_b, QStringLiteral("SELECT count(*) FROM sync_deferred WHERE table_name = 'appointments'")).toInt() == 0;
         ++guard) {
        const auto page = m_server->pull(m_b.device, cursor, 1);
        ASSERT_TRUE(page.ok());
        ASSERT_FALSE(page.value().rows.empty()) << "the appointment never waited";
        ASSERT_TRUE(sync::PullApplier::apply(*m_b.db, server::WireEncoding::pullPage(page.value())).ok());
        cursor = page.value().next;
    }
    ASSERT_EQ(scalar(m_b, QStringLiteral("SELECT count(*) FROM appointments")).toInt(), 0);

    // A marks the patient arrived: the appointment comes again, after the patient.
    ASSERT_TRUE(storage::AppointmentRepository(*m_a.db, m_a.session).setStatus(appointment.value().meta.id, domain::AppointmentStatus::Arrived).ok());
    sync(m_a);
    sync(m_b);
    EXPECT_EQ(scalar(m_b, QStringLiteral("SELECT status FROM appointments")).toString(), QStringLiteral("arrived"))
        << "the older copy that waited was applied over the newer one";
    EXPECT_EQ(scalar(m_b, QStringLiteral("SELECT count(*) FROM sync_deferred")).toInt(), 0);
}

TEST_F(SyncCoreTest, aPageThatCarriesARowTwiceCreatesItOnceWithTheLaterValues)
{
    // New rows are written in groups; the second copy of a row must find the first one written.
    const auto p = storage::PatientRepository(*m_a.db, m_a.session).create(test::patient("Meera", "Das"));
    ASSERT_TRUE(p.ok());
    sync(m_a);
    nlohmann::json body = nlohmann::json::parse(server::WireEncoding::pullPage(m_server->pull(m_b.device, 0, 100).value()).toStdString());
    nlohmann::json copy;
    for (const auto &change : body["changes"]) {
        if (change["table"] == "patients")
            copy = change;
    }
    ASSERT_FALSE(copy.is_null());
    copy["fields"]["city"] = "Madurai";
    copy["fields"]["last_name"] = "Dasgupta";
    body["changes"].push_back(copy);
    const auto applied = sync::PullApplier::apply(*m_b.db, QByteArray::fromStdString(body.dump()));
    ASSERT_TRUE(applied.ok()) << applied.error().message().toStdString();
    EXPECT_EQ(scalar(m_b, QStringLiteral("SELECT count(*) FROM patients")).toInt(), 1);
    EXPECT_EQ(scalar(m_b, QStringLiteral("SELECT city || ' ' || last_name FROM patients")).toString(), QStringLiteral("Madurai Dasgupta"));
    EXPECT_EQ(applied.value().changedIds.value(QStringLiteral("patients")).size(), 1);
    // The row was new in this page, so never in the search index: its update must not try to
    // remove an entry it does not have (the index keeps no text; a wrong removal corrupts it).
    EXPECT_EQ(storage::PatientSearchIndex::verify(*m_b.db).value(), 0);
    EXPECT_EQ(storage::PatientRepository(*m_b.db, m_b.session).search(QStringLiteral("dasgupta")).value().patients.size(), 1);
}

TEST_F(SyncCoreTest, aRowTheServerRejectsIsMarkedWithItsReasonAndTheRestStillSyncs)
{
    // A Spanish-market service with a code the server's registry refuses (longer than 16 chars
    // cannot be typed in the app; written here as an old or buggy desk might have stored it).
    ASSERT_TRUE(storage::PatientRepository(*m_a.db, m_a.session).create(test::patient("Good", "Row")).ok());
    QSqlQuery raw(m_a.db->database());
    ASSERT_TRUE(raw.exec(QStringLiteral("INSERT INTO services (code, name, duration_minutes, price_minor, tax_rate_bp, tax_code, active, "
                                        "created_at, updated_at) VALUES ('THIS-CODE-IS-FAR-TOO-LONG', 'Bad', 30, 100, 0, '', 1, 1, 1)")));
    ASSERT_TRUE(storage::PatientRepository(*m_a.db, m_a.session).create(test::patient("Also", "Good")).ok());
    sync(m_a);
    EXPECT_EQ(scalar(m_a, QStringLiteral("SELECT count(*) FROM sync_rejections")).toInt(), 1);
    EXPECT_EQ(scalar(m_a, QStringLiteral("SELECT table_name || ':' || code || ':' || field FROM sync_rejections")).toString(),
              QStringLiteral("services:invalid_value:code"));
    EXPECT_EQ(scalar(m_a, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE table_name <> 'audit_log'")).toInt(), 0)
        << "the rejected row does not block the queue";
    EXPECT_EQ(scalar(m_a, QStringLiteral("SELECT count(*) FROM patients WHERE cloud_id IS NOT NULL")).toInt(), 2);
    sync(m_b);
    EXPECT_EQ(scalar(m_b, QStringLiteral("SELECT count(*) FROM patients")).toInt(), 2);
    EXPECT_EQ(scalar(m_b, QStringLiteral("SELECT count(*) FROM services")).toInt(), 0);
}

TEST_F(SyncCoreTest, malformedServerAnswersGiveAnErrorAndChangeNothing)
{
    // What a broken proxy or a buggy server might send: right shape, wrong types.
    ASSERT_TRUE(storage::PatientRepository(*m_a.db, m_a.session).create(test::patient("Keep", "Me")).ok());
    const QByteArray badPages[] = {
        R"({"changes":[{"table":"patients","cloudId":"7","fields":{}}],"next":3,"hasMore":false})",
        R"({"changes":[{"table":5,"cloudId":7,"fields":{}}],"next":3,"hasMore":false})",
        R"({"changes":[{"table":"patients","cloudId":7,"fields":{"first_name":12}}],"next":3,"hasMore":false})",
        R"({"changes":[{"table":"appointments","cloudId":7,"fields":{"patient_id":{"cloudId":"x"}}}],"next":3,"hasMore":false})",
        R"({"changes":[],"next":"3","hasMore":false})",
        R"({"changes":[],"next":3,"hasMore":"no"})",
        R"(not json at all)",
        R"({"changes":[],"next":3,"hasMore":false} and more)",
        R"({"changes":{},"next":3,"hasMore":false})",
        R"({"changes":[],"hasMore":false})",
        R"([{"changes":[],"next":3}])",
        R"({"changes":[{"table":"patients","cloudId":7,"fields":{"first_name":"Cut)",
    };
    for (const QByteArray &page : badPages) {
        const auto applied = sync::PullApplier::apply(*m_a.db, page);
        EXPECT_FALSE(applied.ok()) << page.toStdString();
        EXPECT_EQ(sync::PullApplier::cursor(*m_a.db).value(), 0) << "the cursor did not move: " << page.toStdString();
    }
    EXPECT_EQ(scalar(m_a, QStringLiteral("SELECT count(*) FROM patients")).toInt(), 1);

    const auto push = sync::OutboxPush::prepare(*m_a.db, 200, storage::Migrator::latestVersion());
    ASSERT_FALSE(push.value().isEmpty());
    // Answers with one result per pushed row, the first of them damaged; then wrong shapes.
    const auto answerWith = [&](const QByteArray &first) -> QByteArray {
        QByteArray results = first;
        for (size_t i = 1; i < push.value().rows.size(); ++i)
            results += QByteArray(R"(,{"status":"accepted","cloudId":)") + QByteArray::number(qint64(500 + i)) + '}';
        return QByteArray(R"({"results":[)") + results + R"(],"revision":1})";
    };
    const QByteArray good = R"({"status":"accepted","cloudId":9,"table":"patients","revision":1,"extra":{"a":[1,{}]}})";
    ASSERT_TRUE(nlohmann::json::accept(answerWith(good).toStdString()));
    for (const QByteArray &answer : {answerWith(R"({"status":"accepted","cloudId":"9"})"), answerWith(R"({"status":7})"),
                                     answerWith(R"({"status":"accepted","cloudId":9.5})"), answerWith(R"({"status":"accepted"})"),
                                     answerWith(R"({"status":"accepted","cloudId":0})"), answerWith(R"({"status":"rejected","code":{}})"),
                                     answerWith(R"({"status":"rejected","message":["x"]})"), answerWith(R"("accepted")"),
                                     QByteArray(answerWith(good) + " trailing"), answerWith(good).chopped(1),
                                     QByteArray(R"({"results":[],"revision":1})"), QByteArray(R"({"results":{},"revision":1})"),
                                     QByteArray(R"([{"results":[]}])"), QByteArray("not json")}) {
        EXPECT_FALSE(push.value().applyAnswer(*m_a.db, answer).ok()) << answer.toStdString();
    }
    EXPECT_TRUE(scalar(m_a, QStringLiteral("SELECT cloud_id FROM patients")).isNull()) << "no mapping from a bad answer";
    EXPECT_GT(scalar(m_a, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE table_name = 'patients'")).toInt(), 0)
        << "the outbox was not cleared";
    // The same answer undamaged is taken: the refusals above were for the damage, not the shape.
    ASSERT_TRUE(push.value().applyAnswer(*m_a.db, answerWith(good)).ok());
    EXPECT_EQ(scalar(m_a, QStringLiteral("SELECT cloud_id FROM patients")).toLongLong(), 9);
    EXPECT_EQ(scalar(m_a, QStringLiteral("SELECT count(*) FROM sync_outbox")).toInt(), 0);

    EXPECT_FALSE(sync::ConflictInbox::apply(*m_a.db, R"({"conflicts":[{"id":"1","table":"patients"}]})").ok());
    EXPECT_EQ(scalar(m_a, QStringLiteral("SELECT count(*) FROM sync_conflicts")).toInt(), 0);
}
