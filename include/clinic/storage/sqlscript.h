#pragma once

#include <QString>
#include <QStringList>

namespace clinic::storage {

/// Splits one of our migration scripts into single statements (QSqlQuery runs one at a time).
/// Understands `--` comment lines, semicolons inside quotes, and CREATE TRIGGER ... END; blocks.
/// Stateless and thread-safe.
class SqlScript
{
public:
    static QStringList split(const QString &script);
};

} // namespace clinic::storage
