#pragma once

#include "clinic/domain/appointmentstatus.h"
#include "clinic/domain/paymentmethod.h"
#include "clinic/storage/repository.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace clinic::storage {

/// Days in the clinic's time zone, both ends included.
struct DateRange
{
    QDate from;
    QDate to;
};

/// Money taken with one method by one user (the till and the card terminal are reconciled
/// per method; per user shows who took it).
struct CollectionRow
{
    domain::PaymentMethod method = domain::PaymentMethod::Cash;
    std::optional<qint64> userId;
    QString userName;
    int payments = 0;          ///< payment rows (refunds not counted)
    qint64 receivedMinor = 0;
    qint64 refundedMinor = 0;
    [[nodiscard]] qint64 netMinor() const { return receivedMinor - refundedMinor; }
};

/// Revenue of one group (a practitioner, a service or a month). Accrual basis: net invoiced
/// (without tax) minus credit notes' net; cash basis: payments minus refunds.
struct RevenueRow
{
    QString key;               ///< practitioner/service id, or "2026-11"; "" for "none"
    QString label;
    qint64 invoicedMinor = 0;  ///< net of issued invoices
    qint64 creditedMinor = 0;  ///< net of credit notes
    qint64 taxMinor = 0;       ///< tax invoiced minus tax credited
    qint64 receivedMinor = 0;  ///< payments minus refunds (not available per service)
    [[nodiscard]] qint64 accrualMinor() const { return invoicedMinor - creditedMinor; }
};

/// Tax collected at one rate: invoiced minus credited, each credit note spread over its
/// invoice's rates in proportion to their tax.
struct TaxRow
{
    int rateBp = 0;
    qint64 taxableMinor = 0;
    qint64 taxMinor = 0;
};

/// What one patient owes, by the age of each invoice on the report date.
struct AgingRow
{
    qint64 patientId = 0;
    QString patientName;
    qint64 days0to30 = 0;
    qint64 days31to60 = 0;
    qint64 days61to90 = 0;
    qint64 over90 = 0;
    [[nodiscard]] qint64 totalMinor() const { return days0to30 + days31to60 + days61to90 + over90; }
};

/// Appointments of one practitioner or weekday. Rates are of all appointments in the range.
struct AppointmentStatsRow
{
    QString key;
    QString label;
    int total = 0;
    int completed = 0;
    int noShows = 0;
    int cancelled = 0;
    qint64 bookedMinutes = 0;     ///< appointments not cancelled
    qint64 availableMinutes = 0;  ///< working hours in the range (practitioner rows only)
    [[nodiscard]] double rate(int count) const { return total ? double(count) / total : 0; }
    [[nodiscard]] double utilisation() const { return availableMinutes ? double(bookedMinutes) / double(availableMinutes) : 0; }
};

/// Patients seen in one month: first visit ever, or back again.
struct PatientMonthRow
{
    QString month;  ///< "2026-11"
    int newPatients = 0;
    int returning = 0;
};

struct ReferralRow
{
    QString source;  ///< "" when not recorded
    int patients = 0;
};

/// The Today screen's figures.
struct Dashboard
{
    qint64 takingsTodayMinor = 0;
    QMap<domain::AppointmentStatus, int> todayByStatus;
    qint64 revenueThisMonthMinor = 0;  ///< accrual, net
    qint64 revenueLastMonthMinor = 0;
};

/// The reports of architecture.md §6, computed on the local database (they work offline).
/// Every day and month boundary is the clinic's (its time zone, daylight saving included);
/// storage is UTC. Thread: the connection's.
class ReportRepository : public Repository
{
public:
    using Repository::Repository;

    domain::Result<QList<CollectionRow>> collections(const DateRange &range) const;
    domain::Result<QList<RevenueRow>> revenueByMonth(const DateRange &range) const;
    domain::Result<QList<RevenueRow>> revenueByPractitioner(const DateRange &range) const;
    domain::Result<QList<RevenueRow>> revenueByService(const DateRange &range) const;
    domain::Result<QList<TaxRow>> taxByRate(const DateRange &range) const;
    /// Issued invoices still owed on `asOf`, by patient, largest total first.
    domain::Result<QList<AgingRow>> outstanding(const QDate &asOf) const;
    domain::Result<QList<AppointmentStatsRow>> appointmentsByPractitioner(const DateRange &range) const;
    /// Monday first.
    domain::Result<QList<AppointmentStatsRow>> appointmentsByWeekday(const DateRange &range) const;
    domain::Result<QList<PatientMonthRow>> patientsByMonth(const DateRange &range) const;
    /// Patients registered in the range, by referral source, most first.
    domain::Result<QList<ReferralRow>> referrals(const DateRange &range) const;
    domain::Result<Dashboard> dashboard() const;

    /// The clinic's working hours (settings clinic.workingHours "09:00-18:00", clinic.workingDays
    /// "1-6" = Monday to Saturday), used for utilisation.
    [[nodiscard]] qint64 workingMinutes(const DateRange &range) const;

private:
    struct Month
    {
        QString label;
        qint64 startMs;
        qint64 endMs;
    };
    [[nodiscard]] QList<Month> months(const DateRange &range) const;
    [[nodiscard]] qint64 startOf(const QDate &day) const;
};

} // namespace clinic::storage
