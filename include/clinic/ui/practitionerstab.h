#pragma once

#include "clinic/domain/practitioner.h"
#include "clinic/storage/session.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace clinic::storage {
class Connection;
}

namespace clinic::ui {

/// Settings › Practitioners: who sees patients, each a calendar column in their colour. Add,
/// edit (name, title, colour, phone, e-mail, registration number) or take out of use; they are
/// never deleted, past appointments and invoices name them. A refused save says why under the
/// form and changes nothing. Thread: the GUI thread; borrows the connection.
class PractitionersTab : public QWidget
{
    Q_OBJECT
public:
    PractitionersTab(storage::Connection &connection, storage::Session session, QWidget *parent = nullptr);

    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QLineEdit *name() const { return m_name; }
    [[nodiscard]] QLineEdit *title() const { return m_title; }
    [[nodiscard]] QLineEdit *colour() const { return m_colour; }
    [[nodiscard]] QLineEdit *phone() const { return m_phone; }
    [[nodiscard]] QCheckBox *active() const { return m_active; }
    [[nodiscard]] QString error() const;

public Q_SLOTS:
    void newPractitioner();
    bool save();
    void reload();

Q_SIGNALS:
    void saved(const QString &message);

private:
    void showColour();

    storage::Connection &m_connection;
    storage::Session m_session;
    QList<domain::Practitioner> m_practitioners;
    domain::Practitioner m_current;  ///< as loaded (an id of 0 for a new one)
    QTableWidget *m_table;
    QLineEdit *m_name;
    QLineEdit *m_title;
    QLineEdit *m_colour;
    QPushButton *m_pickColour;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QLineEdit *m_registration;
    QCheckBox *m_active;
    QLabel *m_error;
};

} // namespace clinic::ui
