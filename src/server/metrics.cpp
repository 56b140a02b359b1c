#include "clinic/server/metrics.h"

namespace clinic::server {
namespace {
constexpr double kBuckets[] = {0.005, 0.01, 0.025, 0.05, 0.1, 0.2, 0.5, 1, 2.5, 5, 10, 30};
}

void Metrics::recordRequest(const QString &route, int status, double seconds)
{
    std::lock_guard lock(m_mutex);
    Route &r = m_routes[route];
    ++r.byStatus[status];
    r.secondsSum += seconds;
    ++r.count;
    for (double bound : kBuckets) {
        if (seconds <= bound) {
            ++r.buckets[bound];
            break;
        }
    }
}

void Metrics::addPushRows(qint64 accepted, qint64 rejected)
{
    std::lock_guard lock(m_mutex);
    m_rowsAccepted += accepted;
    m_rowsRejected += rejected;
}

void Metrics::setGauge(const QString &name, double value)
{
    std::lock_guard lock(m_mutex);
    m_gauges[name] = value;
}

QByteArray Metrics::render() const
{
    std::lock_guard lock(m_mutex);
    QByteArray out;
    out += "# HELP clinicdesk_http_requests_total HTTP requests by route and status.\n"
           "# TYPE clinicdesk_http_requests_total counter\n";
    for (const auto &[route, r] : m_routes) {
        for (const auto &[status, n] : r.byStatus)
            out += QStringLiteral("clinicdesk_http_requests_total{route=\"%1\",status=\"%2\"} %3\n").arg(route).arg(status).arg(n).toUtf8();
    }
    out += "# HELP clinicdesk_http_request_duration_seconds Request latency.\n"
           "# TYPE clinicdesk_http_request_duration_seconds histogram\n";
    for (const auto &[route, r] : m_routes) {
        qint64 cumulative = 0;
        for (double bound : kBuckets) {
            const auto it = r.buckets.find(bound);
            cumulative += it == r.buckets.end() ? 0 : it->second;
            out += QStringLiteral("clinicdesk_http_request_duration_seconds_bucket{route=\"%1\",le=\"%2\"} %3\n")
                       .arg(route).arg(bound).arg(cumulative).toUtf8();
        }
        out += QStringLiteral("clinicdesk_http_request_duration_seconds_bucket{route=\"%1\",le=\"+Inf\"} %2\n").arg(route).arg(r.count).toUtf8();
        out += QStringLiteral("clinicdesk_http_request_duration_seconds_sum{route=\"%1\"} %2\n").arg(route).arg(r.secondsSum).toUtf8();
        out += QStringLiteral("clinicdesk_http_request_duration_seconds_count{route=\"%1\"} %2\n").arg(route).arg(r.count).toUtf8();
    }
    out += "# HELP clinicdesk_push_rows_total Rows received in pushes, by outcome.\n"
           "# TYPE clinicdesk_push_rows_total counter\n";
    out += QStringLiteral("clinicdesk_push_rows_total{outcome=\"accepted\"} %1\n").arg(m_rowsAccepted).toUtf8();
    out += QStringLiteral("clinicdesk_push_rows_total{outcome=\"rejected\"} %1\n").arg(m_rowsRejected).toUtf8();
    for (const auto &[name, value] : m_gauges) {
        out += QStringLiteral("# TYPE %1 gauge\n%1 %2\n").arg(name).arg(value).toUtf8();
    }
    return out;
}

} // namespace clinic::server
