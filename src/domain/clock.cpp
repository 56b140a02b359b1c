#include "clinic/domain/clock.h"

namespace clinic::domain {

const SystemClock &SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}

} // namespace clinic::domain
