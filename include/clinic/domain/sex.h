#pragma once

#include <QString>

#include <optional>

namespace clinic::domain {

enum class Sex { Unknown, Female, Male, Other };

QString sexName(Sex sex);
std::optional<Sex> sexFromName(const QString &name);

} // namespace clinic::domain
