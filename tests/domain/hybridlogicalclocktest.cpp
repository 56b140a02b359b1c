#include "clinic/domain/hybridlogicalclock.h"

#include <gtest/gtest.h>

#include <QTimeZone>

using namespace clinic::domain;

namespace {

class SteppedClock final : public Clock
{
public:
    [[nodiscard]] QDateTime now() const override
    {
        return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
    }
    qint64 ms = 1'763'800'000'000;
};

} // namespace

TEST(HybridLogicalClock, followsWallTimeWhenItMovesForward)
{
    SteppedClock wall;
    HybridLogicalClock hlc(wall);
    const auto a = hlc.now();
    EXPECT_EQ(a.wallMs, wall.ms);
    EXPECT_EQ(a.counter, 0u);
    wall.ms += 5;
    const auto b = hlc.now();
    EXPECT_EQ(b.wallMs, wall.ms);
    EXPECT_EQ(b.counter, 0u);
    EXPECT_LT(a, b);
}

TEST(HybridLogicalClock, staysMonotonicWhenTheWallClockJumpsBackwards)
{
    SteppedClock wall;
    HybridLogicalClock hlc(wall);
    HlcTimestamp previous = hlc.now();
    const qint64 before = wall.ms;
    wall.ms -= 3'600'000;  // someone sets the PC clock back an hour
    for (int i = 0; i < 1000; ++i) {
        const auto t = hlc.now();
        ASSERT_LT(previous, t) << "at step " << i;
        EXPECT_EQ(t.wallMs, before) << "logical time holds at the highest wall time seen";
        previous = t;
        if (i % 100 == 0)
            wall.ms += 1;
    }
    wall.ms = before + 10;  // real time catches up
    const auto caughtUp = hlc.now();
    EXPECT_EQ(caughtUp.wallMs, before + 10);
    EXPECT_EQ(caughtUp.counter, 0u);
}

TEST(HybridLogicalClock, observedRemoteTimestampsMoveTheClockPastThem)
{
    SteppedClock wall;
    HybridLogicalClock hlc(wall);
    const HlcTimestamp remote{wall.ms + 60'000, 7};  // another device whose clock runs fast
    const auto merged = hlc.observe(remote);
    EXPECT_LT(remote, merged);
    EXPECT_EQ(merged.wallMs, remote.wallMs);
    EXPECT_EQ(merged.counter, 8u);
    EXPECT_LT(merged, hlc.now());
}

TEST(HybridLogicalClock, counterOverflowBorrowsTheNextMillisecond)
{
    SteppedClock wall;
    HybridLogicalClock hlc(wall, HlcTimestamp{wall.ms, HybridLogicalClock::kMaxCounter});
    const auto t = hlc.now();
    EXPECT_EQ(t.wallMs, wall.ms + 1);
    EXPECT_EQ(t.counter, 0u);
}

TEST(HlcTimestamp, packingAndTextPreserveOrder)
{
    const HlcTimestamp a{1'763'800'000'000, 5};
    const HlcTimestamp b{1'763'800'000'000, 6};
    const HlcTimestamp c{1'763'800'000'001, 0};
    EXPECT_LT(a.pack(), b.pack());
    EXPECT_LT(b.pack(), c.pack());
    EXPECT_EQ(HlcTimestamp::unpack(b.pack()), b);
    EXPECT_LT(a.toString(), b.toString());
    EXPECT_LT(b.toString(), c.toString());
}
