#include "clinic/storage/changecapture.h"
#include "clinic/storage/clinicalnoterepository.h"
#include "clinic/storage/creditnoterepository.h"
#include "clinic/storage/demoseeder.h"
#include "clinic/storage/invoicerepository.h"
#include "clinic/storage/patientrepository.h"
#include "clinic/storage/practitionerrepository.h"
#include "clinic/storage/userrepository.h"
#include "clinic/storage/writetransaction.h"

#include "support/fixtures.h"
#include "support/tempdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

using namespace clinic;
using storage::CaptureMode;
using storage::WriteTransaction;

class ChangeCaptureTest : public test::TempDatabaseTest
{
protected:
    // Entries for user data; each change also captures its audit_log row, counted separately.
    qint64 outbox() const
    {
        return scalar(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE table_name <> 'audit_log'")).toLongLong();
    }
    qint64 audits() const { return scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong(); }
    QString lastOp() const
    {
        return scalar(QStringLiteral("SELECT op || ':' || fields FROM sync_outbox WHERE table_name <> 'audit_log' ORDER BY seq DESC LIMIT 1")).toString();
    }
    qint64 makePatient(const char *first = "Neha", const char *last = "Kapoor")
    {
        auto saved = storage::PatientRepository(*m_db, m_session).create(test::patient(first, last, "9811122233"));
        EXPECT_TRUE(saved.ok());
        return saved.ok() ? saved.value().meta.id : 0;
    }
    bool exec(const QString &sql, QString *error = nullptr) const
    {
        QSqlQuery q(m_db->database());
        const bool ok = q.exec(sql);
        if (error)
            *error = q.lastError().text();
        return ok;
    }
};

TEST_F(ChangeCaptureTest, everyTableWithACloudIdIsCaptured)
{
    const auto tables = storage::ChangeCapture::syncedTables(*m_db);
    ASSERT_TRUE(tables.ok());
    const QStringList expected{QStringLiteral("practitioners"), QStringLiteral("rooms"), QStringLiteral("users"),
                               QStringLiteral("services"), QStringLiteral("patients"), QStringLiteral("appointments"),
                               QStringLiteral("clinical_notes"), QStringLiteral("invoices"),
                               QStringLiteral("invoice_lines"), QStringLiteral("payments"),
                               QStringLiteral("credit_notes"), QStringLiteral("audit_log")};
    for (const QString &t : expected)
        EXPECT_TRUE(tables.value().contains(t)) << t.toStdString();
    EXPECT_TRUE(storage::ChangeCapture::verify(*m_db).value().isEmpty());
}

TEST_F(ChangeCaptureTest, insertUpdateAndSoftDeleteAreCapturedWithTheChangedFields)
{
    storage::PatientRepository repo(*m_db, m_session);
    auto p = repo.create(test::patient("Neha", "Kapoor", "9811122233"));
    ASSERT_TRUE(p.ok());
    EXPECT_EQ(outbox(), 1);
    EXPECT_TRUE(lastOp().startsWith(QStringLiteral("insert:")));

    domain::Patient edited = p.value();
    edited.city = QStringLiteral("Pune");
    edited.alerts = QStringLiteral("Latex allergy");
    ASSERT_TRUE(repo.update(edited).ok());
    EXPECT_EQ(outbox(), 2);
    EXPECT_EQ(lastOp(), QStringLiteral("update:[\"city\",\"alerts\"]"));

    ASSERT_TRUE(repo.update(edited).ok());
    EXPECT_EQ(outbox(), 2) << "saving without a change captures nothing";

    ASSERT_TRUE(repo.remove(p.value().meta.id).ok());
    EXPECT_EQ(outbox(), 3);
    EXPECT_EQ(lastOp(), QStringLiteral("delete:[\"deleted_at\"]"));
}

TEST_F(ChangeCaptureTest, rawSqlWritesCannotEscapeCapture)
{
    // Code that bypasses the repositories (a future bug) is still captured and audited.
    const qint64 id = makePatient();
    const qint64 before = outbox();
    ASSERT_TRUE(exec(QStringLiteral("UPDATE patients SET phone = '+919800000000' WHERE id = %1").arg(id)));
    EXPECT_EQ(outbox(), before + 1);
    EXPECT_EQ(lastOp(), QStringLiteral("update:[\"phone\"]"));
}

TEST_F(ChangeCaptureTest, writingTheCloudIdBackIsNotAChange)
{
    const qint64 id = makePatient();
    const qint64 before = outbox();
    const qint64 auditBefore = audits();
    ASSERT_TRUE(exec(QStringLiteral("UPDATE patients SET cloud_id = 9001 WHERE id = %1").arg(id)));
    EXPECT_EQ(outbox(), before);
    EXPECT_EQ(audits(), auditBefore);
}

TEST_F(ChangeCaptureTest, syncAppliedWritesAreNotRecapturedAndTheFlagNeverLeaksPastCommit)
{
    const qint64 before = outbox();
    const qint64 auditBefore = audits();
    {
        WriteTransaction tx(*m_db, std::nullopt, CaptureMode::Suppress);
        ASSERT_TRUE(tx.isActive());
        ASSERT_TRUE(exec(QStringLiteral(
            "INSERT INTO patients (cloud_id, first_name, created_at, updated_at) VALUES (77, 'Pulled', 1, 1)")));
        ASSERT_TRUE(tx.commit().ok());
    }
    EXPECT_EQ(outbox(), before);
    EXPECT_EQ(audits(), auditBefore);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE table_name = 'audit_log'")).toLongLong(),
              auditBefore) << "each audit entry is itself pending sync, and only those";
    EXPECT_EQ(scalar(QStringLiteral("SELECT capture FROM session_context")).toInt(), 1);
    EXPECT_TRUE(scalar(QStringLiteral("SELECT actor_user_id FROM session_context")).isNull());

    // The next ordinary write is captured again.
    makePatient("After", "Sync");
    EXPECT_EQ(outbox(), before + 1);
}

TEST_F(ChangeCaptureTest, aRolledBackSuppressedTransactionLeavesCaptureOn)
{
    {
        WriteTransaction tx(*m_db, 5, CaptureMode::Suppress);
        ASSERT_TRUE(tx.isActive());
        EXPECT_EQ(scalar(QStringLiteral("SELECT capture FROM session_context")).toInt(), 0);
        // destroyed without commit: rolled back
    }
    EXPECT_EQ(scalar(QStringLiteral("SELECT capture FROM session_context")).toInt(), 1);
    makePatient();
    EXPECT_EQ(outbox(), 1);
}

TEST_F(ChangeCaptureTest, rolledBackWritesLeaveNoOutboxEntries)
{
    {
        WriteTransaction tx(*m_db, std::nullopt);
        makePatient();
        EXPECT_EQ(outbox(), 1);
    }
    EXPECT_EQ(outbox(), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM patients")).toInt(), 0);
}

TEST_F(ChangeCaptureTest, nestedTransactionsRollBackOnlyTheirOwnPart)
{
    WriteTransaction outer(*m_db, std::nullopt);
    makePatient("Kept", "Outer");
    {
        WriteTransaction inner(*m_db, std::nullopt);
        makePatient("Dropped", "Inner");
        inner.rollback();
    }
    ASSERT_TRUE(outer.commit().ok());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM patients")).toInt(), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT first_name FROM patients")).toString(), QStringLiteral("Kept"));
    EXPECT_EQ(outbox(), 1);
}

TEST_F(ChangeCaptureTest, hardDeletesOfSyncedRowsAreRefused)
{
    const qint64 id = makePatient();
    QString error;
    EXPECT_FALSE(exec(QStringLiteral("DELETE FROM patients WHERE id = %1").arg(id), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("soft-deleted")));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM patients")).toInt(), 1);
}

TEST_F(ChangeCaptureTest, auditRecordsWhoWhatAndFromWhichDevice)
{
    m_session.userId = std::nullopt;
    auto admin = storage::UserRepository(*m_db, m_session);
    admin.setHashIterations(1000);
    domain::User u;
    u.login = QStringLiteral("desk1");
    u.displayName = QStringLiteral("Front Desk");
    u.role = domain::Role::Reception;
    auto user = admin.create(u, QStringLiteral("long enough pw"));
    ASSERT_TRUE(user.ok());
    EXPECT_FALSE(scalar(QStringLiteral("SELECT changes FROM audit_log WHERE table_name = 'users'"))
                     .toString().contains(QStringLiteral("pbkdf2")))
        << "password hashes never enter the audit log";

    m_session.userId = user.value().meta.id;
    m_session.role = domain::Role::Reception;
    const qint64 id = makePatient();
    domain::Patient p = storage::PatientRepository(*m_db, m_session).get(id).value();
    p.city = QStringLiteral("Mysuru");
    ASSERT_TRUE(storage::PatientRepository(*m_db, m_session).update(p).ok());

    QSqlQuery q(m_db->database());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT user_id, device_id, action, changes FROM audit_log "
                                      "WHERE table_name = 'patients' ORDER BY id")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toLongLong(), user.value().meta.id);
    EXPECT_EQ(q.value(1).toString(), m_db->deviceId());
    EXPECT_EQ(q.value(2).toString(), QStringLiteral("insert"));
    EXPECT_EQ(QJsonDocument::fromJson(q.value(3).toByteArray()).object().value(QStringLiteral("first_name")).toString(),
              QStringLiteral("Neha"));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(2).toString(), QStringLiteral("update"));
    const QJsonObject changes = QJsonDocument::fromJson(q.value(3).toByteArray()).object();
    EXPECT_EQ(changes.keys(), QStringList{QStringLiteral("city")});
    EXPECT_EQ(changes.value(QStringLiteral("city")).toArray().at(1).toString(), QStringLiteral("Mysuru"));
}

TEST_F(ChangeCaptureTest, theAuditLogIsAppendOnly)
{
    makePatient();
    QString error;
    EXPECT_FALSE(exec(QStringLiteral("UPDATE audit_log SET changes = '{}'"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("append-only")));
    EXPECT_FALSE(exec(QStringLiteral("DELETE FROM audit_log"), &error));
    EXPECT_GT(audits(), 0);
    EXPECT_TRUE(exec(QStringLiteral("UPDATE audit_log SET cloud_id = id + 1000"))) << "sync may record cloud ids";
}

TEST_F(ChangeCaptureTest, clinicalNoteAuditNamesFieldsWithoutTheirContents)
{
    const qint64 patientId = makePatient();
    auto pr = storage::PractitionerRepository(*m_db, m_session).create(test::practitioner("Dr. Farah Ali"));
    ASSERT_TRUE(pr.ok());
    m_session.role = domain::Role::Practitioner;
    domain::ClinicalNote note;
    note.patientId = patientId;
    note.practitionerId = pr.value().meta.id;
    note.subjective = QStringLiteral("Invented complaint text");
    ASSERT_TRUE(storage::ClinicalNoteRepository(*m_db, m_session).create(note).ok());
    const QString changes = scalar(QStringLiteral(
        "SELECT changes FROM audit_log WHERE table_name = 'clinical_notes'")).toString();
    EXPECT_TRUE(changes.contains(QStringLiteral("subjective")));
    EXPECT_FALSE(changes.contains(QStringLiteral("Invented complaint")));
}

TEST_F(ChangeCaptureTest, noRepositoryWriteEscapesCapture)
{
    // Write through every repository (the seeder uses them all), then check that every row of
    // every synced table has its insert in the outbox.
    storage::DemoSeeder::Options options;
    options.patients = 40;
    options.daysBack = 6;
    options.daysAhead = 2;
    options.appointmentsPerPractitionerDay = 2;
    options.practitioners = 2;
    options.passwordIterations = 1000;
    ASSERT_TRUE(storage::DemoSeeder::seed(*m_db, m_session, options).ok());

    storage::InvoiceRepository invoices(*m_db, m_session);
    const auto issued = invoices.list(storage::InvoiceFilter::ofStatus(domain::InvoiceStatus::Issued));
    ASSERT_FALSE(issued.value().isEmpty());
    ASSERT_TRUE(storage::CreditNoteRepository(*m_db, m_session)
                    .issue(issued.value().first().meta.id, 100, QStringLiteral("Goodwill"), {QStringLiteral("FC"), 4})
                    .ok());
    m_session.role = domain::Role::Practitioner;
    domain::ClinicalNote note;
    note.patientId = scalar(QStringLiteral("SELECT min(id) FROM patients")).toLongLong();
    note.practitionerId = scalar(QStringLiteral("SELECT min(id) FROM practitioners")).toLongLong();
    note.plan = QStringLiteral("Exercises twice daily");
    ASSERT_TRUE(storage::ClinicalNoteRepository(*m_db, m_session).create(note).ok());

    for (const QString &table : storage::ChangeCapture::syncedTables(*m_db).value()) {
        const qint64 rows = scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong();
        const qint64 captured = scalar(QStringLiteral(
            "SELECT count(DISTINCT row_id) FROM sync_outbox WHERE table_name = '%1' AND op = 'insert'").arg(table)).toLongLong();
        EXPECT_EQ(rows, captured) << table.toStdString();
        EXPECT_GT(rows, 0) << table.toStdString() << " was exercised";
    }
}
