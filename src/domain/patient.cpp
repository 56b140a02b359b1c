#include "clinic/domain/patient.h"

namespace clinic::domain {

QString Patient::fullName() const
{
    if (lastName.isEmpty())
        return firstName;
    if (firstName.isEmpty())
        return lastName;
    return firstName + QLatin1Char(' ') + lastName;
}

} // namespace clinic::domain
