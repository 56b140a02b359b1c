// Treatment notes in the patient record, offscreen on a real database.
#include "clinic/storage/clinicalnoterepository.h"
#include "clinic/storage/patientrepository.h"
#include "clinic/storage/practitionerrepository.h"
#include "clinic/ui/clinicalnotedialog.h"
#include "clinic/ui/clinicalnotespanel.h"
#include "clinic/ui/patientrecorddialog.h"

#include "support/fixtures.h"
#include "support/tempdatabase.h"

#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>

using namespace clinic;

class NotesUiTest : public test::TempDatabaseTest
{
protected:
    void SetUp() override
    {
        TempDatabaseTest::SetUp();
        m_patient = storage::PatientRepository(*m_db, m_session).create(test::patient("Leela", "Menon")).value().meta.id;
        m_practitioner = storage::PractitionerRepository(*m_db, m_session).create(test::practitioner("Dr. Arun")).value().meta.id;
        m_clinician = m_session;
        m_clinician.role = domain::Role::Practitioner;
        m_clinician.userId = makeUser("arun", domain::Role::Practitioner, m_practitioner);
    }
    domain::ClinicalNote newNote() const
    {
        domain::ClinicalNote n;
        n.patientId = m_patient;
        return n;
    }
    qint64 m_patient = 0, m_practitioner = 0;
    storage::Session m_clinician;
};

TEST_F(NotesUiTest, receptionDoesNotSeeTheNotesTabAtAll)
{
    storage::Session reception = m_session;
    reception.role = domain::Role::Reception;
    ui::PatientRecordDialog record(*m_db, reception, m_patient);
    EXPECT_EQ(record.notes(), nullptr);
    const auto *tabs = record.findChild<QTabWidget *>();
    ASSERT_NE(tabs, nullptr);
    for (int i = 0; i < tabs->count(); ++i)
        EXPECT_FALSE(tabs->tabText(i).contains(QStringLiteral("notes"))) << qPrintable(tabs->tabText(i));
}

TEST_F(NotesUiTest, aPractitionerWritesSignsAndAmendsANoteAndTheTrailShows)
{
    ui::ClinicalNoteDialog empty(*m_db, m_clinician, ui::ClinicalNoteDialog::Mode::New, newNote());
    EXPECT_FALSE(empty.save(true));
    EXPECT_TRUE(empty.error().contains(QStringLiteral("empty"))) << qPrintable(empty.error());

    ui::ClinicalNoteDialog write(*m_db, m_clinician, ui::ClinicalNoteDialog::Mode::New, newNote());
    write.field("subjective")->setPlainText(QStringLiteral("Knee pain climbing stairs"));
    write.field("plan")->setPlainText(QStringLiteral("Quadriceps strengthening, review in 1 week"));
    write.pain()->setValue(6);
    ASSERT_TRUE(write.save(true)) << qPrintable(write.error());
    EXPECT_TRUE(write.saved().isSigned());
    EXPECT_EQ(write.saved().practitionerId, m_practitioner) << "the signed-in practitioner's own";
    EXPECT_EQ(write.saved().painScore, 6);

    ui::PatientRecordDialog record(*m_db, m_clinician, m_patient);
    ASSERT_NE(record.notes(), nullptr);
    ui::ClinicalNotesPanel &panel = *record.notes();
    ASSERT_EQ(panel.list()->rowCount(), 1);
    EXPECT_EQ(panel.list()->item(0, 3)->text(), QStringLiteral("signed"));
    EXPECT_TRUE(panel.shownText().contains(QStringLiteral("Knee pain climbing stairs")));
    EXPECT_FALSE(panel.editButton()->isEnabled()) << "a signed note is never edited";
    EXPECT_FALSE(panel.signButton()->isEnabled());
    EXPECT_TRUE(panel.amendButton()->isEnabled());

    ui::ClinicalNoteDialog amend(*m_db, m_clinician, ui::ClinicalNoteDialog::Mode::Amend, write.saved());
    EXPECT_EQ(amend.field("subjective")->toPlainText(), QStringLiteral("Knee pain climbing stairs")) << "starts from the signed text";
    amend.field("plan")->setPlainText(QStringLiteral("Review in 2 weeks instead"));
    ASSERT_TRUE(amend.save(false)) << qPrintable(amend.error());
    EXPECT_EQ(amend.saved().amendsNoteId, write.saved().meta.id);
    EXPECT_FALSE(amend.saved().isSigned());

    panel.reload();
    ASSERT_EQ(panel.list()->rowCount(), 2);
    const auto original = storage::ClinicalNoteRepository(*m_db, m_clinician).get(write.saved().meta.id).value();
    EXPECT_EQ(original.plan, QStringLiteral("Quadriceps strengthening, review in 1 week")) << "the signed note did not change";
    for (int row = 0; row < 2; ++row) {
        panel.list()->setCurrentCell(row, 0);
        if (panel.list()->item(row, 3)->text().startsWith(QStringLiteral("amendment"))) {
            EXPECT_TRUE(panel.signButton()->isEnabled());
            ASSERT_TRUE(panel.signSelected()) << qPrintable(panel.error());
        }
    }
    for (int row = 0; row < 2; ++row) {
        panel.list()->setCurrentCell(row, 0);
        if (panel.list()->item(row, 3)->text() == QLatin1String("signed")) {
            EXPECT_TRUE(panel.shownText().contains(QStringLiteral("Amendment of"))) << qPrintable(panel.shownText());
            EXPECT_TRUE(panel.shownText().contains(QStringLiteral("Review in 2 weeks instead")));
        }
    }
}
