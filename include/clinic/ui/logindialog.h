#pragma once

#include "clinic/domain/user.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace clinic::storage {
class Connection;
}

namespace clinic::ui {

/// Sign-in against the local user table, so it works offline. A wrong login or password gets
/// one message under the fields (never which of the two was wrong) and the password is cleared.
/// Thread: the GUI thread.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    /// done() code of a locked screen whose user chose to sign out instead.
    static constexpr int SignOut = 2;

    explicit LoginDialog(storage::Connection &connection, QWidget *parent = nullptr);

    /// The screen is locked for `login`: only that user's password unlocks it; "Sign out" ends
    /// the session instead (done(SignOut)).
    void lockFor(const QString &login);

    /// The signed-in user once the dialog was accepted.
    [[nodiscard]] const domain::User &user() const { return m_user; }
    [[nodiscard]] QLineEdit *loginField() const { return m_login; }
    [[nodiscard]] QLineEdit *passwordField() const { return m_password; }
    [[nodiscard]] QString errorText() const;

public Q_SLOTS:
    /// Checks the credentials; accepts the dialog when they are right.
    void attempt();

private:
    storage::Connection &m_connection;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QLabel *m_error;
    QPushButton *m_signIn;
    domain::User m_user;
};

} // namespace clinic::ui
