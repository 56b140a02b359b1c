#pragma once

#include <QDateTime>

namespace clinic::domain {

/// Source of "now". Production code uses SystemClock; tests hand in a clock they control.
/// Implementations must be callable from any thread.
class Clock
{
public:
    virtual ~Clock() = default;
    /// Current time in UTC.
    [[nodiscard]] virtual QDateTime now() const = 0;
    /// Milliseconds since the Unix epoch (UTC).
    [[nodiscard]] qint64 nowMs() const { return now().toMSecsSinceEpoch(); }
};

/// The wall clock of this machine.
class SystemClock final : public Clock
{
public:
    [[nodiscard]] QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
    static const SystemClock &instance();
};

} // namespace clinic::domain
