#include "clinic/domain/error.h"
#include "clinic/domain/validator.h"

#include <gtest/gtest.h>

#include <QTimeZone>

using namespace clinic::domain;

namespace {

const Validator::Context kIndia{QDate(2026, 11, 22), QStringLiteral("IN")};

Patient validPatient()
{
    Patient p;
    p.firstName = QStringLiteral("Ananya");
    p.lastName = QStringLiteral("D'Souza-Rao");
    p.dateOfBirth = QDate(1990, 5, 17);
    p.phone = QStringLiteral("98765 43210");
    p.email = QStringLiteral("ananya@example.org");
    return p;
}

bool hasField(const QList<FieldError> &errors, const char *field)
{
    return std::any_of(errors.cbegin(), errors.cend(),
                       [&](const FieldError &e) { return e.field == QLatin1String(field); });
}

} // namespace

TEST(Validator, acceptsAValidPatient)
{
    EXPECT_TRUE(Validator::validate(validPatient(), kIndia).isEmpty());
}

TEST(Validator, namesTheFieldOfEachProblem)
{
    Patient p = validPatient();
    p.firstName = QStringLiteral("  ");
    p.phone = QStringLiteral("12345");
    p.email = QStringLiteral("not-an-email");
    p.dateOfBirth = QDate(2027, 1, 1);
    const auto errors = Validator::validate(p, kIndia);
    EXPECT_TRUE(hasField(errors, "firstName"));
    EXPECT_TRUE(hasField(errors, "phone"));
    EXPECT_TRUE(hasField(errors, "email"));
    EXPECT_TRUE(hasField(errors, "dateOfBirth"));
    for (const auto &e : errors)
        EXPECT_FALSE(e.message.isEmpty()) << e.field.toStdString();
}

TEST(Validator, namesAcceptAccentsApostrophesAndRefuseDigitsAndMarkup)
{
    for (const char *good : {"José", "Íñigo", "O'Brien", "Anne-Marie", "Dr. Rao", "Nguyễn", "प्रिया"})
        EXPECT_FALSE(Validator::checkPersonName(QString::fromUtf8(good), true).has_value()) << good;
    for (const char *bad : {"R2D2", "<script>", "Robert'); DROP TABLE patients;--", "a\tb"})
        EXPECT_TRUE(Validator::checkPersonName(QString::fromUtf8(bad), true).has_value()) << bad;
    EXPECT_TRUE(Validator::checkPersonName(QString(101, QLatin1Char('a')), true).has_value());
    EXPECT_FALSE(Validator::checkPersonName(QString(), false).has_value());
}

TEST(Validator, textRefusesControlCharactersAndUnreadableBytes)
{
    EXPECT_TRUE(Validator::checkText(QStringLiteral("line1\nline2"), 100) == std::nullopt);
    EXPECT_TRUE(Validator::checkText(QString(QChar(0)), 100).has_value());
    EXPECT_TRUE(Validator::checkText(QStringLiteral("bell\a"), 100).has_value());
    // Invalid UTF-8 decodes to U+FFFD: refused rather than stored garbled.
    EXPECT_TRUE(Validator::checkText(QString::fromUtf8("\xC3\x28 broken"), 100).has_value());
    EXPECT_TRUE(Validator::checkText(QString(20001, QLatin1Char('x')), 20000).has_value());
}

TEST(Validator, birthDatesCannotBeInTheFutureOrImplausiblyOld)
{
    EXPECT_FALSE(Validator::checkBirthDate(QDate(), kIndia.today).has_value());
    EXPECT_FALSE(Validator::checkBirthDate(kIndia.today, kIndia.today).has_value());
    EXPECT_TRUE(Validator::checkBirthDate(kIndia.today.addDays(1), kIndia.today).has_value());
    EXPECT_TRUE(Validator::checkBirthDate(QDate(1850, 1, 1), kIndia.today).has_value());
}

TEST(Validator, consentNeedsAContactChannel)
{
    Patient p = validPatient();
    p.email.clear();
    p.consentEmail = true;
    EXPECT_TRUE(hasField(Validator::validate(p, kIndia), "email"));
}

TEST(Validator, appointmentsMustEndAfterTheyStart)
{
    Appointment a;
    a.patientId = 1;
    a.practitionerId = 1;
    a.startAt = QDateTime(QDate(2026, 11, 23), QTime(10, 0), QTimeZone::utc());
    a.endAt = a.startAt;
    EXPECT_TRUE(hasField(Validator::validate(a), "endAt"));
    a.endAt = a.startAt.addSecs(-60);
    EXPECT_TRUE(hasField(Validator::validate(a), "endAt"));
    a.endAt = a.startAt.addSecs(1800);
    EXPECT_TRUE(Validator::validate(a).isEmpty());
    a.status = AppointmentStatus::Cancelled;
    EXPECT_TRUE(hasField(Validator::validate(a), "cancelReason"));
    a.patientId = 0;
    EXPECT_TRUE(hasField(Validator::validate(a), "patientId"));
}

TEST(Validator, invoiceLinesRefuseNegativeAndOutOfRangeValues)
{
    InvoiceLine l;
    l.description = QStringLiteral("Session");
    l.quantity = 1;
    l.unitPriceMinor = 1000;
    EXPECT_TRUE(Validator::validate(l).isEmpty());

    InvoiceLine bad = l;
    bad.unitPriceMinor = -1;
    EXPECT_TRUE(hasField(Validator::validate(bad), "unitPrice"));
    bad = l;
    bad.quantity = -2;
    EXPECT_TRUE(hasField(Validator::validate(bad), "quantity"));
    bad = l;
    bad.discountMinor = 1001;
    EXPECT_TRUE(hasField(Validator::validate(bad), "discount"));
    bad = l;
    bad.discountBp = 10001;
    EXPECT_TRUE(hasField(Validator::validate(bad), "discount"));
    bad = l;
    bad.taxRateBp = 10001;
    EXPECT_TRUE(hasField(Validator::validate(bad), "taxRate"));
    bad = l;
    bad.taxRateBp = -1;
    EXPECT_TRUE(hasField(Validator::validate(bad), "taxRate"));

    Invoice inv;
    inv.patientId = 1;
    inv.currency = QStringLiteral("INR");
    inv.lines = {l, bad};
    EXPECT_TRUE(hasField(Validator::validate(inv), "lines[1].taxRate"));
}

TEST(Validator, paymentsArePositiveAndNotAboveWhatIsOwedUnlessKeptAsCredit)
{
    Payment p;
    p.patientId = 1;
    p.currency = QStringLiteral("INR");
    p.receivedAt = QDateTime::currentDateTimeUtc();
    p.amountMinor = 0;
    EXPECT_TRUE(hasField(Validator::validate(p), "amount"));
    p.amountMinor = -100;
    EXPECT_TRUE(hasField(Validator::validate(p), "amount"));
    p.amountMinor = 100;
    EXPECT_TRUE(Validator::validate(p).isEmpty());

    EXPECT_TRUE(Validator::validatePaymentAgainstOutstanding(500, 500, false).isEmpty());
    EXPECT_FALSE(Validator::validatePaymentAgainstOutstanding(501, 500, false).isEmpty());
    EXPECT_TRUE(Validator::validatePaymentAgainstOutstanding(501, 500, true).isEmpty());
}

TEST(Validator, servicesHaveSanePricesDurationsAndTaxRates)
{
    Service s;
    s.code = QStringLiteral("PT30");
    s.name = QStringLiteral("Physiotherapy");
    s.durationMinutes = 30;
    s.priceMinor = 80000;
    EXPECT_TRUE(Validator::validate(s).isEmpty());
    s.priceMinor = -1;
    s.durationMinutes = 0;
    s.taxRateBp = 20000;
    s.code = QStringLiteral("bad code!");
    const auto errors = Validator::validate(s);
    EXPECT_TRUE(hasField(errors, "price"));
    EXPECT_TRUE(hasField(errors, "durationMinutes"));
    EXPECT_TRUE(hasField(errors, "taxRate"));
    EXPECT_TRUE(hasField(errors, "code"));
}

TEST(Error, detailsListTheFieldMessagesOrTheMessage)
{
    using clinic::domain::Error;
    using clinic::domain::ErrorCode;
    EXPECT_EQ(Error(ErrorCode::NotFound, QStringLiteral("Gone.")).details(), QStringLiteral("Gone."));
    const Error e(ErrorCode::Validation, QStringLiteral("Check the fields."),
                  {{QStringLiteral("a"), QStringLiteral("First.")}, {QStringLiteral("b"), QStringLiteral("Second.")},
                   {QStringLiteral("c"), QStringLiteral("First.")}});
    EXPECT_EQ(e.details(), QStringLiteral("First.\nSecond.")) << "one line per message, repeats once";
}
