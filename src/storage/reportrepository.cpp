#include "clinic/storage/reportrepository.h"

#include "clinic/storage/settingsrepository.h"
#include "sqlsupport.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>

namespace clinic::storage {
namespace {

/// Spreads `amount` over `weights` in proportion, largest remainders first (ties: earlier),
/// so the parts add up exactly. All-zero weights give everything to the first.
QList<qint64> spread(qint64 amount, const QList<qint64> &weights)
{
    QList<qint64> parts(weights.size(), 0);
    qint64 base = 0;
    for (qint64 w : weights)
        base += std::max<qint64>(0, w);
    if (weights.isEmpty())
        return parts;
    if (base == 0) {
        parts[0] = amount;
        return parts;
    }
    std::vector<std::pair<qint64, int>> remainders;
    qint64 given = 0;
    for (int i = 0; i < weights.size(); ++i) {
        const qint64 exact = amount * std::max<qint64>(0, weights[i]);
        parts[i] = exact / base;
        given += parts[i];
        remainders.emplace_back(exact % base, i);
    }
    std::stable_sort(remainders.begin(), remainders.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (size_t k = 0; given < amount && k < remainders.size(); ++k, ++given)
        ++parts[remainders[k].second];
    return parts;
}

} // namespace

qint64 ReportRepository::startOf(const QDate &day) const
{
    return QDateTime(day, QTime(0, 0), session().timeZone).toMSecsSinceEpoch();
}

QList<ReportRepository::Month> ReportRepository::months(const DateRange &range) const
{
    QList<Month> list;
    for (QDate first(range.from.year(), range.from.month(), 1); first <= range.to; first = first.addMonths(1)) {
        const QDate begin = std::max(first, range.from);
        const QDate end = std::min(first.addMonths(1), range.to.addDays(1));
        list.append({first.toString(QStringLiteral("yyyy-MM")), startOf(begin), startOf(end)});
    }
    return list;
}

domain::Result<QList<CollectionRow>> ReportRepository::collections(const DateRange &range) const
{
    QSqlQuery q = sql::prepare(db(), QStringLiteral(
        "SELECT y.method, y.received_by, coalesce(u.display_name, ''), "
        "sum(y.kind = 'payment'), sum(CASE WHEN y.kind = 'payment' THEN y.amount_minor ELSE 0 END), "
        "sum(CASE WHEN y.kind = 'refund' THEN y.amount_minor ELSE 0 END) "
        "FROM payments y LEFT JOIN users u ON u.id = y.received_by "
        "WHERE y.deleted_at IS NULL AND y.received_at >= ? AND y.received_at < ? "
        "GROUP BY y.method, y.received_by ORDER BY y.method, 3"));
    q.addBindValue(startOf(range.from));
    q.addBindValue(startOf(range.to.addDays(1)));
    if (!q.exec())
        return sql::toError(q, "collections");
    QList<CollectionRow> rows;
    while (q.next()) {
        CollectionRow r;
        r.method = domain::paymentMethodFromName(q.value(0).toString()).value_or(domain::PaymentMethod::Other);
        r.userId = sql::optionalId(q.value(1));
        r.userName = q.value(2).toString();
        r.payments = q.value(3).toInt();
        r.receivedMinor = q.value(4).toLongLong();
        r.refundedMinor = q.value(5).toLongLong();
        rows << r;
    }
    return rows;
}

domain::Result<QList<RevenueRow>> ReportRepository::revenueByMonth(const DateRange &range) const
{
    // One indexed range read per month and source (index-only for invoices: migration 9).
    QSqlQuery invoiced = sql::prepare(db(), QStringLiteral(
        "SELECT coalesce(sum(subtotal_minor), 0), coalesce(sum(tax_minor), 0) FROM invoices "
        "WHERE status = 'issued' AND deleted_at IS NULL AND issued_at >= ? AND issued_at < ?"));
    QSqlQuery credited = sql::prepare(db(), QStringLiteral(
        "SELECT coalesce(sum(subtotal_minor), 0), coalesce(sum(tax_minor), 0) FROM credit_notes "
        "WHERE deleted_at IS NULL AND issued_at >= ? AND issued_at < ?"));
    QSqlQuery received = sql::prepare(db(), QStringLiteral(
        "SELECT coalesce(sum(CASE WHEN kind = 'payment' THEN amount_minor ELSE -amount_minor END), 0) FROM payments "
        "WHERE deleted_at IS NULL AND received_at >= ? AND received_at < ?"));
    QList<RevenueRow> rows;
    for (const Month &m : months(range)) {
        RevenueRow r;
        r.key = m.label;
        r.label = m.label;
        for (QSqlQuery *q : {&invoiced, &credited, &received}) {
            q->bindValue(0, m.startMs);
            q->bindValue(1, m.endMs);
            if (!q->exec() || !q->next())
                return sql::toError(*q, "revenue by month");
        }
        r.invoicedMinor = invoiced.value(0).toLongLong();
        r.creditedMinor = credited.value(0).toLongLong();
        r.taxMinor = invoiced.value(1).toLongLong() - credited.value(1).toLongLong();
        r.receivedMinor = received.value(0).toLongLong();
        for (QSqlQuery *q : {&invoiced, &credited, &received})
            q->finish();
        rows << r;
    }
    return rows;
}

domain::Result<QList<RevenueRow>> ReportRepository::revenueByPractitioner(const DateRange &range) const
{
    const qint64 from = startOf(range.from), to = startOf(range.to.addDays(1));
    std::map<qint64, RevenueRow> byId;  // 0 = no practitioner
    const auto run = [&](const QString &statement, const std::function<void(RevenueRow &, const QSqlQuery &)> &add) -> domain::Status {
        QSqlQuery q = sql::prepare(db(), statement);
        q.addBindValue(from);
        q.addBindValue(to);
        if (!q.exec())
            return sql::toError(q, "revenue by practitioner");
        while (q.next())
            add(byId[q.value(0).toLongLong()], q);
        return {};
    };
    if (auto s = run(QStringLiteral("SELECT coalesce(practitioner_id, 0), sum(subtotal_minor), sum(tax_minor) FROM invoices "
                                    "WHERE status = 'issued' AND deleted_at IS NULL AND issued_at >= ? AND issued_at < ? GROUP BY 1"),
                     [](RevenueRow &r, const QSqlQuery &q) {
                         r.invoicedMinor += q.value(1).toLongLong();
                         r.taxMinor += q.value(2).toLongLong();
                     });
        !s)
        return s.error();
    if (auto s = run(QStringLiteral("SELECT coalesce(i.practitioner_id, 0), sum(c.subtotal_minor), sum(c.tax_minor) FROM credit_notes c "
                                    "JOIN invoices i ON i.id = c.invoice_id WHERE c.deleted_at IS NULL AND c.issued_at >= ? AND c.issued_at < ? GROUP BY 1"),
                     [](RevenueRow &r, const QSqlQuery &q) {
                         r.creditedMinor += q.value(1).toLongLong();
                         r.taxMinor -= q.value(2).toLongLong();
                     });
        !s)
        return s.error();
    if (auto s = run(QStringLiteral("SELECT coalesce(i.practitioner_id, 0), sum(CASE WHEN y.kind = 'payment' THEN y.amount_minor ELSE -y.amount_minor END) "
                                    "FROM payments y LEFT JOIN invoices i ON i.id = y.invoice_id "
                                    "WHERE y.deleted_at IS NULL AND y.received_at >= ? AND y.received_at < ? GROUP BY 1"),
                     [](RevenueRow &r, const QSqlQuery &q) { r.receivedMinor += q.value(1).toLongLong(); });
        !s)
        return s.error();
    QSqlQuery names = sql::prepare(db(), QStringLiteral("SELECT id, name FROM practitioners"));
    QHash<qint64, QString> label;
    if (names.exec()) {
        while (names.next())
            label.insert(names.value(0).toLongLong(), names.value(1).toString());
    }
    QList<RevenueRow> rows;
    for (auto &[id, row] : byId) {
        row.key = id ? QString::number(id) : QString();
        row.label = id ? label.value(id) : tr("No practitioner / not on an invoice");
        rows << row;
    }
    std::stable_sort(rows.begin(), rows.end(), [](const RevenueRow &a, const RevenueRow &b) { return a.accrualMinor() > b.accrualMinor(); });
    return rows;
}

domain::Result<QList<RevenueRow>> ReportRepository::revenueByService(const DateRange &range) const
{
    QSqlQuery q = sql::prepare(db(), QStringLiteral(
        "SELECT coalesce(l.service_id, 0), coalesce(s.name, ''), sum(l.net_minor), sum(l.tax_minor) FROM invoices i "
        "JOIN invoice_lines l ON l.invoice_id = i.id AND l.deleted_at IS NULL LEFT JOIN services s ON s.id = l.service_id "
        "WHERE i.status = 'issued' AND i.deleted_at IS NULL AND i.issued_at >= ? AND i.issued_at < ? GROUP BY 1 ORDER BY 3 DESC"));
    q.addBindValue(startOf(range.from));
    q.addBindValue(startOf(range.to.addDays(1)));
    if (!q.exec())
        return sql::toError(q, "revenue by service");
    QList<RevenueRow> rows;
    while (q.next()) {
        RevenueRow r;
        const qint64 id = q.value(0).toLongLong();
        r.key = id ? QString::number(id) : QString();
        r.label = id ? q.value(1).toString() : tr("Free text lines");
        r.invoicedMinor = q.value(2).toLongLong();
        r.taxMinor = q.value(3).toLongLong();
        rows << r;
    }
    // Credit notes correct invoices, not services: one row of their own.
    QSqlQuery c = sql::prepare(db(), QStringLiteral("SELECT count(*), coalesce(sum(subtotal_minor), 0), coalesce(sum(tax_minor), 0) FROM credit_notes "
                                                    "WHERE deleted_at IS NULL AND issued_at >= ? AND issued_at < ?"));
    c.addBindValue(startOf(range.from));
    c.addBindValue(startOf(range.to.addDays(1)));
    if (!c.exec() || !c.next())
        return sql::toError(c, "credit notes by service");
    if (c.value(0).toInt() > 0) {
        RevenueRow r;
        r.key = QStringLiteral("credit_notes");
        r.label = tr("Credit notes");
        r.creditedMinor = c.value(1).toLongLong();
        r.taxMinor = -c.value(2).toLongLong();
        rows << r;
    }
    return rows;
}

domain::Result<QList<TaxRow>> ReportRepository::taxByRate(const DateRange &range) const
{
    const qint64 from = startOf(range.from), to = startOf(range.to.addDays(1));
    std::map<int, TaxRow> byRate;
    QSqlQuery q = sql::prepare(db(), QStringLiteral(
        "SELECT l.tax_rate_bp, sum(l.net_minor), sum(l.tax_minor) FROM invoices i JOIN invoice_lines l ON l.invoice_id = i.id AND l.deleted_at IS NULL "
        "WHERE i.status = 'issued' AND i.deleted_at IS NULL AND i.issued_at >= ? AND i.issued_at < ? GROUP BY 1"));
    q.addBindValue(from);
    q.addBindValue(to);
    if (!q.exec())
        return sql::toError(q, "tax by rate");
    while (q.next()) {
        TaxRow &r = byRate[q.value(0).toInt()];
        r.rateBp = q.value(0).toInt();
        r.taxableMinor += q.value(1).toLongLong();
        r.taxMinor += q.value(2).toLongLong();
    }
    // Credit notes in the range, each spread over its invoice's rates.
    QSqlQuery notes = sql::prepare(db(), QStringLiteral("SELECT invoice_id, subtotal_minor, tax_minor FROM credit_notes "
                                                        "WHERE deleted_at IS NULL AND issued_at >= ? AND issued_at < ?"));
    notes.addBindValue(from);
    notes.addBindValue(to);
    if (!notes.exec())
        return sql::toError(notes, "credit notes by rate");
    std::vector<std::tuple<qint64, qint64, qint64>> credit;
    while (notes.next())
        credit.emplace_back(notes.value(0).toLongLong(), notes.value(1).toLongLong(), notes.value(2).toLongLong());
    notes.finish();
    QSqlQuery rates = sql::prepare(db(), QStringLiteral("SELECT tax_rate_bp, sum(net_minor), sum(tax_minor) FROM invoice_lines "
                                                        "WHERE invoice_id = ? AND deleted_at IS NULL GROUP BY 1 ORDER BY 1"));
    for (const auto &[invoice, net, tax] : credit) {
        rates.bindValue(0, invoice);
        if (!rates.exec())
            return sql::toError(rates, "invoice rates");
        QList<int> keys;
        QList<qint64> nets, taxes;
        while (rates.next()) {
            keys << rates.value(0).toInt();
            nets << rates.value(1).toLongLong();
            taxes << rates.value(2).toLongLong();
        }
        rates.finish();
        const QList<qint64> netParts = spread(net, nets);
        const QList<qint64> taxParts = spread(tax, taxes);
        for (int i = 0; i < keys.size(); ++i) {
            TaxRow &r = byRate[keys[i]];
            r.rateBp = keys[i];
            r.taxableMinor -= netParts[i];
            r.taxMinor -= taxParts[i];
        }
    }
    QList<TaxRow> rows;
    for (const auto &[rate, row] : byRate)
        rows << row;
    return rows;
}

domain::Result<QList<AgingRow>> ReportRepository::outstanding(const QDate &asOf) const
{
    QSqlQuery q = sql::prepare(db(), QStringLiteral(
        "SELECT b.patient_id, trim(p.first_name || ' ' || p.last_name), i.issued_at, "
        "b.total_minor - b.credited_minor - b.paid_minor + b.refunded_minor AS owed "
        "FROM invoice_balances b JOIN invoices i ON i.id = b.invoice_id JOIN patients p ON p.id = b.patient_id "
        "WHERE i.issued_at < ? AND b.total_minor - b.credited_minor - b.paid_minor + b.refunded_minor > 0"));
    q.addBindValue(startOf(asOf.addDays(1)));
    if (!q.exec())
        return sql::toError(q, "outstanding");
    std::map<qint64, AgingRow> byPatient;
    while (q.next()) {
        AgingRow &r = byPatient[q.value(0).toLongLong()];
        r.patientId = q.value(0).toLongLong();
        r.patientName = q.value(1).toString();
        const QDate issued = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), session().timeZone).date();
        const qint64 age = issued.daysTo(asOf);
        const qint64 owed = q.value(3).toLongLong();
        (age <= 30 ? r.days0to30 : age <= 60 ? r.days31to60 : age <= 90 ? r.days61to90 : r.over90) += owed;
    }
    QList<AgingRow> rows;
    for (const auto &[id, row] : byPatient)
        rows << row;
    std::stable_sort(rows.begin(), rows.end(), [](const AgingRow &a, const AgingRow &b) { return a.totalMinor() > b.totalMinor(); });
    return rows;
}

qint64 ReportRepository::workingMinutes(const DateRange &range) const
{
    const SettingsRepository settings(connection(), session());
    const QStringList hours = settings.value(QStringLiteral("clinic.workingHours"), QStringLiteral("09:00-18:00")).split(QLatin1Char('-'));
    const QStringList days = settings.value(QStringLiteral("clinic.workingDays"), QStringLiteral("1-6")).split(QLatin1Char('-'));
    const QTime open = QTime::fromString(hours.value(0).trimmed(), QStringLiteral("HH:mm"));
    const QTime close = QTime::fromString(hours.value(1).trimmed(), QStringLiteral("HH:mm"));
    const int firstDay = days.value(0).toInt(), lastDay = days.value(1, days.value(0)).toInt();
    if (!open.isValid() || !close.isValid() || open >= close || firstDay < 1 || lastDay > 7)
        return 0;
    qint64 total = 0;
    for (QDate d = range.from; d <= range.to; d = d.addDays(1)) {
        if (d.dayOfWeek() >= firstDay && d.dayOfWeek() <= lastDay)
            total += open.secsTo(close) / 60;
    }
    return total;
}

namespace {

struct Visit
{
    qint64 practitionerId;
    qint64 startMs;
    qint64 minutes;
    domain::AppointmentStatus status;
};

void count(AppointmentStatsRow &row, const Visit &v)
{
    ++row.total;
    if (v.status == domain::AppointmentStatus::Completed)
        ++row.completed;
    else if (v.status == domain::AppointmentStatus::NoShow)
        ++row.noShows;
    else if (v.status == domain::AppointmentStatus::Cancelled)
        ++row.cancelled;
    if (v.status != domain::AppointmentStatus::Cancelled)
        row.bookedMinutes += v.minutes;
}

} // namespace

domain::Result<QList<AppointmentStatsRow>> ReportRepository::appointmentsByPractitioner(const DateRange &range) const
{
    QSqlQuery q = sql::prepare(db(), QStringLiteral(
        "SELECT a.practitioner_id, p.name, a.start_at, a.end_at, a.status FROM appointments a JOIN practitioners p ON p.id = a.practitioner_id "
        "WHERE a.deleted_at IS NULL AND a.start_at >= ? AND a.start_at < ?"));
    q.addBindValue(startOf(range.from));
    q.addBindValue(startOf(range.to.addDays(1)));
    if (!q.exec())
        return sql::toError(q, "appointments by practitioner");
    std::map<qint64, AppointmentStatsRow> rows;
    while (q.next()) {
        AppointmentStatsRow &row = rows[q.value(0).toLongLong()];
        row.key = q.value(0).toString();
        row.label = q.value(1).toString();
        count(row, {q.value(0).toLongLong(), q.value(2).toLongLong(), (q.value(3).toLongLong() - q.value(2).toLongLong()) / 60000,
                    domain::appointmentStatusFromName(q.value(4).toString()).value_or(domain::AppointmentStatus::Booked)});
    }
    const qint64 available = workingMinutes(range);
    QList<AppointmentStatsRow> list;
    for (auto &[id, row] : rows) {
        row.availableMinutes = available;
        list << row;
    }
    return list;
}

domain::Result<QList<AppointmentStatsRow>> ReportRepository::appointmentsByWeekday(const DateRange &range) const
{
    QSqlQuery q = sql::prepare(db(), QStringLiteral("SELECT start_at, end_at, status FROM appointments "
                                                    "WHERE deleted_at IS NULL AND start_at >= ? AND start_at < ?"));
    q.addBindValue(startOf(range.from));
    q.addBindValue(startOf(range.to.addDays(1)));
    if (!q.exec())
        return sql::toError(q, "appointments by weekday");
    QList<AppointmentStatsRow> days(7);
    const QLocale locale;
    for (int d = 0; d < 7; ++d) {
        days[d].key = QString::number(d + 1);
        days[d].label = locale.dayName(d + 1);
    }
    while (q.next()) {
        const qint64 start = q.value(0).toLongLong();
        const int weekday = QDateTime::fromMSecsSinceEpoch(start, session().timeZone).date().dayOfWeek();
        count(days[weekday - 1], {0, start, (q.value(1).toLongLong() - start) / 60000,
                                  domain::appointmentStatusFromName(q.value(2).toString()).value_or(domain::AppointmentStatus::Booked)});
    }
    return days;
}

domain::Result<QList<PatientMonthRow>> ReportRepository::patientsByMonth(const DateRange &range) const
{
    // A visit is an appointment the patient came to.
    const QString seen = QStringLiteral("status IN ('arrived', 'in_room', 'completed') AND deleted_at IS NULL");
    QSqlQuery first = sql::prepare(db(), QStringLiteral("SELECT patient_id, min(start_at) FROM appointments WHERE %1 GROUP BY patient_id").arg(seen));
    if (!first.exec())
        return sql::toError(first, "first visits");
    QHash<qint64, qint64> firstVisit;
    while (first.next())
        firstVisit.insert(first.value(0).toLongLong(), first.value(1).toLongLong());
    QSqlQuery visits = sql::prepare(db(), QStringLiteral("SELECT DISTINCT patient_id FROM appointments WHERE %1 AND start_at >= ? AND start_at < ?").arg(seen));
    QList<PatientMonthRow> rows;
    for (const Month &m : months(range)) {
        visits.bindValue(0, m.startMs);
        visits.bindValue(1, m.endMs);
        if (!visits.exec())
            return sql::toError(visits, "visits");
        PatientMonthRow row{m.label, 0, 0};
        while (visits.next())
            ++(firstVisit.value(visits.value(0).toLongLong()) >= m.startMs ? row.newPatients : row.returning);
        rows << row;
    }
    return rows;
}

domain::Result<QList<ReferralRow>> ReportRepository::referrals(const DateRange &range) const
{
    QSqlQuery q = sql::prepare(db(), QStringLiteral("SELECT trim(referral_source), count(*) FROM patients WHERE deleted_at IS NULL "
                                                    "AND created_at >= ? AND created_at < ? GROUP BY 1 ORDER BY 2 DESC, 1"));
    q.addBindValue(startOf(range.from));
    q.addBindValue(startOf(range.to.addDays(1)));
    if (!q.exec())
        return sql::toError(q, "referrals");
    QList<ReferralRow> rows;
    while (q.next())
        rows << ReferralRow{q.value(0).toString(), q.value(1).toInt()};
    return rows;
}

domain::Result<Dashboard> ReportRepository::dashboard() const
{
    Dashboard d;
    const QDate today = session().today();
    const auto takings = collections({today, today});
    if (!takings)
        return takings.error();
    for (const CollectionRow &r : takings.value())
        d.takingsTodayMinor += r.netMinor();
    QSqlQuery q = sql::prepare(db(), QStringLiteral("SELECT status, count(*) FROM appointments WHERE deleted_at IS NULL "
                                                    "AND start_at >= ? AND start_at < ? GROUP BY status"));
    q.addBindValue(startOf(today));
    q.addBindValue(startOf(today.addDays(1)));
    if (!q.exec())
        return sql::toError(q, "today's appointments");
    while (q.next()) {
        if (const auto status = domain::appointmentStatusFromName(q.value(0).toString()))
            d.todayByStatus[*status] = q.value(1).toInt();
    }
    const QDate thisMonth(today.year(), today.month(), 1);
    const auto revenue = revenueByMonth({thisMonth.addMonths(-1), today});
    if (!revenue)
        return revenue.error();
    if (revenue.value().size() == 2) {
        d.revenueLastMonthMinor = revenue.value().at(0).accrualMinor();
        d.revenueThisMonthMinor = revenue.value().at(1).accrualMinor();
    }
    return d;
}

} // namespace clinic::storage
