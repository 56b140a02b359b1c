#pragma once

#include "clinic/domain/user.h"
#include "clinic/storage/session.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace clinic::storage {
class Connection;
}

namespace clinic::ui {

/// Settings › Users: who may sign in on this desk, with their role (reception, practitioner,
/// administrator; a practitioner's account names which practitioner it is). Add a user with a
/// first password, change a name, role or password, or stop a
/// user from signing in (users are never deleted: the audit log names them). Thread: GUI.
class UsersTab : public QWidget
{
    Q_OBJECT
public:
    UsersTab(storage::Connection &connection, storage::Session session, QWidget *parent = nullptr);

    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QLineEdit *login() const { return m_login; }
    [[nodiscard]] QLineEdit *displayName() const { return m_name; }
    [[nodiscard]] QComboBox *role() const { return m_role; }
    [[nodiscard]] QLineEdit *password() const { return m_password; }
    [[nodiscard]] QComboBox *practitioner() const { return m_practitioner; }
    [[nodiscard]] QCheckBox *active() const { return m_active; }
    [[nodiscard]] QString error() const;

public Q_SLOTS:
    void newUser();
    bool save();
    void reload();
    /// The practitioners a practitioner's account can be (after Settings › Practitioners saved).
    void reloadPractitioners();

Q_SIGNALS:
    void saved(const QString &message);

private:
    void edit(int row);

    storage::Connection &m_connection;
    storage::Session m_session;
    QList<domain::User> m_users;
    domain::User m_current;
    QTableWidget *m_table;
    QLineEdit *m_login;
    QLineEdit *m_name;
    QComboBox *m_role;
    QLineEdit *m_password;
    QComboBox *m_practitioner;
    QCheckBox *m_active;
    QLabel *m_error;
};

} // namespace clinic::ui
