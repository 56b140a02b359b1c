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
    EXPECT_EQ(roundHalfAwayFromZero(1'999'999, 10'000), 200);
}

TEST(Money, arithmeticStaysInMinorUnits)
{
    const Money a(12345, QStringLiteral("INR"));
    const Money b(55, QStringLiteral("INR"));
    EXPECT_EQ((a + b).minorUnits(), 12400);
    EXPECT_EQ((a - b).minorUnits(), 12290);
    EXPECT_EQ((-a).minorUnits(), -12345);
    EXPECT_TRUE(b < a);
    EXPECT_EQ(a.toDecimalString(), QStringLiteral("123.45"));
    EXPECT_EQ(Money(-5, QStringLiteral("EUR")).toDecimalString(), QStringLiteral("-0.05"));
}

TEST(Money, formatsWithLocaleGroupingAndSymbol)
{
    const Money rupees(123456789, QStringLiteral("INR"));
    EXPECT_EQ(rupees.format(QLocale(QLocale::English, QLocale::India)), QStringLiteral("\u20B912,34,567.89"));
    const Money euros(123456, QStringLiteral("EUR"));
    EXPECT_EQ(euros.format(QLocale(QLocale::Spanish, QLocale::Spain)), QStringLiteral("1234,56\u00A0\u20AC"));
}

TEST(Money, parsesExactlyWithoutFloatingPoint)
{
    Money m;
    ASSERT_TRUE(Money::parse(QStringLiteral("1234.5"), QStringLiteral("INR"), &m));
    EXPECT_EQ(m.minorUnits(), 123450);
    ASSERT_TRUE(Money::parse(QStringLiteral("0.07"), QStringLiteral("INR"), &m));
    EXPECT_EQ(m.minorUnits(), 7);
    ASSERT_TRUE(Money::parse(QStringLiteral("1,234.56"), QStringLiteral("INR"), &m, QLocale::c()));
    EXPECT_EQ(m.minorUnits(), 123456);
    ASSERT_TRUE(Money::parse(QStringLiteral("1.234,56"), QStringLiteral("EUR"), &m, QLocale(QLocale::Spanish)));
    EXPECT_EQ(m.minorUnits(), 123456);
    // 0.1 + 0.2 style values stay exact.
    ASSERT_TRUE(Money::parse(QStringLiteral("0.30"), QStringLiteral("INR"), &m));
    EXPECT_EQ(m.minorUnits(), 30);
}

TEST(Money, parseRefusesWhatIsNotMoney)
{
    Money m(1, QStringLiteral("INR"));
    for (const char *bad : {"", "abc", "12.345", "1e5", "12..3", "9999999999999999", "12;DROP"})
        EXPECT_FALSE(Money::parse(QLatin1String(bad), QStringLiteral("INR"), &m)) << bad;
    EXPECT_EQ(m.minorUnits(), 1) << "a failed parse leaves the output untouched";
}
