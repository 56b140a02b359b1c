#pragma once

#include "clinic/domain/clock.h"
#include "clinic/domain/hlctimestamp.h"

#include <mutex>

namespace clinic::domain {

/// Hybrid logical clock (Kulkarni et al.): timestamps close to wall time that never go backwards,
/// even when the machine's clock is set back, and that move past every timestamp received from
/// another device. Used by sync to order edits to the same field.
///
/// Thread-safe: every public method locks. The Clock must outlive this object.
class HybridLogicalClock
{
public:
    explicit HybridLogicalClock(const Clock &clock, HlcTimestamp last = {});

    /// A timestamp for a local event, strictly greater than every one returned or observed before.
    HlcTimestamp now();
    /// Merges a timestamp received from another device; returns a local timestamp after both.
    HlcTimestamp observe(const HlcTimestamp &remote);
    [[nodiscard]] HlcTimestamp last() const;

    /// Largest counter before the clock borrows the next millisecond.
    static constexpr quint32 kMaxCounter = 0xFFFF;

private:
    HlcTimestamp advance(qint64 physicalMs, const HlcTimestamp *remote);

    const Clock &m_clock;
    mutable std::mutex m_mutex;
    HlcTimestamp m_last;
};

} // namespace clinic::domain
