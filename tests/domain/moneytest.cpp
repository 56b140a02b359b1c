#include "clinic/domain/money.h"

#include <gtest/gtest.h>

using clinic::domain::Money;
using clinic::domain::roundHalfAwayFromZero;

TEST(Money, roundsHalvesAwayFromZero)
{
    EXPECT_EQ(roundHalfAwayFromZero(5, 10), 1);
    EXPECT_EQ(roundHalfAwayFromZero(4, 10), 0);
    EXPECT_EQ(roundHalfAwayFromZero(-5, 10), -1);
    EXPECT_EQ(roundHalfAwayFromZero(-4, 10), 0);
    EXPECT_EQ(roundHalfAwayFromZero(15, 10), 2);
    EXPECT_EQ(roundHalfAwayFromZero(25, 10), 3);
    EXPECT_EQ(roundHalfAwayFromZero(0, 7), 0);
}
