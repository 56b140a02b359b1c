#include "clinic/domain/csv.h"

#include <gtest/gtest.h>

using clinic::domain::Csv;

TEST(Csv, quotesOnlyWhatNeedsQuotingAndEndsRecordsWithCrlf)
{
    EXPECT_EQ(Csv::record({QStringLiteral("plain"), QStringLiteral("1,5"), QStringLiteral("say \"hi\""), QString()}),
              QStringLiteral("plain,\"1,5\",\"say \"\"hi\"\"\",\r\n"));
    EXPECT_EQ(Csv::field(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
    EXPECT_TRUE(Csv::document({{QStringLiteral("x")}}).startsWith("\xEF\xBB\xBF")) << "UTF-8 BOM for Excel";
}

TEST(Csv, namesWithCommasQuotesAndAccentsRoundTrip)
{
    const QList<QStringList> records{{QStringLiteral("Patient"), QStringLiteral("Owed")},
                                     {QStringLiteral("García, José"), QStringLiteral("1,234.50")},
                                     {QStringLiteral("O'Brien \"Bex\""), QStringLiteral("₹99.00")},
                                     {QStringLiteral("Ñandú\r\nZoë"), QString()}};
    const auto back = Csv::parse(Csv::document(records));
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(*back, records);
}

TEST(Csv, malformedQuotingIsRefused)
{
    EXPECT_FALSE(Csv::parse("\"open,1\r\n").has_value());
    EXPECT_FALSE(Csv::parse("ab\"c\",1\r\n").has_value());
    EXPECT_FALSE(Csv::parse("\"a\"b,1\r\n").has_value());
}
