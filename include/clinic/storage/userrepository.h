#pragma once

#include "clinic/domain/user.h"
#include "clinic/storage/repository.h"

#include <QList>

namespace clinic::storage {

/// Desk users and offline sign-in. Only admins create or change users (except a user changing
/// their own password). Password hashes never leave this class except inside User.
/// Thread: the connection's.
class UserRepository : public Repository
{
public:
    using Repository::Repository;

    /// Creates a user with `password` (hashed here; at least PasswordHasher::kMinimumLength).
    domain::Result<domain::User> create(domain::User user, const QString &password);
    domain::Result<domain::User> update(domain::User user);
    domain::Status setPassword(qint64 userId, const QString &password);
    domain::Status remove(qint64 id);
    domain::Result<domain::User> get(qint64 id) const;
    domain::Result<QList<domain::User>> list() const;
    /// Offline sign-in: the active user with this login (case-insensitive) and password.
    /// Unknown login and wrong password give the same error, so logins cannot be probed.
    domain::Result<domain::User> authenticate(const QString &login, const QString &password) const;

    /// Iterations used for new hashes (tests lower it to stay fast).
    void setHashIterations(int iterations) { m_iterations = iterations; }

private:
    int m_iterations = 0;  ///< 0 = PasswordHasher default
};

} // namespace clinic::storage
