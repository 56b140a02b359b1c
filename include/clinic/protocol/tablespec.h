#pragma once

#include "clinic/protocol/fieldspec.h"

#include <QList>
#include <QString>

#include <string_view>

namespace clinic::protocol {

/// A synced table as the wire knows it. `rank` orders tables parents-before-children (a push
/// sends lower ranks first; a row only references tables of lower rank).
struct TableSpec
{
    QString name;
    int rank = 0;
    QList<FieldSpec> fields;
    /// Clinical content: never sent to a device whose scope excludes it (architecture.md S12).
    bool clinical = false;

    [[nodiscard]] const FieldSpec *field(const QString &name) const;
    [[nodiscard]] const FieldSpec *field(std::string_view key) const;
};

} // namespace clinic::protocol
