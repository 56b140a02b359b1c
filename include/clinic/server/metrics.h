#pragma once

#include <QByteArray>
#include <QString>

#include <map>
#include <mutex>

namespace clinic::server {

/// Request counters and latencies, rendered in the Prometheus text format for /metrics.
/// Thread-safe: every public method locks.
class Metrics
{
public:
    void recordRequest(const QString &route, int status, double seconds);
    void addPushRows(qint64 accepted, qint64 rejected);
    void setGauge(const QString &name, double value);
    [[nodiscard]] QByteArray render() const;

private:
    struct Route
    {
        std::map<int, qint64> byStatus;
        double secondsSum = 0;
        qint64 count = 0;
        std::map<double, qint64> buckets;  ///< upper bound -> count (cumulative at render)
    };
    mutable std::mutex m_mutex;
    std::map<QString, Route> m_routes;
    qint64 m_rowsAccepted = 0;
    qint64 m_rowsRejected = 0;
    std::map<QString, double> m_gauges;
};

} // namespace clinic::server
