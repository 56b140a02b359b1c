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

TEST(DocumentNumber, patternsPrintTheConfiguredForm)
{
    const QString india = QStringLiteral("{series}/{fy}/{number:5}");
    EXPECT_EQ(DocumentNumber::format(india, QStringLiteral("FD"), QStringLiteral("2026-27"), 123), QStringLiteral("FD/2026-27/00123"));
    EXPECT_FALSE(DocumentNumber::patternError(india, QStringLiteral("FD")));
    const QString spain = QStringLiteral("{fy}.{series}.{number:4}");
    EXPECT_EQ(DocumentNumber::format(spain, QStringLiteral("A"), QStringLiteral("2026"), 7), QStringLiteral("2026.A.0007"));
    // The width caps the series.
    EXPECT_EQ(DocumentNumber::capacity(spain), 9999);
    EXPECT_EQ(DocumentNumber::capacity(india), 99999);
    EXPECT_EQ(DocumentNumber::capacity(DocumentNumber::kDefaultPattern), DocumentNumber::kMaxNumber);
}

TEST(DocumentNumber, patternsThatCannotNumberAreRefusedWithTheReason)
{
    const QString fd = QStringLiteral("FD");
    // FD/2026-27/000123 is 17 characters: over GST's 16 for a six-digit number.
    const auto tooLong = DocumentNumber::patternError(QStringLiteral("{series}/{fy}/{number:6}"), fd);
    ASSERT_TRUE(tooLong);
    EXPECT_TRUE(tooLong->contains(QStringLiteral("17"))) << qPrintable(*tooLong);
    EXPECT_TRUE(DocumentNumber::patternError(QStringLiteral("{series}-{fy4}"), fd)) << "no number";
    EXPECT_TRUE(DocumentNumber::patternError(QStringLiteral("{number:3}{number:3}"), fd)) << "number twice";
    EXPECT_TRUE(DocumentNumber::patternError(QStringLiteral("{series}-{year}-{number:6}"), fd)) << "unknown part";
    EXPECT_TRUE(DocumentNumber::patternError(QStringLiteral("{series} {number:6}"), fd)) << "space";
    EXPECT_TRUE(DocumentNumber::patternError(QStringLiteral("{series}-{number:0}"), fd)) << "zero width";
    EXPECT_TRUE(DocumentNumber::patternError(QStringLiteral("{series}-{number:9}"), fd)) << "wider than any number";
    EXPECT_TRUE(DocumentNumber::patternError(QStringLiteral("{series:2}-{number:6}"), fd)) << "width on series";
    EXPECT_FALSE(DocumentNumber::patternError(DocumentNumber::kDefaultPattern, QStringLiteral("FDCN")));
}
