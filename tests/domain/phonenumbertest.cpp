#include "clinic/domain/phonenumber.h"

#include <gtest/gtest.h>

using clinic::domain::PhoneNumber;

TEST(PhoneNumber, normalizesIndianNumbersAsTyped)
{
    const QString in = QStringLiteral("IN");
    for (const char *typed : {"9876543210", "98765 43210", "098765-43210", "+91 98765 43210",
                              "0091 9876543210", "919876543210", "(98765) 43210"})
        EXPECT_EQ(PhoneNumber::normalize(QLatin1String(typed), in), QStringLiteral("+919876543210")) << typed;
    EXPECT_EQ(PhoneNumber::normalize(QStringLiteral("080 2345 6789"), in), QStringLiteral("+918023456789"));
}

TEST(PhoneNumber, normalizesSpanishNumbers)
{
    const QString es = QStringLiteral("ES");
    for (const char *typed : {"612345678", "612 34 56 78", "+34 612 345 678", "0034612345678", "912.345.678"})
        EXPECT_TRUE(PhoneNumber::normalize(QLatin1String(typed), es).has_value()) << typed;
    EXPECT_EQ(PhoneNumber::normalize(QStringLiteral("612 345 678"), es), QStringLiteral("+34612345678"));
    // A Spanish number in international form is valid whatever the clinic's country.
    EXPECT_EQ(PhoneNumber::normalize(QStringLiteral("+34 612 345 678"), QStringLiteral("IN")),
              QStringLiteral("+34612345678"));
}

TEST(PhoneNumber, acceptsOtherCountriesInInternationalForm)
{
    EXPECT_EQ(PhoneNumber::normalize(QStringLiteral("+44 20 7946 0958"), QStringLiteral("IN")),
              QStringLiteral("+442079460958"));
    EXPECT_EQ(PhoneNumber::normalize(QStringLiteral("+1 (415) 555-0100"), QStringLiteral("ES")),
              QStringLiteral("+14155550100"));
}

TEST(PhoneNumber, refusesWhatIsNotAPhoneNumber)
{
    for (const char *bad : {"", "12345", "98765432101", "+91 12345", "512345678", "+34 512 345 678",
                            "phone", "98765abc10", "+1234567", "++919876543210", "9876543210; DROP TABLE",
                            "+0 123 456 789", "0000000000"}) {
        EXPECT_FALSE(PhoneNumber::normalize(QLatin1String(bad), QStringLiteral("IN")).has_value()) << bad;
    }
    EXPECT_FALSE(PhoneNumber::normalize(QStringLiteral("9876543210"), QStringLiteral("ES")).has_value());
    EXPECT_FALSE(PhoneNumber::normalize(QString(100, QLatin1Char('9')), QStringLiteral("IN")).has_value());
}

TEST(PhoneNumber, digitsOnlyKeepsDigits)
{
    EXPECT_EQ(PhoneNumber::digitsOnly(QStringLiteral("+91 (98765)-43210")), QStringLiteral("919876543210"));
}
