#pragma once

#include "clinic/domain/result.h"
#include "clinic/storage/session.h"

#include <QDate>
#include <QtGlobal>

#include <functional>

namespace clinic::storage {

class Connection;

/// Fills a database with an invented but realistic clinic: practitioners, rooms, a price list,
/// an admin and a receptionist, patients with Indian and Spanish names, a span of appointments
/// around `today` (past ones completed / no-show / cancelled, future ones booked), and invoices
/// with payments for most completed visits. Everything goes through the repositories, so it is
/// validated, captured for sync and audited exactly like real use. Deterministic for a seed.
/// Thread: the connection's.
class DemoSeeder
{
public:
    struct Options
    {
        int patients = 2000;
        int practitioners = 4;
        int daysBack = 365;             ///< appointment history
        int daysAhead = 30;             ///< booked future
        int appointmentsPerPractitionerDay = 8;
        int invoicePercent = 80;        ///< share of completed visits that are invoiced and paid
        int linesPerInvoice = 1;        ///< the visit's service, then other services (1..5)
        quint32 seed = 20261122;
        QString adminPassword = QStringLiteral("admin-demo-1");
        int passwordIterations = 0;     ///< 0 = PasswordHasher default
    };

    struct Summary
    {
        qint64 practitioners = 0;
        qint64 rooms = 0;
        qint64 services = 0;
        qint64 users = 0;
        qint64 patients = 0;
        qint64 appointments = 0;
        qint64 invoices = 0;
        qint64 payments = 0;
    };

    /// `progress(done, total, stage)` is called now and then (may be empty).
    using Progress = std::function<void(qint64 done, qint64 total, const char *stage)>;

    static domain::Result<Summary> seed(Connection &connection, const Session &session,
                                        const Options &options, const Progress &progress = {});
};

} // namespace clinic::storage
