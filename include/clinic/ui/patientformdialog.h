#pragma once

#include "clinic/domain/patient.h"
#include "clinic/storage/session.h"

#include <QDialog>
#include <QSet>

#include <memory>

namespace Ui {
class PatientForm;
}
namespace clinic::storage {
class Connection;
}

namespace clinic::ui {

/// Registers a patient or edits one (form designed in patientform.ui). Each field's message
/// appears next to it as the user types (once the field was touched) and for every field on save;
/// a refused save shows the reason and writes nothing. Before a new patient is saved, likely
/// duplicates (same phone, or same name and date of birth) are shown with "Open existing"; saving
/// anyway takes a second press. Thread: the GUI thread.
class PatientFormDialog : public QDialog
{
    Q_OBJECT
public:
    /// A new patient, prefilled from what was typed into the search box.
    PatientFormDialog(storage::Connection &connection, storage::Session session, const QString &searchText,
                      QWidget *parent = nullptr);
    /// An existing patient.
    PatientFormDialog(storage::Connection &connection, storage::Session session, const domain::Patient &patient,
                      QWidget *parent = nullptr);
    ~PatientFormDialog() override;

    /// The saved patient (after accept()).
    [[nodiscard]] const domain::Patient &saved() const { return m_saved; }
    /// The patient the user chose to open instead (a likely duplicate), 0 = none.
    [[nodiscard]] qint64 openExistingId() const { return m_openExisting; }
    /// The message shown next to `field` ("firstName", "phone", ...), empty when none.
    [[nodiscard]] QString errorFor(const QString &field) const;
    [[nodiscard]] QString formError() const;
    [[nodiscard]] bool duplicatesShown() const;
    [[nodiscard]] Ui::PatientForm &form() { return *m_ui; }

    /// Parses the date of birth as typed: dd/mm/yyyy (also with - or .) or yyyy-mm-dd.
    static std::optional<QDate> parseDate(const QString &text);

public Q_SLOTS:
    void save();

private:
    PatientFormDialog(storage::Connection &connection, storage::Session session, QWidget *parent);
    [[nodiscard]] domain::Patient patientFromFields(QString *dateError) const;
    void fill(const domain::Patient &patient);
    void revalidate();
    void showErrors(const QList<domain::FieldError> &errors, bool all);

    std::unique_ptr<Ui::PatientForm> m_ui;
    storage::Connection &m_connection;
    storage::Session m_session;
    domain::Patient m_original;
    domain::Patient m_saved;
    QSet<QString> m_touched;
    QList<qint64> m_duplicates;
    bool m_duplicatesConfirmed = false;
    qint64 m_openExisting = 0;
};

} // namespace clinic::ui
