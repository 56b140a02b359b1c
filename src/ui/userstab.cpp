#include "clinic/ui/userstab.h"

#include "clinic/storage/practitionerrepository.h"
#include "clinic/storage/userrepository.h"
#include "clinic/ui/theme.h"
#include "readonlytable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

namespace clinic::ui {

UsersTab::UsersTab(storage::Connection &connection, storage::Session session, QWidget *parent)
    : QWidget(parent), m_connection(connection), m_session(std::move(session)),
      m_table(readOnlyTable({tr("Login"), tr("Name"), tr("Role"), tr("May sign in")}, QStringLiteral("users"), this)),
      m_login(new QLineEdit(this)), m_name(new QLineEdit(this)), m_role(new QComboBox(this)), m_password(new QLineEdit(this)),
      m_practitioner(new QComboBox(this)), m_active(new QCheckBox(tr("May sign in"), this)), m_error(new QLabel(this))
{
    m_practitioner->setObjectName(QStringLiteral("userPractitioner"));
    m_role->addItem(tr("Reception"), int(domain::Role::Reception));
    m_role->addItem(tr("Practitioner"), int(domain::Role::Practitioner));
    m_role->addItem(tr("Administrator"), int(domain::Role::Admin));
    m_password->setEchoMode(QLineEdit::Password);
    theme::markAsError(m_error);
    m_error->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Login"), m_login);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Role"), m_role);
    form->addRow(tr("Is practi&tioner"), m_practitioner);  // whose calendar and notes are theirs
    form->addRow(tr("&Password"), m_password);
    form->addRow(QString(), m_active);
    const auto [newButton, saveButton] = layOutListEditor(this, m_table, form, m_error, tr("&New user"), tr("&Save user"));
    connect(newButton, &QPushButton::clicked, this, &UsersTab::newUser);
    connect(saveButton, &QPushButton::clicked, this, &UsersTab::save);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { edit(row); });
    // Only a practitioner's account names the practitioner it is.
    const auto showPractitioner = [this, form] {
        form->setRowVisible(m_practitioner, domain::Role(m_role->currentData().toInt()) == domain::Role::Practitioner);
    };
    connect(m_role, &QComboBox::currentIndexChanged, this, showPractitioner);
    showPractitioner();
    reloadPractitioners();
    reload();
    newUser();
}

QString UsersTab::error() const { return m_error->text(); }

void UsersTab::reload()
{
    m_table->setRowCount(0);
    m_users = storage::UserRepository(m_connection, m_session).list().value_or(QList<domain::User>{});
    for (const domain::User &u : m_users)
        appendRow(m_table, {u.login, u.displayName, m_role->itemText(m_role->findData(int(u.role))), u.active ? tr("yes") : tr("no")});
}

void UsersTab::reloadPractitioners()
{
    const QVariant chosen = m_practitioner->currentData();
    m_practitioner->clear();
    m_practitioner->addItem(tr("(choose)"), QVariant());
    for (const domain::Practitioner &p : storage::PractitionerRepository(m_connection, m_session).list(true).value_or(QList<domain::Practitioner>{}))
        m_practitioner->addItem(p.name, p.meta.id);
    m_practitioner->setCurrentIndex(std::max(0, m_practitioner->findData(chosen)));
}

void UsersTab::newUser()
{
    m_current = domain::User{};
    edit(-1);
    m_login->setFocus();
}

void UsersTab::edit(int row)
{
    if (row >= 0 && row < m_users.size())
        m_current = m_users.at(row);
    m_login->setText(m_current.login);
    m_login->setReadOnly(m_current.meta.id != 0);  // a login never changes: the audit log uses it
    m_name->setText(m_current.displayName);
    m_role->setCurrentIndex(m_role->findData(int(m_current.role)));
    m_practitioner->setCurrentIndex(
        m_current.practitionerId ? std::max(0, m_practitioner->findData(*m_current.practitionerId)) : 0);
    m_password->clear();
    m_password->setPlaceholderText(m_current.meta.id ? tr("leave empty to keep the password") : tr("at least 10 characters"));
    m_active->setChecked(m_current.active);
    m_error->clear();
}

bool UsersTab::save()
{
    domain::User u = m_current;
    u.login = m_login->text().trimmed();
    u.displayName = m_name->text().trimmed();
    u.role = domain::Role(m_role->currentData().toInt());
    if (u.role == domain::Role::Practitioner && m_practitioner->currentData().isValid())
        u.practitionerId = m_practitioner->currentData().toLongLong();
    else if (u.role != domain::Role::Practitioner)
        u.practitionerId.reset();
    u.active = m_active->isChecked();
    if (u.meta.id == m_session.userId && (!u.active || u.role != domain::Role::Admin)) {
        m_error->setText(tr("You cannot take away your own administrator access; ask another administrator."));
        return false;
    }
    storage::UserRepository users(m_connection, m_session);
    const auto report = [this](const domain::Error &e) {
        m_error->setText(e.details());
        return false;
    };
    if (u.meta.id == 0) {
        const auto created = users.create(u, m_password->text());
        if (!created)
            return report(created.error());
        m_current = created.value();
    } else {
        const auto updated = users.update(u);
        if (!updated)
            return report(updated.error());
        if (!m_password->text().isEmpty()) {
            if (auto changed = users.setPassword(u.meta.id, m_password->text()); !changed)
                return report(changed.error());
        }
        m_current = updated.value();
    }
    m_password->clear();
    reload();
    Q_EMIT saved(tr("Saved user %1.").arg(m_current.login));
    return true;
}

} // namespace clinic::ui
