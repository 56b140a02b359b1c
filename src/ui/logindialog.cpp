#include "clinic/ui/logindialog.h"

#include "clinic/storage/session.h"
#include "clinic/storage/userrepository.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace clinic::ui {

LoginDialog::LoginDialog(storage::Connection &connection, QWidget *parent)
    : QDialog(parent),
      m_connection(connection),
      m_login(new QLineEdit(this)),
      m_password(new QLineEdit(this)),
      m_error(new QLabel(this))
{
    setWindowTitle(tr("Sign in to ClinicDesk"));
    m_login->setObjectName(QStringLiteral("login"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&User name"), m_login);
    form->addRow(tr("&Password"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signIn = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_signIn, &QPushButton::clicked, this, &LoginDialog::attempt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void LoginDialog::lockFor(const QString &login)
{
    setWindowTitle(tr("ClinicDesk is locked"));
    m_login->setText(login);
    m_login->setReadOnly(true);
    m_signIn->setText(tr("&Unlock"));
    auto *buttons = findChild<QDialogButtonBox *>();
    buttons->button(QDialogButtonBox::Cancel)->hide();
    QPushButton *signOut = buttons->addButton(tr("Sign &out"), QDialogButtonBox::DestructiveRole);
    signOut->setObjectName(QStringLiteral("signOut"));
    connect(signOut, &QPushButton::clicked, this, [this] { done(SignOut); });
    m_password->setFocus();
}

QString LoginDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void LoginDialog::attempt()
{
    if (m_login->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        m_error->setText(tr("Enter your user name and password."));
        m_error->show();
        (m_login->text().trimmed().isEmpty() ? m_login : m_password)->setFocus();
        return;
    }
    // Key derivation takes a moment by design (it makes stolen hashes expensive to guess).
    QApplication::setOverrideCursor(Qt::WaitCursor);
    storage::Session system;
    const auto user = storage::UserRepository(m_connection, system).authenticate(m_login->text().trimmed(), m_password->text());
    QApplication::restoreOverrideCursor();
    if (!user) {
        m_error->setText(tr("The user name or password is not right."));
        m_error->show();
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_user = user.value();
    m_error->hide();
    accept();
}

} // namespace clinic::ui
