#pragma once

#include "clinic/server/httplistener.h"
#include "clinic/server/metrics.h"
#include "clinic/server/serverconfig.h"
#include "clinic/server/storetypes.h"

#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <map>
#include <memory>
#include <mutex>

namespace clinic::server {

class ServerStore;

/// The REST API of clinicdesk-server (routes, authentication, limits, long-polls) on HttpListener.
///
/// Threads: HttpListener calls dispatch() on this object's thread (the main thread), which only
/// hands the request to a sized QThreadPool, whose threads each use their own database
/// connection (ServerStore). Long-polls hold no thread while they wait: a waiting pull is
/// its responder parked in a list, called when this process commits a change for that clinic or
/// when the periodic revision check (which also sees other processes' commits) finds one, or at
/// its deadline.
class HttpApi : public QObject
{
    Q_OBJECT
public:
    HttpApi(ServerStore &store, ServerConfig config, QObject *parent = nullptr);
    ~HttpApi() override;

    /// Listens on the configured address and port (HTTPS when certificate and key are set).
    /// Returns the port, or 0 with `error` set.
    quint16 listen(QString *error);
    /// Answers every parked long-poll and waits for running handlers (graceful shutdown).
    void shutdown();

private:
    struct Request;
    struct Waiter;
    using Responder = std::function<void(int status, QByteArray body, QList<QPair<QByteArray, QByteArray>> headers)>;

    void dispatch(HttpRequest request, HttpListener::Responder respond);
    void handleHealth(const Request &request, const Responder &respond);
    void handleMetrics(const Request &request, const Responder &respond);
    void handleEnroll(const Request &request, const Responder &respond);
    void handlePush(const Request &request, const Responder &respond);
    void handlePull(const Request &request, const Responder &respond);
    void handleConflicts(const Request &request, const Responder &respond);
    /// Checks token, protocol version and rate limit; answers and returns nullopt when refused.
    std::optional<DeviceIdentity> admit(const Request &request, const Responder &respond);
    void wake(qint64 clinicId);
    void checkWaiters();
    void completeWaiter(const std::shared_ptr<Waiter> &waiter, bool timedOut);

    ServerStore &m_store;
    ServerConfig m_config;
    Metrics m_metrics;
    std::unique_ptr<HttpListener> m_http;
    QThreadPool m_pool;
    QTimer m_waitTimer;

    std::mutex m_waitMutex;
    std::multimap<qint64, std::shared_ptr<Waiter>> m_waiters;  ///< by clinic id

    std::mutex m_rateMutex;
    std::map<QString, std::pair<qint64, int>> m_rate;  ///< device -> (minute, requests)
};

} // namespace clinic::server
