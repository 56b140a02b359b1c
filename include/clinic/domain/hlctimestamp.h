#pragma once

#include <QString>
#include <QtGlobal>

#include <compare>

namespace clinic::domain {

/// A hybrid logical clock reading: wall time in ms plus a logical counter that orders events
/// within the same millisecond (or while the wall clock lags behind). Totally ordered;
/// ties between devices are broken by the device id outside this type.
struct HlcTimestamp
{
    qint64 wallMs = 0;
    quint32 counter = 0;

    auto operator<=>(const HlcTimestamp &) const = default;

    /// Packs into one sortable 64-bit integer: 48 bits of ms (good until year 10889), 16 of counter.
    [[nodiscard]] qint64 pack() const;
    static HlcTimestamp unpack(qint64 packed);
    /// "000001763771234567-00003": fixed width, sorts as text the same as by value.
    [[nodiscard]] QString toString() const;
};

} // namespace clinic::domain
