#pragma once

#include <QString>
#include <QStringList>

namespace clinic::domain {

/// Splits one of our migration scripts (desk and server alike; plain text processing, which is why
/// it lives in the bottom layer) into single statements (QSqlQuery runs one at a time).
/// Understands `--` comment lines, semicolons inside quotes, and CREATE TRIGGER ... END; blocks.
/// Stateless and thread-safe.
class SqlScript
{
public:
    static QStringList split(const QString &script);
};

} // namespace clinic::domain
