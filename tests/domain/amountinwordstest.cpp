#include "clinic/domain/amountinwords.h"

#include <gtest/gtest.h>

using clinic::domain::AmountInWords;

TEST(AmountInWords, rupeesUseLakhAndCrore)
{
    const QString inr = QStringLiteral("INR");
    EXPECT_EQ(AmountInWords::english(159000, inr), QStringLiteral("Rupees One Thousand Five Hundred Ninety Only"));
    EXPECT_EQ(AmountInWords::english(100, inr), QStringLiteral("Rupees One Only"));
    EXPECT_EQ(AmountInWords::english(0, inr), QStringLiteral("Rupees Zero Only"));
    EXPECT_EQ(AmountInWords::english(250075, inr), QStringLiteral("Rupees Two Thousand Five Hundred and Seventy Five Paise Only"));
    EXPECT_EQ(AmountInWords::english(1234567800, inr),
              QStringLiteral("Rupees One Crore Twenty Three Lakh Forty Five Thousand Six Hundred Seventy Eight Only"));
    EXPECT_EQ(AmountInWords::english(-1100, inr), QStringLiteral("Minus Rupees Eleven Only"));
}

TEST(AmountInWords, otherCurrenciesUseThousandAndMillion)
{
    EXPECT_EQ(AmountInWords::english(123456705, QStringLiteral("EUR")),
              QStringLiteral("Euros One Million Two Hundred Thirty Four Thousand Five Hundred Sixty Seven and Five Cents Only"));
    EXPECT_EQ(AmountInWords::english(1000000, QStringLiteral("USD")), QStringLiteral("USD Ten Thousand Only"));
}
