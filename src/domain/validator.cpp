#include "clinic/domain/validator.h"

#include "clinic/domain/invoicecalculator.h"

#include "clinic/domain/phonenumber.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace clinic::domain {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("clinic::domain::Validator", text);
}

void add(QList<FieldError> &errors, const QString &field, const std::optional<QString> &message)
{
    if (message)
        errors.append(FieldError{field, *message});
}

void addText(QList<FieldError> &errors, const char *field, const QString &value, int maxLength)
{
    add(errors, QLatin1String(field), Validator::checkText(value, maxLength));
}

void checkAmount(QList<FieldError> &errors, const QString &field, qint64 value, bool allowZero)
{
    if (value < 0)
        errors.append({field, tr("The amount cannot be negative.")});
    else if (!allowZero && value == 0)
        errors.append({field, tr("The amount must be more than zero.")});
    else if (value > Validator::kMaxAmountMinor)
        errors.append({field, tr("The amount is too large.")});
}

void checkTaxRate(QList<FieldError> &errors, const QString &field, int bp)
{
    if (bp < 0 || bp > 10'000)
        errors.append({field, tr("The tax rate must be between 0% and 100%.")});
}

void checkCurrency(QList<FieldError> &errors, const QString &currency)
{
    static const QRegularExpression iso(QStringLiteral("^[A-Z]{3}$"));
    if (!iso.match(currency).hasMatch())
        errors.append({QStringLiteral("currency"), tr("Choose a currency (three-letter code).")});
}

void checkRequiredId(QList<FieldError> &errors, const char *field, qint64 id, const char *message)
{
    if (id <= 0)
        errors.append({QLatin1String(field), tr(message)});
}

} // namespace

std::optional<QString> Validator::checkText(const QString &value, int maxLength)
{
    if (value.size() > maxLength)
        return tr("This text is too long (at most %1 characters).").arg(maxLength);
    const QString unreadable = tr("This text contains characters that could not be read.");
    if (!value.isValidUtf16())
        return unreadable;  // a lone surrogate: broken input, not text
    for (const QChar c : value) {
        // U+FFFD is what invalid UTF-8 decodes to: refuse rather than store garbled text.
        if (c == QChar::ReplacementCharacter || c.isNonCharacter())
            return unreadable;
        if (c.category() == QChar::Other_Control && c != QLatin1Char('\n')
            && c != QLatin1Char('\t') && c != QLatin1Char('\r'))
            return tr("This text contains control characters.");
    }
    return std::nullopt;
}

std::optional<QString> Validator::checkPersonName(const QString &value, bool required)
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return required ? std::optional(tr("Please enter a name.")) : std::nullopt;
    if (trimmed.size() > kMaxNameLength)
        return tr("A name can have at most %1 characters.").arg(kMaxNameLength);
    if (auto text = checkText(trimmed, kMaxNameLength))
        return text;
    for (const QChar c : trimmed) {
        if (c.isDigit())
            return tr("A name cannot contain digits.");
        if (!(c.isLetter() || c.isMark() || c == QLatin1Char(' ') || c == QLatin1Char('\'')
              || c == QLatin1Char('-') || c == QLatin1Char('.') || c == QChar(0x2019)))
            return tr("A name can contain letters, spaces, apostrophes, dots and hyphens only.");
    }
    return std::nullopt;
}

std::optional<QString> Validator::checkPhone(const QString &value, const QString &defaultCountry,
                                             bool required)
{
    if (value.trimmed().isEmpty())
        return required ? std::optional(tr("Please enter a phone number.")) : std::nullopt;
    if (!PhoneNumber::normalize(value, defaultCountry))
        return tr("This is not a valid phone number (e.g. 98765 43210, 612 345 678 or +44 20 7946 0958).");
    return std::nullopt;
}

std::optional<QString> Validator::checkEmail(const QString &value)
{
    if (value.isEmpty())
        return std::nullopt;
    static const QRegularExpression email(
        QStringLiteral(R"(^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$)"));
    if (value.size() > 254 || !email.match(value).hasMatch())
        return tr("This is not a valid e-mail address.");
    return std::nullopt;
}

std::optional<QString> Validator::checkBirthDate(const QDate &value, const QDate &today)
{
    if (!value.isValid())
        return std::nullopt;  // unknown is allowed
    if (value > today)
        return tr("The date of birth cannot be in the future.");
    if (value < today.addYears(-130))
        return tr("The date of birth is more than 130 years ago.");
    return std::nullopt;
}

QList<FieldError> Validator::validate(const Patient &p, const Context &context)
{
    QList<FieldError> errors;
    add(errors, QStringLiteral("firstName"), checkPersonName(p.firstName, true));
    add(errors, QStringLiteral("lastName"), checkPersonName(p.lastName, false));
    add(errors, QStringLiteral("dateOfBirth"), checkBirthDate(p.dateOfBirth, context.today));
    add(errors, QStringLiteral("phone"), checkPhone(p.phone, context.defaultCountry, false));
    add(errors, QStringLiteral("altPhone"), checkPhone(p.altPhone, context.defaultCountry, false));
    add(errors, QStringLiteral("email"), checkEmail(p.email));
    addText(errors, "patientNumber", p.patientNumber, 32);
    addText(errors, "address", p.address, kMaxShortText);
    addText(errors, "city", p.city, kMaxNameLength);
    addText(errors, "postalCode", p.postalCode, 16);
    addText(errors, "nationalId", p.nationalId, 32);
    addText(errors, "referralSource", p.referralSource, kMaxShortText);
    addText(errors, "alerts", p.alerts, 2000);
    if (p.consentEmail && p.email.isEmpty())
        errors.append({QStringLiteral("email"), tr("E-mail consent needs an e-mail address.")});
    if ((p.consentSms || p.consentWhatsapp) && p.phone.isEmpty())
        errors.append({QStringLiteral("phone"), tr("SMS or WhatsApp consent needs a phone number.")});
    return errors;
}

QList<FieldError> Validator::validate(const Practitioner &p, const Context &context)
{
    QList<FieldError> errors;
    add(errors, QStringLiteral("name"), checkPersonName(p.name, true));
    addText(errors, "title", p.title, kMaxNameLength);
    addText(errors, "registrationNo", p.registrationNo, 64);
    static const QRegularExpression colour(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    if (!p.colour.isEmpty() && !colour.match(p.colour).hasMatch())
        errors.append({QStringLiteral("colour"), tr("Choose a colour like #3A7BD5.")});
    add(errors, QStringLiteral("phone"), checkPhone(p.phone, context.defaultCountry, false));
    add(errors, QStringLiteral("email"), checkEmail(p.email));
    return errors;
}

QList<FieldError> Validator::validate(const Room &room)
{
    QList<FieldError> errors;
    if (room.name.trimmed().isEmpty())
        errors.append({QStringLiteral("name"), tr("Please enter a name for the room.")});
    addText(errors, "name", room.name, kMaxNameLength);
    return errors;
}

QList<FieldError> Validator::validate(const User &user)
{
    QList<FieldError> errors;
    static const QRegularExpression login(QStringLiteral("^[A-Za-z0-9._-]{2,32}$"));
    if (!login.match(user.login).hasMatch())
        errors.append({QStringLiteral("login"),
                       tr("A login name has 2 to 32 letters, digits, dots, dashes or underscores.")});
    add(errors, QStringLiteral("displayName"), checkPersonName(user.displayName, true));
    if (user.passwordHash.isEmpty())
        errors.append({QStringLiteral("password"), tr("Please set a password.")});
    if (user.role == Role::Practitioner && !user.practitionerId)
        errors.append({QStringLiteral("practitionerId"),
                       tr("A practitioner user must be linked to a practitioner.")});
    return errors;
}

QList<FieldError> Validator::validate(const Service &s)
{
    QList<FieldError> errors;
    static const QRegularExpression code(QStringLiteral("^[A-Za-z0-9._-]{1,16}$"));
    if (!code.match(s.code).hasMatch())
        errors.append({QStringLiteral("code"), tr("A code has 1 to 16 letters or digits.")});
    if (s.name.trimmed().isEmpty())
        errors.append({QStringLiteral("name"), tr("Please enter the service name.")});
    addText(errors, "name", s.name, kMaxShortText);
    if (s.durationMinutes < 5 || s.durationMinutes > 24 * 60)
        errors.append({QStringLiteral("durationMinutes"),
                       tr("The duration must be between 5 minutes and 24 hours.")});
    checkAmount(errors, QStringLiteral("price"), s.priceMinor, true);
    checkTaxRate(errors, QStringLiteral("taxRate"), s.taxRateBp);
    addText(errors, "taxCode", s.taxCode, 16);
    return errors;
}

QList<FieldError> Validator::validate(const Appointment &a)
{
    QList<FieldError> errors;
    checkRequiredId(errors, "patientId", a.patientId, "Choose a patient.");
    checkRequiredId(errors, "practitionerId", a.practitionerId, "Choose a practitioner.");
    if (!a.startAt.isValid())
        errors.append({QStringLiteral("startAt"), tr("Choose a start time.")});
    if (!a.endAt.isValid())
        errors.append({QStringLiteral("endAt"), tr("Choose an end time.")});
    if (a.startAt.isValid() && a.endAt.isValid()) {
        if (a.endAt <= a.startAt)
            errors.append({QStringLiteral("endAt"), tr("The appointment must end after it starts.")});
        else if (a.startAt.secsTo(a.endAt) > 24 * 3600)
            errors.append({QStringLiteral("endAt"), tr("An appointment cannot last more than a day.")});
    }
    if (a.status == AppointmentStatus::Cancelled && a.cancelReason.trimmed().isEmpty())
        errors.append({QStringLiteral("cancelReason"), tr("Please give a reason for the cancellation.")});
    addText(errors, "cancelReason", a.cancelReason, kMaxShortText);
    addText(errors, "notes", a.notes, 2000);
    addText(errors, "seriesId", a.seriesId, 64);
    return errors;
}

QList<FieldError> Validator::validate(const ClinicalNote &n)
{
    QList<FieldError> errors;
    checkRequiredId(errors, "patientId", n.patientId, "Choose a patient.");
    checkRequiredId(errors, "practitionerId", n.practitionerId, "Choose a practitioner.");
    addText(errors, "subjective", n.subjective, kMaxLongText);
    addText(errors, "objective", n.objective, kMaxLongText);
    addText(errors, "assessment", n.assessment, kMaxLongText);
    addText(errors, "plan", n.plan, kMaxLongText);
    if (n.painScore && (*n.painScore < 0 || *n.painScore > 10))
        errors.append({QStringLiteral("painScore"), tr("The pain score goes from 0 to 10.")});
    if (n.subjective.trimmed().isEmpty() && n.objective.trimmed().isEmpty()
        && n.assessment.trimmed().isEmpty() && n.plan.trimmed().isEmpty())
        errors.append({QStringLiteral("subjective"), tr("The note is empty.")});
    return errors;
}

QList<FieldError> Validator::validate(const InvoiceLine &line, const QString &prefix)
{
    QList<FieldError> errors;
    const auto f = [&](const char *name) -> QString { return prefix + QLatin1String(name); };
    if (line.description.trimmed().isEmpty())
        errors.append({f("description"), tr("Describe what is charged.")});
    if (auto m = checkText(line.description, kMaxShortText))
        errors.append({f("description"), *m});
    if (line.quantity <= 0)
        errors.append({f("quantity"), tr("The quantity must be at least 1.")});
    else if (line.quantity > 10'000)
        errors.append({f("quantity"), tr("The quantity is too large.")});
    checkAmount(errors, f("unitPrice"), line.unitPriceMinor, true);
    if (line.discountMinor != 0 && line.discountBp != 0)
        errors.append({f("discount"), tr("Give the discount as an amount or as a percentage, not both.")});
    if (line.discountMinor < 0 || line.discountBp < 0)
        errors.append({f("discount"), tr("A discount cannot be negative.")});
    if (line.discountBp > 10'000)
        errors.append({f("discount"), tr("A discount cannot be more than 100%.")});
    if (line.quantity > 0 && line.unitPriceMinor >= 0
        && line.discountMinor > static_cast<qint64>(line.quantity) * line.unitPriceMinor)
        errors.append({f("discount"), tr("The discount is larger than the line amount.")});
    checkTaxRate(errors, f("taxRate"), line.taxRateBp);
    if (auto m = checkText(line.taxCode, 16))
        errors.append({f("taxCode"), *m});
    return errors;
}

QList<FieldError> Validator::validate(const Invoice &invoice)
{
    QList<FieldError> errors;
    checkRequiredId(errors, "patientId", invoice.patientId, "Choose a patient.");
    checkCurrency(errors, invoice.currency);
    addText(errors, "notes", invoice.notes, 2000);
    for (int i = 0; i < invoice.lines.size(); ++i)
        errors += validate(invoice.lines.at(i), QStringLiteral("lines[%1].").arg(i));
    if (invoice.invoiceDiscountMinor != 0 && invoice.invoiceDiscountBp != 0)
        errors.append({QStringLiteral("invoiceDiscount"), tr("Give the invoice discount as an amount or as a percentage, not both.")});
    if (invoice.invoiceDiscountMinor < 0 || invoice.invoiceDiscountBp < 0)
        errors.append({QStringLiteral("invoiceDiscount"), tr("A discount cannot be negative.")});
    if (invoice.invoiceDiscountBp > 10'000)
        errors.append({QStringLiteral("invoiceDiscount"), tr("A discount cannot be more than 100%.")});
    if (invoice.invoiceDiscountMinor > 0) {
        qint64 net = 0;
        for (InvoiceLine line : invoice.lines) {
            line.invoiceDiscountShareMinor = 0;
            net += InvoiceCalculator::computeLine(line).netMinor;
        }
        if (invoice.invoiceDiscountMinor > net)
            errors.append({QStringLiteral("invoiceDiscount"), tr("The invoice discount is larger than the invoice.")});
    }
    return errors;
}

QList<FieldError> Validator::validate(const Payment &payment)
{
    QList<FieldError> errors;
    checkRequiredId(errors, "patientId", payment.patientId, "Choose a patient.");
    checkAmount(errors, QStringLiteral("amount"), payment.amountMinor, false);
    checkCurrency(errors, payment.currency);
    if (!payment.receivedAt.isValid())
        errors.append({QStringLiteral("receivedAt"), tr("Give the date of the payment.")});
    addText(errors, "reference", payment.reference, kMaxNameLength);
    addText(errors, "notes", payment.notes, 2000);
    return errors;
}

QList<FieldError> Validator::validate(const CreditNote &cn)
{
    QList<FieldError> errors;
    checkRequiredId(errors, "invoiceId", cn.invoiceId, "A credit note must cite the invoice it corrects.");
    checkRequiredId(errors, "patientId", cn.patientId, "Choose a patient.");
    checkAmount(errors, QStringLiteral("total"), cn.totalMinor, false);
    if (cn.reason.trimmed().isEmpty())
        errors.append({QStringLiteral("reason"), tr("Please give the reason for the credit note.")});
    addText(errors, "reason", cn.reason, kMaxShortText);
    checkCurrency(errors, cn.currency);
    return errors;
}

QList<FieldError> Validator::validatePaymentAgainstOutstanding(qint64 amountMinor,
                                                               qint64 outstandingMinor,
                                                               bool keepExcessAsCredit)
{
    QList<FieldError> errors;
    if (amountMinor > outstandingMinor && !keepExcessAsCredit)
        errors.append({QStringLiteral("amount"),
                       tr("The amount is more than what is owed. Record the excess as credit or "
                          "change the amount.")});
    return errors;
}

} // namespace clinic::domain
