// Reports over a large clinic database (seed it with clinicdesk-admin, see docs/performance.md):
// each report timed (median of 5 runs, milliseconds) over the whole history and over the last
// twelve months, next to the raw limit: the same aggregate as one plain SQL statement through
// the SQLite C API. Prints JSON lines, and the query plans that justify the indexes.
//
//   clinicdesk-reports-bench --db FILE

#include "benchsupport.h"

#include "clinic/storage/connection.h"
#include "clinic/storage/reportrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTimeZone>

#include <cstdio>
#include <functional>

using namespace clinic;

namespace {

double medianMs(const std::function<void()> &run)
{
    std::vector<double> times;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        run();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return bench::percentile(times, 0.5);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("database seeded with clinicdesk-admin"), QStringLiteral("file")});
    parser.process(app);
    const QString path = parser.value(QStringLiteral("db"));
    auto connection = storage::Connection::open(path, QStringLiteral("bench"));
    if (!connection) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(path));
        return 1;
    }
    storage::Session session;
    session.timeZone = QTimeZone("Asia/Kolkata");
    session.currency = QStringLiteral("INR");
    session.defaultCountry = QStringLiteral("IN");
    const storage::ReportRepository reports(*connection.value(), session);

    QSqlQuery q(connection.value()->database());
    const auto scalar = [&](const char *sql) {
        q.exec(QLatin1String(sql));
        q.next();
        const qint64 v = q.value(0).toLongLong();
        q.finish();
        return v;
    };
    const qint64 lines = scalar("SELECT count(*) FROM invoice_lines");
    const qint64 invoices = scalar("SELECT count(*) FROM invoices");
    const qint64 appointments = scalar("SELECT count(*) FROM appointments");
    q.exec(QStringLiteral("SELECT min(issued_at), max(issued_at) FROM invoices WHERE issued_at IS NOT NULL"));
    q.next();
    const QDate first = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), session.timeZone).date();
    const QDate last = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), session.timeZone).date();
    q.finish();
    std::printf("{\"bench\":\"reports_db\",\"invoice_lines\":%lld,\"invoices\":%lld,\"appointments\":%lld,\"from\":\"%s\",\"to\":\"%s\"}\n",
                lines, invoices, appointments, qPrintable(first.toString(Qt::ISODate)), qPrintable(last.toString(Qt::ISODate)));

    const storage::DateRange all{first, last};
    const storage::DateRange year{last.addMonths(-12).addDays(1), last};
    struct Report
    {
        const char *name;
        std::function<void(const storage::DateRange &)> run;
    };
    const std::vector<Report> list{
        {"revenue_by_month", [&](const auto &r) { (void)reports.revenueByMonth(r); }},
        {"revenue_by_practitioner", [&](const auto &r) { (void)reports.revenueByPractitioner(r); }},
        {"revenue_by_service", [&](const auto &r) { (void)reports.revenueByService(r); }},
        {"tax_by_rate", [&](const auto &r) { (void)reports.taxByRate(r); }},
        {"collections", [&](const auto &r) { (void)reports.collections(r); }},
        {"outstanding", [&](const auto &r) { (void)reports.outstanding(r.to); }},
        {"appointments_by_practitioner", [&](const auto &r) { (void)reports.appointmentsByPractitioner(r); }},
        {"appointments_by_weekday", [&](const auto &r) { (void)reports.appointmentsByWeekday(r); }},
        {"patients_by_month", [&](const auto &r) { (void)reports.patientsByMonth(r); }},
        {"referrals", [&](const auto &r) { (void)reports.referrals(r); }},
        {"dashboard", [&](const auto &) { (void)reports.dashboard(); }},
    };
    for (const Report &report : list) {
        const double wholeMs = medianMs([&] { report.run(all); });
        const double yearMs = medianMs([&] { report.run(year); });
        std::printf("{\"bench\":\"report\",\"report\":\"%s\",\"all_history_ms\":%.1f,\"last_12_months_ms\":%.1f}\n", report.name, wholeMs, yearMs);
        std::fflush(stdout);
    }

    // Raw limits: one plain statement each (UTC months, no time zone, no formatting).
    {
        bench::RawDb raw(path);
        const auto rawMs = [&](const char *sql) {
            return medianMs([&] {
                sqlite3_stmt *s = raw.prepare(sql);
                while (sqlite3_step(s) == SQLITE_ROW) {
                }
                sqlite3_finalize(s);
            });
        };
        std::printf("{\"bench\":\"raw\",\"what\":\"revenue_by_month invoices, one GROUP BY\",\"ms\":%.1f}\n",
                    rawMs("SELECT strftime('%Y-%m', issued_at / 1000, 'unixepoch'), sum(subtotal_minor), sum(tax_minor) FROM invoices "
                          "WHERE status = 'issued' AND deleted_at IS NULL GROUP BY 1"));
        std::printf("{\"bench\":\"raw\",\"what\":\"revenue_by_service lines join, one GROUP BY\",\"ms\":%.1f}\n",
                    rawMs("SELECT l.service_id, sum(l.net_minor), sum(l.tax_minor) FROM invoices i JOIN invoice_lines l ON l.invoice_id = i.id "
                          "WHERE i.status = 'issued' GROUP BY 1"));
    }

    // Plans: why each index exists.
    for (const char *sql : {"SELECT coalesce(sum(subtotal_minor), 0), coalesce(sum(tax_minor), 0) FROM invoices WHERE status = 'issued' "
                            "AND deleted_at IS NULL AND issued_at >= 0 AND issued_at < 1",
                            "SELECT coalesce(sum(subtotal_minor), 0) FROM credit_notes WHERE deleted_at IS NULL AND issued_at >= 0 AND issued_at < 1",
                            "SELECT trim(referral_source), count(*) FROM patients WHERE deleted_at IS NULL AND created_at >= 0 AND created_at < 1 GROUP BY 1"}) {
        q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + QLatin1String(sql));
        while (q.next())
            std::printf("{\"bench\":\"plan\",\"detail\":\"%s\"}\n", qPrintable(q.value(3).toString()));
    }
    return 0;
}
