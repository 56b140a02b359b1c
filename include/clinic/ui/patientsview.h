#pragma once

#include "clinic/storage/session.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace clinic::storage {
class Connection;
}

namespace clinic::ui {

class PatientListModel;

/// The search-first patient list: focus lands in the search box, results update as you type,
/// Enter opens a single match, and when nothing matches "New patient" is offered with what was
/// typed. Thread: the GUI thread.
class PatientsView : public QWidget
{
    Q_OBJECT
public:
    PatientsView(storage::Connection &connection, storage::Session session, QWidget *parent = nullptr);

    [[nodiscard]] QLineEdit *searchBox() const { return m_search; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] PatientListModel *model() const { return m_model; }
    [[nodiscard]] QString statusText() const;

public Q_SLOTS:
    /// Puts the cursor in the search box with its text selected (Ctrl+F).
    void focusSearch();
    /// Reloads the results (after a save, or rows changed by sync), keeping the selection.
    void refresh();

Q_SIGNALS:
    void patientOpened(qint64 patientId);
    /// Nothing matched: a new patient, prefilled from the search text.
    void newPatientRequested(const QString &searchText);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onSearchFinished(int rows, bool truncated);
    void openCurrent();

    PatientListModel *m_model;
    QLineEdit *m_search;
    QLabel *m_status;
    QTableView *m_table;
    QPushButton *m_new;
};

} // namespace clinic::ui
