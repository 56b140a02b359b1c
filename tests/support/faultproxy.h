#pragma once
// A TCP proxy on loopback that injects network faults between a desk and the real server: it can
// refuse every connection (offline), cut a request before the server sees it, let the server
// commit a request and then drop its answer (the "lost response" case), or cut an answer halfway.
//
// Thread affinity: the proxy runs its sockets on its own thread, so it keeps forwarding while the
// test thread blocks (e.g. in QProcess::waitForFinished). Its public methods are thread-safe.

#include <QByteArray>
#include <QMutex>
#include <QThread>

#include <memory>
#include <random>

namespace clinic::test {

class FaultProxyWorker;
class FaultProxyLink;

class FaultProxy
{
public:
    /// Probabilities, per HTTP request seen on the client side.
    struct Faults
    {
        double cutRequest = 0;  ///< close before forwarding: the server never sees the request
        double dropAnswer = 0;  ///< forward, let the server answer, never deliver the answer
        double cutAnswer = 0;   ///< deliver half of the answer's first chunk, then close
    };
    struct Stats
    {
        int connections = 0;
        int requests = 0;
        int refused = 0;
        int cutRequests = 0;
        int droppedAnswers = 0;
        int cutAnswers = 0;
    };

    explicit FaultProxy(int targetPort);
    ~FaultProxy();
    FaultProxy(const FaultProxy &) = delete;
    FaultProxy &operator=(const FaultProxy &) = delete;

    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

    /// Offline: every new connection is closed at once and open ones are cut.
    void setOffline(bool offline);
    void setFaults(Faults faults, quint32 seed);
    /// One shot: the next request whose request line starts with `prefix` (e.g. "POST /v1/push")
    /// reaches the server, and its answer is dropped.
    void dropNextAnswer(const QByteArray &prefix);
    [[nodiscard]] Stats stats() const;

private:
    friend class FaultProxyWorker;
    friend class FaultProxyLink;
    /// What to do with a request whose first bytes are `head` (called on the proxy thread).
    enum class Action { Forward, CutRequest, DropAnswer, CutAnswer };
    Action decide(const QByteArray &head);
    bool isOffline() const;
    void count(int Stats::*field);

    mutable QMutex m_mutex;
    bool m_offline = false;
    Faults m_faults;
    std::mt19937 m_random{1};
    QByteArray m_dropPrefix;
    Stats m_stats;
    int m_targetPort = 0;
    int m_port = 0;
    QThread m_thread;
    FaultProxyWorker *m_worker = nullptr;  ///< lives on m_thread; deleted there when it finishes
};

} // namespace clinic::test
