// String forms of the domain's enumerations. These names are stored in the database and sent on
// the wire: never rename one, only add.
#include "clinic/domain/appointmentstatus.h"
#include "clinic/domain/invoicestatus.h"

#include <QCoreApplication>
#include "clinic/domain/paymentmethod.h"
#include "clinic/domain/role.h"
#include "clinic/domain/sex.h"

#include <array>
#include <utility>

namespace clinic::domain {
namespace {

template<typename E, std::size_t N>
QString nameOf(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[e, name] : table) {
        if (e == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char *>, N> &table, const QString &name)
{
    for (const auto &[e, n] : table) {
        if (name == QLatin1String(n))
            return e;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<Role, const char *>, 3> kRoles{{
    {Role::Reception, "reception"}, {Role::Practitioner, "practitioner"}, {Role::Admin, "admin"}}};

constexpr std::array<std::pair<Sex, const char *>, 4> kSexes{{
    {Sex::Unknown, "unknown"}, {Sex::Female, "female"}, {Sex::Male, "male"}, {Sex::Other, "other"}}};

constexpr std::array<std::pair<AppointmentStatus, const char *>, 7> kStatuses{{
    {AppointmentStatus::Booked, "booked"},
    {AppointmentStatus::Confirmed, "confirmed"},
    {AppointmentStatus::Arrived, "arrived"},
    {AppointmentStatus::InRoom, "in_room"},
    {AppointmentStatus::Completed, "completed"},
    {AppointmentStatus::NoShow, "no_show"},
    {AppointmentStatus::Cancelled, "cancelled"}}};

constexpr std::array<std::pair<InvoiceStatus, const char *>, 2> kInvoiceStatuses{{
    {InvoiceStatus::Draft, "draft"}, {InvoiceStatus::Issued, "issued"}}};

constexpr std::array<std::pair<PaymentMethod, const char *>, 5> kMethods{{
    {PaymentMethod::Cash, "cash"},
    {PaymentMethod::Card, "card"},
    {PaymentMethod::Upi, "upi"},
    {PaymentMethod::BankTransfer, "bank_transfer"},
    {PaymentMethod::Other, "other"}}};

constexpr std::array<std::pair<PaymentKind, const char *>, 2> kKinds{{
    {PaymentKind::Payment, "payment"}, {PaymentKind::Refund, "refund"}}};

} // namespace

QString roleName(Role role) { return nameOf(kRoles, role); }
std::optional<Role> roleFromName(const QString &name) { return valueOf(kRoles, name); }
bool canReadClinicalNotes(Role role) { return role != Role::Reception; }

QString sexName(Sex sex) { return nameOf(kSexes, sex); }
std::optional<Sex> sexFromName(const QString &name) { return valueOf(kSexes, name); }

QString appointmentStatusName(AppointmentStatus status) { return nameOf(kStatuses, status); }
std::optional<AppointmentStatus> appointmentStatusFromName(const QString &name)
{
    return valueOf(kStatuses, name);
}
bool occupiesSlot(AppointmentStatus status)
{
    return status != AppointmentStatus::Cancelled && status != AppointmentStatus::NoShow;
}

QString invoiceStatusName(InvoiceStatus status) { return nameOf(kInvoiceStatuses, status); }
std::optional<InvoiceStatus> invoiceStatusFromName(const QString &name)
{
    return valueOf(kInvoiceStatuses, name);
}

QString paymentMethodName(PaymentMethod method) { return nameOf(kMethods, method); }

QString paymentMethodLabel(PaymentMethod method)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("PaymentMethod", text); };
    switch (method) {
    case PaymentMethod::Cash: return tr("Cash");
    case PaymentMethod::Card: return tr("Card");
    case PaymentMethod::Upi: return tr("UPI");
    case PaymentMethod::BankTransfer: return tr("Bank transfer");
    case PaymentMethod::Other: return tr("Other");
    }
    return {};
}

QList<PaymentMethod> allPaymentMethods()
{
    return {PaymentMethod::Cash, PaymentMethod::Card, PaymentMethod::Upi, PaymentMethod::BankTransfer, PaymentMethod::Other};
}
std::optional<PaymentMethod> paymentMethodFromName(const QString &name)
{
    return valueOf(kMethods, name);
}
QString paymentKindName(PaymentKind kind) { return nameOf(kKinds, kind); }
std::optional<PaymentKind> paymentKindFromName(const QString &name) { return valueOf(kKinds, name); }

} // namespace clinic::domain
