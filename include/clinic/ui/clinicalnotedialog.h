#pragma once

#include "clinic/domain/clinicalnote.h"
#include "clinic/storage/session.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace clinic::storage {
class Connection;
}

namespace clinic::ui {

/// Writes a SOAP treatment note (subjective, objective, assessment, plan, pain 0-10): a new note,
/// an edit of an unsigned one, or an amendment of a signed one (which never changes; the
/// amendment cites it). "Save and sign" signs it at once. Practitioners and administrators
/// only (the repository refuses anyone else). Thread: the GUI thread.
class ClinicalNoteDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { New, Edit, Amend };

    /// `note` carries the patient (and for Edit/Amend the note being edited or amended).
    ClinicalNoteDialog(storage::Connection &connection, storage::Session session, Mode mode, domain::ClinicalNote note,
                       QWidget *parent = nullptr);

    [[nodiscard]] QPlainTextEdit *field(const char *name) const;
    [[nodiscard]] QSpinBox *pain() const { return m_pain; }
    [[nodiscard]] QString error() const;
    [[nodiscard]] const domain::ClinicalNote &saved() const { return m_note; }

public Q_SLOTS:
    bool save(bool andSign);

private:
    storage::Connection &m_connection;
    storage::Session m_session;
    Mode m_mode;
    domain::ClinicalNote m_note;
    QPlainTextEdit *m_subjective;
    QPlainTextEdit *m_objective;
    QPlainTextEdit *m_assessment;
    QPlainTextEdit *m_plan;
    QSpinBox *m_pain;
    QComboBox *m_practitioner;
    QLabel *m_error;
};

} // namespace clinic::ui
