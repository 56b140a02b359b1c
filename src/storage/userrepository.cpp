#include "clinic/storage/userrepository.h"

#include "clinic/domain/passwordhasher.h"
#include "clinic/domain/validator.h"
#include "recordtable.h"

namespace clinic::storage {
namespace {

using domain::User;

const QStringList kColumns{QStringLiteral("login"), QStringLiteral("display_name"),
                           QStringLiteral("password_hash"), QStringLiteral("role"),
                           QStringLiteral("practitioner_id"), QStringLiteral("active")};

void bind(QSqlQuery &q, const User &u)
{
    q.bindValue(QStringLiteral(":login"), sql::text(u.login.trimmed()));
    q.bindValue(QStringLiteral(":display_name"), sql::text(u.displayName.trimmed()));
    q.bindValue(QStringLiteral(":password_hash"), sql::text(u.passwordHash));
    q.bindValue(QStringLiteral(":role"), domain::roleName(u.role));
    q.bindValue(QStringLiteral(":practitioner_id"), sql::idOrNull(u.practitionerId));
    q.bindValue(QStringLiteral(":active"), u.active);
}

User read(const QSqlQuery &q)
{
    User u;
    u.meta = sql::readMeta(q);
    u.login = q.value(QStringLiteral("login")).toString();
    u.displayName = q.value(QStringLiteral("display_name")).toString();
    u.passwordHash = q.value(QStringLiteral("password_hash")).toString();
    u.role = domain::roleFromName(q.value(QStringLiteral("role")).toString()).value_or(domain::Role::Reception);
    u.practitionerId = sql::optionalId(q.value(QStringLiteral("practitioner_id")));
    u.active = q.value(QStringLiteral("active")).toBool();
    return u;
}

const TableMapping<User> kMapping{QStringLiteral("users"), QStringLiteral("user"), kColumns, &bind, &read};

std::optional<QString> checkPassword(const QString &password)
{
    if (password.size() < domain::PasswordHasher::kMinimumLength)
        return QCoreApplication::translate("clinic::storage::Repository",
                                           "The password needs at least %1 characters.")
            .arg(domain::PasswordHasher::kMinimumLength);
    if (password.size() > 256)
        return QCoreApplication::translate("clinic::storage::Repository", "The password is too long.");
    return std::nullopt;
}

} // namespace

domain::Result<User> UserRepository::create(User user, const QString &password)
{
    if (auto allowed = requireRole({domain::Role::Admin}, tr("manage users")); !allowed)
        return allowed.error();
    if (const auto problem = checkPassword(password))
        return domain::Error::validation(QStringLiteral("password"), *problem);
    user.passwordHash = m_iterations > 0 ? domain::PasswordHasher::hash(password, m_iterations)
                                         : domain::PasswordHasher::hash(password);
    if (const auto errors = domain::Validator::validate(user); !errors.isEmpty())
        return domain::Error::validation(errors);
    if (user.practitionerId) {
        if (auto live = requireLive(QStringLiteral("practitioners"), *user.practitionerId,
                                    tr("practitioner")); !live)
            return domain::Error::validation(QStringLiteral("practitionerId"), live.error().message());
    }
    return insertInTransaction(connection(), kMapping, session().userId, std::move(user), nowMs());
}

domain::Result<User> UserRepository::update(User user)
{
    if (auto allowed = requireRole({domain::Role::Admin}, tr("manage users")); !allowed)
        return allowed.error();
    // The hash is changed only through setPassword(); keep the stored one.
    auto stored = RecordTable<User>(connection(), kMapping).get(user.meta.id);
    if (!stored)
        return stored.error();
    user.passwordHash = stored.value().passwordHash;
    if (const auto errors = domain::Validator::validate(user); !errors.isEmpty())
        return domain::Error::validation(errors);
    return updateInTransaction(connection(), kMapping, session().userId, user, nowMs());
}

domain::Status UserRepository::setPassword(qint64 userId, const QString &password)
{
    if (session().userId != userId) {
        if (auto allowed = requireRole({domain::Role::Admin}, tr("change another user's password"));
            !allowed)
            return allowed;
    }
    if (const auto problem = checkPassword(password))
        return domain::Error::validation(QStringLiteral("password"), *problem);
    auto stored = RecordTable<User>(connection(), kMapping).get(userId);
    if (!stored)
        return stored.error();
    User user = stored.value();
    user.passwordHash = m_iterations > 0 ? domain::PasswordHasher::hash(password, m_iterations)
                                         : domain::PasswordHasher::hash(password);
    auto updated = updateInTransaction(connection(), kMapping, session().userId, user, nowMs());
    if (!updated)
        return updated.error();
    return {};
}

domain::Status UserRepository::remove(qint64 id)
{
    if (auto allowed = requireRole({domain::Role::Admin}, tr("manage users")); !allowed)
        return allowed;
    return softDelete(kMapping.table, id);
}

domain::Result<User> UserRepository::get(qint64 id) const
{
    return RecordTable<User>(connection(), kMapping).get(id);
}

domain::Result<QList<User>> UserRepository::list() const
{
    return RecordTable<User>(connection(), kMapping).listLive(false, QStringLiteral("login COLLATE NOCASE"));
}

domain::Result<User> UserRepository::authenticate(const QString &login, const QString &password) const
{
    const domain::Error refused(domain::ErrorCode::Forbidden,
                                tr("The login name or the password is not right."));
    auto users = RecordTable<User>(connection(), kMapping)
                     .select(QStringLiteral("deleted_at IS NULL AND active = 1 AND lower(login) = lower(?)"),
                             {login.trimmed()});
    if (!users)
        return users.error();
    if (users.value().isEmpty()) {
        // Spend the same time as a real check so a missing login cannot be told apart.
        const int iterations = m_iterations > 0 ? m_iterations : domain::PasswordHasher::kDefaultIterations;
        const QString dummy = QStringLiteral("pbkdf2-sha256$%1$c2FsdHNhbHRzYWx0c2FsdA==$"
                                             "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=").arg(iterations);
        domain::PasswordHasher::verify(password, dummy);
        return refused;
    }
    const User &user = users.value().first();
    if (!domain::PasswordHasher::verify(password, user.passwordHash))
        return refused;
    return user;
}

} // namespace clinic::storage
