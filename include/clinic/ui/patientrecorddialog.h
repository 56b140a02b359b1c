#pragma once

#include "clinic/domain/patient.h"
#include "clinic/storage/session.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace clinic::storage {
class Connection;
}

namespace clinic::ui {

class ClinicalNotesPanel;

/// A patient's record: details, alerts (shown prominently), upcoming and past appointments,
/// invoices and the balance. "Edit details" and "Book" hand over to the window (done codes).
/// Thread: the GUI thread; borrows the connection.
class PatientRecordDialog : public QDialog
{
    Q_OBJECT
public:
    enum Outcome { Closed = QDialog::Rejected, EditDetails = 10, Book = 11 };

    PatientRecordDialog(storage::Connection &connection, storage::Session session, qint64 patientId, QWidget *parent = nullptr);

    [[nodiscard]] const domain::Patient &patient() const { return m_patient; }
    [[nodiscard]] QTableWidget *upcoming() const { return m_upcoming; }
    [[nodiscard]] QTableWidget *past() const { return m_past; }
    [[nodiscard]] QTableWidget *invoices() const { return m_invoices; }
    [[nodiscard]] QTableWidget *payments() const { return m_payments; }
    /// Null for roles that may not read clinical notes.
    [[nodiscard]] ClinicalNotesPanel *notes() const { return m_notes; }
    [[nodiscard]] QString balanceText() const;
    [[nodiscard]] QString alertsText() const;
    /// "Refund credit…", shown while the patient holds credit.
    [[nodiscard]] QPushButton *refundButton() const { return m_refund; }

Q_SIGNALS:
    /// Something was saved from here (a refund): the window refreshes and lets sync push it.
    void changed();

private:
    void load();

    storage::Connection &m_connection;
    storage::Session m_session;
    qint64 m_id;
    domain::Patient m_patient;
    QLabel *m_details;
    QLabel *m_alerts;
    QLabel *m_balance;
    QPushButton *m_refund = nullptr;
    QTableWidget *m_upcoming;
    QTableWidget *m_past;
    QTableWidget *m_invoices;
    QTableWidget *m_payments;
    ClinicalNotesPanel *m_notes = nullptr;
};

} // namespace clinic::ui
