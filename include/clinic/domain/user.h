#pragma once

#include "clinic/domain/recordmeta.h"
#include "clinic/domain/role.h"

#include <QString>

#include <optional>

namespace clinic::domain {

/// A person who signs in to ClinicDesk on a desk. The password hash is PBKDF2 (see PasswordHasher)
/// and is all that is ever stored; it works offline.
struct User
{
    RecordMeta meta;
    QString login;          ///< unique, case-insensitive
    QString displayName;
    QString passwordHash;   ///< PasswordHasher::hash() output
    Role role = Role::Reception;
    std::optional<qint64> practitionerId;  ///< local id of the linked practitioner
    bool active = true;
};

} // namespace clinic::domain
