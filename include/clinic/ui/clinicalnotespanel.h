#pragma once

#include "clinic/domain/clinicalnote.h"
#include "clinic/storage/session.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace clinic::storage {
class Connection;
}

namespace clinic::ui {

/// A patient's treatment notes in the patient record (practitioners and administrators only):
/// the list (newest first; amendments marked), the selected note in full with its amendment
/// trail, and New / Edit (unsigned) / Sign / Amend (signed). Thread: the GUI thread.
class ClinicalNotesPanel : public QWidget
{
    Q_OBJECT
public:
    ClinicalNotesPanel(storage::Connection &connection, storage::Session session, qint64 patientId, QWidget *parent = nullptr);

    [[nodiscard]] QTableWidget *list() const { return m_list; }
    [[nodiscard]] QString shownText() const;
    [[nodiscard]] QPushButton *editButton() const { return m_edit; }
    [[nodiscard]] QPushButton *signButton() const { return m_sign; }
    [[nodiscard]] QPushButton *amendButton() const { return m_amend; }
    [[nodiscard]] QString error() const;

public Q_SLOTS:
    void reload();
    /// Signs the selected unsigned note (after this it can only be amended).
    bool signSelected();

Q_SIGNALS:
    void changed();

private:
    void show(int row);
    void openEditor(int mode);
    [[nodiscard]] int selectedRow() const;

    storage::Connection &m_connection;
    storage::Session m_session;
    qint64 m_patientId;
    QList<domain::ClinicalNote> m_notes;
    QTableWidget *m_list;
    QTextBrowser *m_view;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_sign;
    QPushButton *m_amend;
    QLabel *m_error;
};

} // namespace clinic::ui
