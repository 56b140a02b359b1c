#pragma once

#include "clinic/domain/appointment.h"
#include "clinic/storage/session.h"

#include <QDateTime>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace clinic::storage {
class Connection;
}

namespace clinic::ui {

/// Books an appointment: the patient (found by typing, as in the patient list), practitioner,
/// day, start and length (a service sets its length). An overlap with another booking of the
/// same practitioner is shown before saving; an administrator may book anyway with a second
/// press, anyone else must pick another time. Thread: the GUI thread.
class AppointmentDialog : public QDialog
{
    Q_OBJECT
public:
    /// `start` is in the clinic's time zone; `practitionerId` 0 = the first one.
    AppointmentDialog(storage::Connection &connection, storage::Session session, qint64 practitionerId, const QDateTime &start,
                      qint64 patientId = 0, QWidget *parent = nullptr);

    [[nodiscard]] const domain::Appointment &saved() const { return m_saved; }
    [[nodiscard]] QString message() const;
    [[nodiscard]] QLineEdit *patientSearch() const { return m_patientSearch; }
    [[nodiscard]] QComboBox *patientChoice() const { return m_patient; }
    [[nodiscard]] QComboBox *practitionerChoice() const { return m_practitioner; }
    [[nodiscard]] QTimeEdit *timeEdit() const { return m_time; }
    [[nodiscard]] QSpinBox *minutes() const { return m_minutes; }
    [[nodiscard]] QPushButton *bookButton() const { return m_book; }
    /// Repetition: 0 does not repeat, 1 weekly, 2 every N days (repeatEvery()).
    [[nodiscard]] QComboBox *repeat() const { return m_repeat; }
    [[nodiscard]] QSpinBox *repeatEvery() const { return m_every; }
    [[nodiscard]] QSpinBox *repeatTimes() const { return m_times; }
    /// The appointments booked (one, or the whole series).
    [[nodiscard]] const QList<domain::Appointment> &booked() const { return m_booked; }

public Q_SLOTS:
    void book();

private:
    void findPatients(const QString &text);
    [[nodiscard]] domain::Appointment fromFields() const;

    storage::Connection &m_connection;
    storage::Session m_session;
    QLineEdit *m_patientSearch;
    QComboBox *m_patient;
    QComboBox *m_practitioner;
    QComboBox *m_service;
    QDateEdit *m_date;
    QTimeEdit *m_time;
    QSpinBox *m_minutes;
    QLabel *m_message;
    QPushButton *m_book;
    QComboBox *m_repeat;
    QSpinBox *m_every;
    QSpinBox *m_times;
    QList<domain::Appointment> m_booked;
    bool m_overlapConfirmed = false;
    domain::Appointment m_saved;
};

} // namespace clinic::ui
