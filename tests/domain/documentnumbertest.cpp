#include "clinic/domain/documentnumber.h"

#include <gtest/gtest.h>

using clinic::domain::DocumentNumber;

TEST(DocumentNumber, fiscalYearFollowsTheConfiguredStartMonth)
{
    EXPECT_EQ(DocumentNumber::fiscalYear(QDate(2026, 3, 31), 4), QStringLiteral("2025-26"));
    EXPECT_EQ(DocumentNumber::fiscalYear(QDate(2026, 4, 1), 4), QStringLiteral("2026-27"));
    EXPECT_EQ(DocumentNumber::fiscalYear(QDate(2026, 12, 31), 1), QStringLiteral("2026"));
    EXPECT_EQ(DocumentNumber::fiscalYear(QDate(2027, 1, 1), 1), QStringLiteral("2027"));
    EXPECT_EQ(DocumentNumber::fiscalYear(QDate(2099, 4, 1), 4), QStringLiteral("2099-00"));
}

TEST(DocumentNumber, printedNumbersFitSixteenCharacters)
{
    EXPECT_EQ(DocumentNumber::format(QStringLiteral("FD"), QStringLiteral("2026"), 123), QStringLiteral("FD-2026-000123"));
    EXPECT_EQ(DocumentNumber::format(QStringLiteral("DR"), QStringLiteral("2026-27"), 45), QStringLiteral("DR-2627-000045"));
    EXPECT_LE(DocumentNumber::format(QStringLiteral("FDCN"), QStringLiteral("2026-27"), 999999).size(),
              DocumentNumber::kMaxLength);
}

TEST(DocumentNumber, seriesAreShortCapitals)
{
    EXPECT_TRUE(DocumentNumber::isValidSeries(QStringLiteral("FD")));
    EXPECT_TRUE(DocumentNumber::isValidSeries(QStringLiteral("DR2")));
    for (const char *bad : {"", "fd", "FDCNX", "F-D", "F D"})
        EXPECT_FALSE(DocumentNumber::isValidSeries(QLatin1String(bad))) << bad;
}
