#include "support/faultproxy.h"

#include <QMutexLocker>
#include <QPointer>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>

namespace clinic::test {

/// One client connection and its connection to the server. Lives on the proxy thread.
class FaultProxyLink : public QObject
{
public:
    FaultProxyLink(FaultProxy &proxy, QTcpSocket *client, int targetPort, QObject *parent)
        : QObject(parent), m_proxy(proxy), m_client(client), m_server(new QTcpSocket(this))
    {
        client->setParent(this);
        connect(m_client, &QTcpSocket::readyRead, this, &FaultProxyLink::fromClient);
        connect(m_server, &QTcpSocket::readyRead, this, &FaultProxyLink::fromServer);
        connect(m_server, &QTcpSocket::connected, this, [this] {
            m_server->write(m_pending);
            m_pending.clear();
        });
        connect(m_client, &QTcpSocket::disconnected, this, &FaultProxyLink::close);
        connect(m_server, &QTcpSocket::disconnected, this, &FaultProxyLink::close);
        connect(m_server, &QTcpSocket::errorOccurred, this, &FaultProxyLink::close);
        m_server->connectToHost(QHostAddress::LocalHost, quint16(targetPort));
    }

    void close()
    {
        if (m_closed)
            return;
        m_closed = true;
        m_client->abort();
        m_server->abort();
        deleteLater();
    }

private:
    static bool startsRequest(const QByteArray &chunk)
    {
        for (const char *method : {"GET ", "POST ", "PUT ", "DELETE ", "HEAD "}) {
            if (chunk.startsWith(method))
                return true;
        }
        return false;
    }

    void fromClient()
    {
        const QByteArray chunk = m_client->readAll();
        if (m_proxy.isOffline())
            return close();
        if (startsRequest(chunk)) {
            switch (m_proxy.decide(chunk.left(128))) {
            case FaultProxy::Action::CutRequest:
                return close();
            case FaultProxy::Action::DropAnswer:
                m_dropAnswer = true;
                break;
            case FaultProxy::Action::CutAnswer:
                m_cutAnswer = true;
                break;
            case FaultProxy::Action::Forward:
                break;
            }
        }
        if (m_server->state() == QAbstractSocket::ConnectedState)
            m_server->write(chunk);
        else
            m_pending += chunk;
    }

    void fromServer()
    {
        const QByteArray chunk = m_server->readAll();
        if (m_proxy.isOffline() || m_dropAnswer)
            return close();  // the server has committed and answered; the desk never hears it
        if (m_cutAnswer) {
            m_client->write(chunk.left(chunk.size() / 2));
            m_client->flush();
            return close();
        }
        m_client->write(chunk);
    }

    FaultProxy &m_proxy;
    QTcpSocket *m_client;
    QTcpSocket *m_server;
    QByteArray m_pending;
    bool m_dropAnswer = false;
    bool m_cutAnswer = false;
    bool m_closed = false;
};

class FaultProxyWorker : public QObject
{
public:
    explicit FaultProxyWorker(FaultProxy &proxy) : m_proxy(proxy) {}

    int listen()
    {
        m_listener = new QTcpServer(this);
        m_listener->listen(QHostAddress::LocalHost, 0);
        connect(m_listener, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_listener->nextPendingConnection()) {
                m_proxy.count(&FaultProxy::Stats::connections);
                if (m_proxy.isOffline()) {
                    m_proxy.count(&FaultProxy::Stats::refused);
                    client->abort();
                    client->deleteLater();
                    continue;
                }
                m_links.removeAll(nullptr);
                m_links << new FaultProxyLink(m_proxy, client, m_proxy.m_targetPort, this);
            }
        });
        return m_listener->serverPort();
    }

    void cutAll()
    {
        for (const QPointer<FaultProxyLink> &link : std::as_const(m_links)) {
            if (link)
                link->close();
        }
    }

private:
    FaultProxy &m_proxy;
    QTcpServer *m_listener = nullptr;
    QList<QPointer<FaultProxyLink>> m_links;  ///< children of this worker; null once deleted
};

FaultProxy::FaultProxy(int targetPort) : m_targetPort(targetPort)
{
    m_thread.setObjectName(QStringLiteral("fault-proxy"));
    m_thread.start();
    m_worker = new FaultProxyWorker(*this);
    m_worker->moveToThread(&m_thread);
    QMetaObject::invokeMethod(m_worker, [this] { m_port = m_worker->listen(); }, Qt::BlockingQueuedConnection);
}

FaultProxy::~FaultProxy()
{
    QMetaObject::invokeMethod(m_worker, [this] { delete m_worker; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void FaultProxy::setOffline(bool offline)
{
    {
        QMutexLocker lock(&m_mutex);
        m_offline = offline;
    }
    if (offline)
        QMetaObject::invokeMethod(m_worker, [this] { m_worker->cutAll(); }, Qt::BlockingQueuedConnection);
}

void FaultProxy::setFaults(Faults faults, quint32 seed)
{
    QMutexLocker lock(&m_mutex);
    m_faults = faults;
    m_random.seed(seed);
}

void FaultProxy::dropNextAnswer(const QByteArray &prefix)
{
    QMutexLocker lock(&m_mutex);
    m_dropPrefix = prefix;
}

FaultProxy::Stats FaultProxy::stats() const
{
    QMutexLocker lock(&m_mutex);
    return m_stats;
}

FaultProxy::Action FaultProxy::decide(const QByteArray &head)
{
    QMutexLocker lock(&m_mutex);
    ++m_stats.requests;
    if (!m_dropPrefix.isEmpty() && head.startsWith(m_dropPrefix)) {
        m_dropPrefix.clear();
        ++m_stats.droppedAnswers;
        return Action::DropAnswer;
    }
    const double roll = std::uniform_real_distribution<double>(0.0, 1.0)(m_random);
    if (roll < m_faults.cutRequest) {
        ++m_stats.cutRequests;
        return Action::CutRequest;
    }
    if (roll < m_faults.cutRequest + m_faults.dropAnswer) {
        ++m_stats.droppedAnswers;
        return Action::DropAnswer;
    }
    if (roll < m_faults.cutRequest + m_faults.dropAnswer + m_faults.cutAnswer) {
        ++m_stats.cutAnswers;
        return Action::CutAnswer;
    }
    return Action::Forward;
}

bool FaultProxy::isOffline() const
{
    QMutexLocker lock(&m_mutex);
    return m_offline;
}

void FaultProxy::count(int Stats::*field)
{
    QMutexLocker lock(&m_mutex);
    ++(m_stats.*field);
}

} // namespace clinic::test
