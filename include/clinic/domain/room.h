#pragma once

#include "clinic/domain/recordmeta.h"

#include <QString>

namespace clinic::domain {

/// A treatment room or cubicle (optional in small clinics).
struct Room
{
    RecordMeta meta;
    QString name;
    bool active = true;
};

} // namespace clinic::domain
