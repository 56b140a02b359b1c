#include "clinic/ui/reportbuilder.h"

#include "clinic/domain/money.h"
#include "clinic/domain/paymentmethod.h"
#include "clinic/storage/settingsrepository.h"

#include <QCoreApplication>
#include <QLocale>

namespace clinic::ui {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("ReportBuilder", text); }

QString percent(double fraction) { return QStringLiteral("%1%").arg(fraction * 100, 0, 'f', 1); }

} // namespace

QList<ReportBuilder::Kind> ReportBuilder::kinds()
{
    return {Kind::Collections, Kind::RevenueByMonth, Kind::RevenueByPractitioner, Kind::RevenueByService, Kind::TaxByRate,
            Kind::Outstanding, Kind::AppointmentsByPractitioner, Kind::AppointmentsByWeekday, Kind::PatientsByMonth, Kind::Referrals};
}

QString ReportBuilder::title(Kind kind)
{
    switch (kind) {
    case Kind::Collections: return tr("Daily collections");
    case Kind::RevenueByMonth: return tr("Revenue by month");
    case Kind::RevenueByPractitioner: return tr("Revenue by practitioner");
    case Kind::RevenueByService: return tr("Revenue by service");
    case Kind::TaxByRate: return tr("Tax collected by rate");
    case Kind::Outstanding: return tr("Outstanding balances");
    case Kind::AppointmentsByPractitioner: return tr("Appointments by practitioner");
    case Kind::AppointmentsByWeekday: return tr("Appointments by weekday");
    case Kind::PatientsByMonth: return tr("New and returning patients");
    case Kind::Referrals: return tr("Referral sources");
    }
    return {};
}

ReportBuilder::ReportBuilder(storage::Connection &connection, storage::Session session)
    : m_connection(connection), m_session(std::move(session))
{
}

QString ReportBuilder::money(qint64 minor) const
{
    const QLocale locale = m_session.defaultCountry == QLatin1String("IN") ? QLocale(QLocale::English, QLocale::India) : QLocale();
    return domain::Money(minor, m_session.currency).format(locale);
}

domain::Result<print::TableDocument> ReportBuilder::table(Kind kind, const storage::DateRange &range) const
{
    const storage::ReportRepository reports(m_connection, m_session);
    print::TableDocument t;
    t.title = title(kind);
    const QString clinic = storage::SettingsRepository(m_connection, m_session).value(QStringLiteral("clinic.name"));
    const QLocale locale;
    t.subtitle = (clinic.isEmpty() ? QString() : clinic + QStringLiteral(" · "))
        + (kind == Kind::Outstanding ? tr("owed on %1").arg(locale.toString(range.to, QLocale::ShortFormat))
                                     : tr("%1 to %2").arg(locale.toString(range.from, QLocale::ShortFormat), locale.toString(range.to, QLocale::ShortFormat)));
    switch (kind) {
    case Kind::Collections: {
        const auto rows = reports.collections(range);
        if (!rows)
            return rows.error();
        t.headers = {tr("Method"), tr("Taken by"), tr("Payments"), tr("Received"), tr("Refunded"), tr("Net")};
        t.numericColumns = {2, 3, 4, 5};
        QMap<domain::PaymentMethod, qint64> perMethod;
        qint64 received = 0, refunded = 0;
        int count = 0;
        for (const auto &r : rows.value()) {
            t.rows << QStringList{domain::paymentMethodLabel(r.method), r.userName.isEmpty() ? tr("(unknown)") : r.userName, QString::number(r.payments),
                                  money(r.receivedMinor), money(r.refundedMinor), money(r.netMinor())};
            perMethod[r.method] += r.netMinor();
            received += r.receivedMinor;
            refunded += r.refundedMinor;
            count += r.payments;
        }
        // What the till and the card terminal should show.
        for (auto it = perMethod.cbegin(); it != perMethod.cend(); ++it)
            t.rows << QStringList{domain::paymentMethodLabel(it.key()), tr("all"), QString(), QString(), QString(), money(it.value())};
        t.rows << QStringList{tr("Total"), QString(), QString::number(count), money(received), money(refunded), money(received - refunded)};
        t.lastRowIsTotal = true;
        break;
    }
    case Kind::RevenueByMonth:
    case Kind::RevenueByPractitioner:
    case Kind::RevenueByService: {
        const auto rows = kind == Kind::RevenueByMonth ? reports.revenueByMonth(range)
                          : kind == Kind::RevenueByPractitioner ? reports.revenueByPractitioner(range)
                                                                 : reports.revenueByService(range);
        if (!rows)
            return rows.error();
        const bool cash = kind != Kind::RevenueByService;
        t.headers = {kind == Kind::RevenueByMonth ? tr("Month") : kind == Kind::RevenueByPractitioner ? tr("Practitioner") : tr("Service"),
                     tr("Invoiced"), tr("Credited"), tr("Revenue (invoiced)"), tr("Tax")};
        if (cash)
            t.headers << tr("Received (cash)");
        t.numericColumns = {1, 2, 3, 4, 5};
        storage::RevenueRow sum;
        for (const auto &r : rows.value()) {
            QStringList row{r.label, money(r.invoicedMinor), money(r.creditedMinor), money(r.accrualMinor()), money(r.taxMinor)};
            if (cash)
                row << money(r.receivedMinor);
            t.rows << row;
            sum.invoicedMinor += r.invoicedMinor;
            sum.creditedMinor += r.creditedMinor;
            sum.taxMinor += r.taxMinor;
            sum.receivedMinor += r.receivedMinor;
        }
        QStringList total{tr("Total"), money(sum.invoicedMinor), money(sum.creditedMinor), money(sum.accrualMinor()), money(sum.taxMinor)};
        if (cash)
            total << money(sum.receivedMinor);
        t.rows << total;
        t.lastRowIsTotal = true;
        break;
    }
    case Kind::TaxByRate: {
        const auto rows = reports.taxByRate(range);
        if (!rows)
            return rows.error();
        t.headers = {tr("Rate"), tr("Taxable"), tr("Tax")};
        t.numericColumns = {1, 2};
        qint64 taxable = 0, tax = 0;
        for (const auto &r : rows.value()) {
            t.rows << QStringList{r.rateBp ? percent(r.rateBp / 10000.0) : tr("Exempt"), money(r.taxableMinor), money(r.taxMinor)};
            taxable += r.taxableMinor;
            tax += r.taxMinor;
        }
        t.rows << QStringList{tr("Total"), money(taxable), money(tax)};
        t.lastRowIsTotal = true;
        break;
    }
    case Kind::Outstanding: {
        const auto rows = reports.outstanding(range.to);
        if (!rows)
            return rows.error();
        t.headers = {tr("Patient"), tr("0–30 days"), tr("31–60 days"), tr("61–90 days"), tr("Over 90 days"), tr("Total owed")};
        t.numericColumns = {1, 2, 3, 4, 5};
        storage::AgingRow sum;
        for (const auto &r : rows.value()) {
            t.rows << QStringList{r.patientName, money(r.days0to30), money(r.days31to60), money(r.days61to90), money(r.over90), money(r.totalMinor())};
            t.rowKeys << r.patientId;
            sum.days0to30 += r.days0to30;
            sum.days31to60 += r.days31to60;
            sum.days61to90 += r.days61to90;
            sum.over90 += r.over90;
        }
        t.rows << QStringList{tr("Total"), money(sum.days0to30), money(sum.days31to60), money(sum.days61to90), money(sum.over90), money(sum.totalMinor())};
        t.lastRowIsTotal = true;
        break;
    }
    case Kind::AppointmentsByPractitioner:
    case Kind::AppointmentsByWeekday: {
        const auto rows = kind == Kind::AppointmentsByPractitioner ? reports.appointmentsByPractitioner(range) : reports.appointmentsByWeekday(range);
        if (!rows)
            return rows.error();
        const bool utilisation = kind == Kind::AppointmentsByPractitioner;
        t.headers = {utilisation ? tr("Practitioner") : tr("Weekday"), tr("Appointments"), tr("Completed"), tr("No-shows"), tr("No-show rate"),
                     tr("Cancelled"), tr("Cancellation rate")};
        if (utilisation)
            t.headers << tr("Utilisation");
        t.numericColumns = {1, 2, 3, 4, 5, 6, 7};
        for (const auto &r : rows.value()) {
            QStringList row{r.label, QString::number(r.total), QString::number(r.completed), QString::number(r.noShows), percent(r.rate(r.noShows)),
                            QString::number(r.cancelled), percent(r.rate(r.cancelled))};
            if (utilisation)
                row << percent(r.utilisation());
            t.rows << row;
        }
        break;
    }
    case Kind::PatientsByMonth: {
        const auto rows = reports.patientsByMonth(range);
        if (!rows)
            return rows.error();
        t.headers = {tr("Month"), tr("New patients"), tr("Returning patients")};
        t.numericColumns = {1, 2};
        for (const auto &r : rows.value())
            t.rows << QStringList{r.month, QString::number(r.newPatients), QString::number(r.returning)};
        break;
    }
    case Kind::Referrals: {
        const auto rows = reports.referrals(range);
        if (!rows)
            return rows.error();
        t.headers = {tr("Referred by"), tr("New patients")};
        t.numericColumns = {1};
        for (const auto &r : rows.value())
            t.rows << QStringList{r.source.isEmpty() ? tr("(not recorded)") : r.source, QString::number(r.patients)};
        break;
    }
    }
    return t;
}

domain::Result<ReportBuilder::Chart> ReportBuilder::chart(Kind kind, const storage::DateRange &range) const
{
    const storage::ReportRepository reports(m_connection, m_session);
    Chart c;
    const auto major = [](qint64 minor) { return double(minor) / 100.0; };
    switch (kind) {
    case Kind::RevenueByMonth: {
        // Bars per month, stacked by practitioner (accrual basis).
        const auto months = reports.revenueByMonth(range);
        if (!months)
            return months.error();
        QMap<QString, QList<double>> byPractitioner;
        for (int i = 0; i < months.value().size(); ++i) {
            const QString label = months.value().at(i).label;
            c.categories << label;
            const QDate first = QDate::fromString(label + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
            const storage::DateRange month{std::max(first, range.from), std::min(first.addMonths(1).addDays(-1), range.to)};
            const auto rows = reports.revenueByPractitioner(month);
            if (!rows)
                return rows.error();
            for (const auto &r : rows.value()) {
                QList<double> &values = byPractitioner[r.label];
                values.resize(months.value().size());
                values[i] = major(r.accrualMinor());
            }
        }
        for (auto it = byPractitioner.begin(); it != byPractitioner.end(); ++it) {
            it->resize(months.value().size());
            c.series << QPair{it.key(), it.value()};
        }
        c.stacked = true;
        break;
    }
    case Kind::Collections: {
        const auto rows = reports.collections(range);
        if (!rows)
            return rows.error();
        QMap<domain::PaymentMethod, qint64> perMethod;
        for (const auto &r : rows.value())
            perMethod[r.method] += r.netMinor();
        QList<double> values;
        for (auto it = perMethod.cbegin(); it != perMethod.cend(); ++it) {
            c.categories << domain::paymentMethodLabel(it.key());
            values << major(it.value());
        }
        c.series << QPair{tr("Net taken"), values};
        break;
    }
    case Kind::AppointmentsByWeekday: {
        const auto rows = reports.appointmentsByWeekday(range);
        if (!rows)
            return rows.error();
        QList<double> completed, noShows, cancelled, other;
        for (const auto &r : rows.value()) {
            c.categories << r.label.left(3);
            completed << r.completed;
            noShows << r.noShows;
            cancelled << r.cancelled;
            other << r.total - r.completed - r.noShows - r.cancelled;
        }
        c.series = {{tr("Completed"), completed}, {tr("Booked / in progress"), other}, {tr("No-shows"), noShows}, {tr("Cancelled"), cancelled}};
        c.stacked = true;
        break;
    }
    case Kind::PatientsByMonth: {
        const auto rows = reports.patientsByMonth(range);
        if (!rows)
            return rows.error();
        QList<double> fresh, returning;
        for (const auto &r : rows.value()) {
            c.categories << r.month;
            fresh << r.newPatients;
            returning << r.returning;
        }
        c.series = {{tr("New"), fresh}, {tr("Returning"), returning}};
        c.stacked = true;
        break;
    }
    default:
        break;
    }
    return c;
}

} // namespace clinic::ui
