#include "clinic/storage/auditlogrepository.h"
#include "clinic/storage/clinicalnoterepository.h"
#include "clinic/storage/patientrepository.h"
#include "clinic/storage/practitionerrepository.h"

#include "support/fixtures.h"
#include "support/tempdatabase.h"

#include <QSqlError>

using namespace clinic;

class ClinicalNoteRepositoryTest : public test::TempDatabaseTest
{
protected:
    void SetUp() override
    {
        TempDatabaseTest::SetUp();
        m_patient = storage::PatientRepository(*m_db, m_session).create(test::patient("Sana", "Mirza")).value().meta.id;
        m_practitioner = storage::PractitionerRepository(*m_db, m_session).create(test::practitioner("Dr. Leela Das")).value().meta.id;
        m_user = makeUser("drleela", domain::Role::Practitioner, m_practitioner);
        m_session.role = domain::Role::Practitioner;
        m_session.userId = m_user;
    }
    domain::ClinicalNote note(const char *subjective)
    {
        domain::ClinicalNote n;
        n.patientId = m_patient;
        n.practitionerId = m_practitioner;
        n.subjective = QString::fromUtf8(subjective);
        n.painScore = 6;
        return n;
    }
    storage::ClinicalNoteRepository repo() { return storage::ClinicalNoteRepository(*m_db, m_session); }
    qint64 m_patient = 0, m_practitioner = 0, m_user = 0;
};

TEST_F(ClinicalNoteRepositoryTest, receptionCanNeitherReadNorWriteNotes)
{
    const auto saved = repo().create(note("Knee pain after running"));
    ASSERT_TRUE(saved.ok());
    m_session.role = domain::Role::Reception;
    EXPECT_EQ(repo().get(saved.value().meta.id).error().code(), domain::ErrorCode::Forbidden);
    EXPECT_EQ(repo().forPatient(m_patient).error().code(), domain::ErrorCode::Forbidden);
    EXPECT_EQ(repo().create(note("x")).error().code(), domain::ErrorCode::Forbidden);
    EXPECT_EQ(storage::AuditLogRepository(*m_db, m_session).forRecord(QStringLiteral("clinical_notes"), saved.value().meta.id)
                  .error().code(), domain::ErrorCode::Forbidden);
}

TEST_F(ClinicalNoteRepositoryTest, aSignedNoteIsAmendedNeverEdited)
{
    const auto saved = repo().create(note("Lower back pain"));
    ASSERT_TRUE(saved.ok());
    domain::ClinicalNote draft = saved.value();
    draft.plan = QStringLiteral("Core strengthening");
    ASSERT_TRUE(repo().update(draft).ok()) << "unsigned notes can be edited";

    const auto signedNote = repo().sign(saved.value().meta.id);
    ASSERT_TRUE(signedNote.ok());
    EXPECT_EQ(signedNote.value().signedBy, m_user);
    EXPECT_EQ(signedNote.value().signedAt, m_clock.now());

    domain::ClinicalNote edit = signedNote.value();
    edit.plan = QStringLiteral("Changed after signing");
    const auto refused = repo().update(edit);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code(), domain::ErrorCode::Immutable);
    EXPECT_EQ(repo().remove(edit.meta.id).error().code(), domain::ErrorCode::Immutable);

    // Even raw SQL cannot change a signed note (database trigger).
    QSqlQuery q(m_db->database());
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE clinical_notes SET plan = 'x' WHERE id = %1").arg(edit.meta.id)));
    EXPECT_TRUE(q.lastError().text().contains(QStringLiteral("immutable")));

    const auto amendment = repo().amend(edit.meta.id, note("Correction: pain is on the left side"));
    ASSERT_TRUE(amendment.ok());
    EXPECT_EQ(amendment.value().amendsNoteId, edit.meta.id);
    EXPECT_FALSE(amendment.value().isSigned());
    const auto trail = repo().forPatient(m_patient);
    ASSERT_EQ(trail.value().size(), 2);
    EXPECT_EQ(repo().get(edit.meta.id).value().plan, QStringLiteral("Core strengthening"));
}

TEST_F(ClinicalNoteRepositoryTest, emptyNotesAndOutOfRangePainScoresAreRefused)
{
    domain::ClinicalNote empty = note("");
    auto refused = repo().create(empty);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().hasFieldError(QStringLiteral("subjective")));
    domain::ClinicalNote pain = note("ok");
    pain.painScore = 11;
    refused = repo().create(pain);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().hasFieldError(QStringLiteral("painScore")));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM clinical_notes")).toInt(), 0);
}
