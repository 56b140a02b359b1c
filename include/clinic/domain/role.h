#pragma once

#include <QString>

#include <optional>

namespace clinic::domain {

/// What a signed-in user may do. Reception never sees clinical note contents;
/// practitioners do; admins manage users and settings (and see everything).
enum class Role { Reception, Practitioner, Admin };

QString roleName(Role role);
std::optional<Role> roleFromName(const QString &name);
/// True when the role may read the contents of clinical notes.
bool canReadClinicalNotes(Role role);

} // namespace clinic::domain
