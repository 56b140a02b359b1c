#include "clinic/domain/hybridlogicalclock.h"

#include <algorithm>

namespace clinic::domain {

HybridLogicalClock::HybridLogicalClock(const Clock &clock, HlcTimestamp last)
    : m_clock(clock), m_last(last)
{
}

HlcTimestamp HybridLogicalClock::now()
{
    const qint64 physical = m_clock.nowMs();
    std::lock_guard lock(m_mutex);
    return advance(physical, nullptr);
}

HlcTimestamp HybridLogicalClock::observe(const HlcTimestamp &remote)
{
    const qint64 physical = m_clock.nowMs();
    std::lock_guard lock(m_mutex);
    return advance(physical, &remote);
}

HlcTimestamp HybridLogicalClock::last() const
{
    std::lock_guard lock(m_mutex);
    return m_last;
}

// Invariant: the returned timestamp is strictly greater than m_last (and than *remote), and its
// wallMs is max(physical, m_last.wallMs, remote.wallMs) unless the counter overflowed, in which
// case the clock borrows the next millisecond rather than wrap.
HlcTimestamp HybridLogicalClock::advance(qint64 physicalMs, const HlcTimestamp *remote)
{
    const HlcTimestamp before = m_last;
    qint64 wall = std::max(before.wallMs, physicalMs);
    if (remote)
        wall = std::max(wall, remote->wallMs);

    quint32 counter = 0;
    if (wall == before.wallMs && remote && wall == remote->wallMs)
        counter = std::max(before.counter, remote->counter) + 1;
    else if (wall == before.wallMs)
        counter = before.counter + 1;
    else if (remote && wall == remote->wallMs)
        counter = remote->counter + 1;

    if (counter > kMaxCounter) {
        ++wall;
        counter = 0;
    }
    m_last = HlcTimestamp{wall, counter};
    return m_last;
}

} // namespace clinic::domain
