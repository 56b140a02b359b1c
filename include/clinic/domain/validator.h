#pragma once

#include "clinic/domain/appointment.h"
#include "clinic/domain/clinicalnote.h"
#include "clinic/domain/creditnote.h"
#include "clinic/domain/fielderror.h"
#include "clinic/domain/invoice.h"
#include "clinic/domain/patient.h"
#include "clinic/domain/payment.h"
#include "clinic/domain/practitioner.h"
#include "clinic/domain/room.h"
#include "clinic/domain/service.h"
#include "clinic/domain/user.h"

#include <QDate>
#include <QList>

namespace clinic::domain {

/// Field-level validation of every entity, shared by the desktop forms, the repositories and
/// (later) the server, so a rule is written once. Each function returns the list of problems
/// (empty = valid) and never changes its input. Phone numbers are validated, not normalized:
/// callers that store them use PhoneNumber::normalize() first.
///
/// Thread-safe: stateless.
class Validator
{
public:
    struct Context
    {
        QDate today;                    ///< in the clinic's time zone
        QString defaultCountry = QStringLiteral("IN");
    };

    static QList<FieldError> validate(const Patient &patient, const Context &context);
    static QList<FieldError> validate(const Practitioner &practitioner, const Context &context);
    static QList<FieldError> validate(const Room &room);
    static QList<FieldError> validate(const User &user);
    static QList<FieldError> validate(const Service &service);
    static QList<FieldError> validate(const Appointment &appointment);
    static QList<FieldError> validate(const ClinicalNote &note);
    static QList<FieldError> validate(const InvoiceLine &line, const QString &fieldPrefix = {});
    static QList<FieldError> validate(const Invoice &invoice);
    static QList<FieldError> validate(const Payment &payment);
    static QList<FieldError> validate(const CreditNote &creditNote);

    /// A payment must not exceed what is still owed unless the excess is recorded as credit.
    static QList<FieldError> validatePaymentAgainstOutstanding(qint64 amountMinor,
                                                               qint64 outstandingMinor,
                                                               bool keepExcessAsCredit);

    // Single-field rules, usable by forms as the user types.
    static std::optional<QString> checkPersonName(const QString &value, bool required);
    static std::optional<QString> checkPhone(const QString &value, const QString &defaultCountry,
                                             bool required);
    static std::optional<QString> checkEmail(const QString &value);
    static std::optional<QString> checkBirthDate(const QDate &value, const QDate &today);
    static std::optional<QString> checkText(const QString &value, int maxLength);

    static constexpr int kMaxNameLength = 100;
    static constexpr int kMaxShortText = 200;
    static constexpr int kMaxLongText = 20000;
    static constexpr qint64 kMaxAmountMinor = 100'000'000'000LL;  ///< 1,000,000,000.00
};

} // namespace clinic::domain
