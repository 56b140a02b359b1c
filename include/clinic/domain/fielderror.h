#pragma once

#include <QString>

namespace clinic::domain {

/// One problem with one input field, phrased for the person who typed it.
/// `field` is the entity's field name as used in code and in the UI's form
/// (e.g. "phone", "dateOfBirth"); the UI places `message` next to that field.
struct FieldError
{
    QString field;
    QString message;

    friend bool operator==(const FieldError &, const FieldError &) = default;
};

} // namespace clinic::domain
