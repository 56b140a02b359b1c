#include "clinic/ui/clinicalnotedialog.h"

#include "clinic/storage/clinicalnoterepository.h"
#include "clinic/storage/practitionerrepository.h"
#include "clinic/storage/userrepository.h"
#include "clinic/ui/theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace clinic::ui {

ClinicalNoteDialog::ClinicalNoteDialog(storage::Connection &connection, storage::Session session, Mode mode, domain::ClinicalNote note,
                                       QWidget *parent)
    : QDialog(parent), m_connection(connection), m_session(std::move(session)), m_mode(mode), m_note(std::move(note)),
      m_subjective(new QPlainTextEdit(this)), m_objective(new QPlainTextEdit(this)), m_assessment(new QPlainTextEdit(this)),
      m_plan(new QPlainTextEdit(this)), m_pain(new QSpinBox(this)), m_practitioner(new QComboBox(this)), m_error(new QLabel(this))
{
    setWindowTitle(mode == Mode::Amend ? tr("Amend a signed note") : mode == Mode::Edit ? tr("Edit the note") : tr("New treatment note"));
    resize(640, 560);
    m_subjective->setObjectName(QStringLiteral("subjective"));
    m_objective->setObjectName(QStringLiteral("objective"));
    m_assessment->setObjectName(QStringLiteral("assessment"));
    m_plan->setObjectName(QStringLiteral("plan"));
    m_subjective->setPlaceholderText(tr("What the patient reports"));
    m_objective->setPlaceholderText(tr("What you found: observation, range of motion, tests"));
    m_assessment->setPlaceholderText(tr("Your assessment"));
    m_plan->setPlaceholderText(tr("Treatment given and the plan"));
    m_pain->setRange(-1, 10);
    m_pain->setSpecialValueText(tr("not recorded"));
    theme::markAsError(m_error);
    m_error->setWordWrap(true);

    // The practitioner: the note's, or the signed-in user's own, or a choice (administrators).
    std::optional<qint64> own;
    if (m_session.userId) {
        if (const auto user = storage::UserRepository(m_connection, m_session).get(*m_session.userId))
            own = user.value().practitionerId;
    }
    if (const auto practitioners = storage::PractitionerRepository(m_connection, m_session).list()) {
        for (const auto &p : practitioners.value())
            m_practitioner->addItem(p.name, p.meta.id);
    }
    const qint64 preferred = m_note.practitionerId ? m_note.practitionerId : own.value_or(0);
    if (const int i = m_practitioner->findData(preferred); i >= 0)
        m_practitioner->setCurrentIndex(i);

    if (mode == Mode::Edit) {
        m_subjective->setPlainText(m_note.subjective);
        m_objective->setPlainText(m_note.objective);
        m_assessment->setPlainText(m_note.assessment);
        m_plan->setPlainText(m_note.plan);
        m_pain->setValue(m_note.painScore.value_or(-1));
    } else if (mode == Mode::Amend) {
        // Start from the signed text: the amendment says what changes.
        m_subjective->setPlainText(m_note.subjective);
        m_objective->setPlainText(m_note.objective);
        m_assessment->setPlainText(m_note.assessment);
        m_plan->setPlainText(m_note.plan);
        m_pain->setValue(m_note.painScore.value_or(-1));
    } else {
        m_pain->setValue(-1);
    }

    auto *form = new QFormLayout;
    form->addRow(tr("P&ractitioner"), m_practitioner);
    form->addRow(tr("&Subjective"), m_subjective);
    form->addRow(tr("&Objective"), m_objective);
    form->addRow(tr("&Assessment"), m_assessment);
    form->addRow(tr("P&lan"), m_plan);
    form->addRow(tr("Pain (0–&10)"), m_pain);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *draft = buttons->addButton(tr("Save &draft"), QDialogButtonBox::ActionRole);
    QPushButton *sign = buttons->addButton(tr("Save and si&gn"), QDialogButtonBox::AcceptRole);
    draft->setObjectName(QStringLiteral("saveDraft"));
    sign->setObjectName(QStringLiteral("saveAndSign"));
    auto *layout = new QVBoxLayout(this);
    if (mode == Mode::Amend)
        layout->addWidget(new QLabel(tr("The signed note stays as it is; this amendment is added to it and shown with it."), this));
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(draft, &QPushButton::clicked, this, [this] { save(false); });
    connect(sign, &QPushButton::clicked, this, [this] { save(true); });
}

QPlainTextEdit *ClinicalNoteDialog::field(const char *name) const { return findChild<QPlainTextEdit *>(QLatin1String(name)); }

QString ClinicalNoteDialog::error() const { return m_error->text(); }

bool ClinicalNoteDialog::save(bool andSign)
{
    domain::ClinicalNote note = m_note;
    note.practitionerId = m_practitioner->currentData().toLongLong();
    note.subjective = m_subjective->toPlainText().trimmed();
    note.objective = m_objective->toPlainText().trimmed();
    note.assessment = m_assessment->toPlainText().trimmed();
    note.plan = m_plan->toPlainText().trimmed();
    note.painScore = m_pain->value() < 0 ? std::nullopt : std::optional<int>(m_pain->value());
    storage::ClinicalNoteRepository notes(m_connection, m_session);
    domain::Result<domain::ClinicalNote> stored = m_mode == Mode::New ? notes.create(note)
                                                  : m_mode == Mode::Edit ? notes.update(note)
                                                                         : notes.amend(m_note.meta.id, [&] {
                                                                               domain::ClinicalNote amendment = note;
                                                                               amendment.meta = {};
                                                                               amendment.signedAt.reset();
                                                                               amendment.signedBy.reset();
                                                                               return amendment;
                                                                           }());
    if (stored && andSign) {
        // Saved but the signature refused: pressing again edits this note instead of adding one.
        m_note = stored.value();
        m_mode = Mode::Edit;
        stored = notes.sign(stored.value().meta.id);
    }
    if (!stored) {
        m_error->setText(stored.error().details());
        return false;
    }
    m_note = stored.value();
    accept();
    return true;
}

} // namespace clinic::ui
