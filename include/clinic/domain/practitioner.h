#pragma once

#include "clinic/domain/recordmeta.h"

#include <QString>

namespace clinic::domain {

/// A member of staff who sees patients (physiotherapist, doctor). Shown as a calendar column.
struct Practitioner
{
    RecordMeta meta;
    QString name;
    QString title;          ///< e.g. "Physiotherapist", free text
    QString colour;         ///< "#RRGGBB", used for the calendar
    QString phone;          ///< E.164 after validation, may be empty
    QString email;
    QString registrationNo; ///< professional registration, may be empty
    bool active = true;
};

} // namespace clinic::domain
