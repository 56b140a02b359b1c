#pragma once

#include "clinic/protocol/fieldtype.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <string>

namespace clinic::protocol {

/// One synced column: its wire type and limits. `maxLength` is in characters for text.
struct FieldSpec
{
    QString name;
    std::string key;                  ///< the name as UTF-8, as JSON objects key it (set by Schema)
    FieldType type = FieldType::Text;
    bool nullable = false;
    bool optionalOnCreate = false;    ///< a new row may omit it (the desk's column default applies)
    QString refTable;                 ///< for FieldType::Reference: the parent table
    int maxLength = 0;                ///< Text: 0 = default (kMaxText)
    std::optional<qint64> min;        ///< Integer/Timestamp bounds
    std::optional<qint64> max;
    QStringList allowed;              ///< Text: allowed values (enumerations), empty = any
};

} // namespace clinic::protocol
