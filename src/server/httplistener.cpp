#include "clinic/server/httplistener.h"

#include "clinic/server/httprequestparser.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSslSocket>
#include <QTimer>

#include <memory>

#if defined(Q_OS_LINUX)
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

namespace clinic::server {
namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 411: return "Length Required";
    case 413: return "Payload Too Large";
    case 415: return "Unsupported Media Type";
    case 426: return "Upgrade Required";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    case 505: return "HTTP Version Not Supported";
    default: return "Status";
    }
}

constexpr int kIdleTimeoutMs = 75'000;

/// One client connection. Owned by its socket (deleted with it); lives in the listener's thread.
class Connection : public QObject
{
public:
    Connection(QTcpSocket *socket, HttpListener::Handler handler, qint64 maxBody, int *counter)
        : QObject(socket), m_socket(socket), m_handler(std::move(handler)), m_parser(maxBody), m_counter(counter)
    {
        ++*m_counter;
        m_idle.setSingleShot(true);
        m_idle.setInterval(kIdleTimeoutMs);
        connect(&m_idle, &QTimer::timeout, socket, &QTcpSocket::disconnectFromHost);
        connect(socket, &QTcpSocket::readyRead, this, [this] { onReadable(); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        // Answers go out whole at once (no waiting for the client's acknowledgement of an
        // earlier segment: with the client's delayed ACK that wait is 40 ms).
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        acknowledgeAtOnce();
        m_idle.start();
    }
    ~Connection() override { --*m_counter; }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

private:
    void onReadable()
    {
        acknowledgeAtOnce();
        m_buffer += m_socket->readAll();
        m_idle.start();
        process();
    }

    void process()
    {
        if (m_busy)
            return;  // one request at a time; the rest waits in the buffer
        const auto state = m_parser.feed(m_buffer);
        if (state == HttpRequestParser::State::NeedMore)
            return;
        if (state == HttpRequestParser::State::Error) {
            const QByteArray body = "{\"error\":{\"code\":\"bad_http\",\"message\":\"" + m_parser.errorMessage() + "\"}}";
            write(m_parser.errorStatus(), "application/json", body, {}, false);
            return;
        }
        HttpRequest request = m_parser.takeRequest();
        m_busy = true;
        m_keepAlive = request.keepAlive;
        QPointer<Connection> self(this);
        auto answered = std::make_shared<std::atomic_bool>(false);
        HttpListener::Responder respond = [self, answered](int status, const QByteArray &type, const QByteArray &body,
                                                          const HttpListener::Headers &headers) {
            if (answered->exchange(true))
                return;  // exactly once
            // Marshal to the connection's thread; if the client left, nothing is written.
            QMetaObject::invokeMethod(
                qApp, [self, status, type, body, headers] {
                    if (Connection *connection = self.data())
                        connection->finish(status, type, body, headers);
                },
                Qt::QueuedConnection);
        };
        m_handler(std::move(request), std::move(respond));
    }

    void finish(int status, const QByteArray &type, const QByteArray &body, const HttpListener::Headers &headers)
    {
        write(status, type, body, headers, m_keepAlive);
        m_busy = false;
        if (m_keepAlive && m_socket->state() == QAbstractSocket::ConnectedState)
            process();  // a pipelined request may be waiting
    }

    void write(int status, const QByteArray &type, const QByteArray &body, const HttpListener::Headers &headers, bool keepAlive)
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
        out += "Content-Type: " + type + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
        for (const auto &[name, value] : headers)
            out += name + ": " + value + "\r\n";
        out += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
        out += body;
        m_socket->write(out);
        if (!keepAlive)
            m_socket->disconnectFromHost();
    }

    /// Asks the kernel to acknowledge what arrives next at once instead of delaying the ACK.
    /// Qt's HTTP client sends a request's headers with the first 32 KiB of its body and the rest
    /// in a later write, with Nagle's algorithm on: that rest waits for our ACK of the first part,
    /// which Linux would hold back up to 40 ms while the server has nothing to send (measured: a
    /// 200-row push answered in 14 ms took 58 ms at the desk). Linux re-enters delayed-ACK mode
    /// on its own, so this is repeated at every read. Elsewhere a no-op.
    void acknowledgeAtOnce()
    {
#ifdef TCP_QUICKACK
        const int one = 1;
        setsockopt(int(m_socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one);
#endif
    }

    QTcpSocket *m_socket;
    HttpListener::Handler m_handler;
    HttpRequestParser m_parser;
    QByteArray m_buffer;
    QTimer m_idle;
    bool m_busy = false;
    bool m_keepAlive = true;
    int *m_counter;
};

} // namespace

HttpListener::HttpListener(Handler handler, qint64 maxBodyBytes, QObject *parent)
    : QTcpServer(parent), m_handler(std::move(handler)), m_maxBody(maxBodyBytes)
{
}

void HttpListener::setTls(const QSslCertificate &certificate, const QSslKey &key)
{
    m_certificate = certificate;
    m_key = key;
}

void HttpListener::incomingConnection(qintptr socketDescriptor)
{
    QTcpSocket *socket = nullptr;
    if (!m_certificate.isNull()) {
        auto *ssl = new QSslSocket(this);
        if (!ssl->setSocketDescriptor(socketDescriptor)) {
            delete ssl;
            return;
        }
        ssl->setLocalCertificate(m_certificate);
        ssl->setPrivateKey(m_key);
        connect(ssl, &QSslSocket::sslErrors, ssl, [ssl](const QList<QSslError> &) { ssl->disconnectFromHost(); });
        ssl->startServerEncryption();
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(socketDescriptor)) {
            delete socket;
            return;
        }
    }
    new Connection(socket, m_handler, m_maxBody, &m_connections);
}

} // namespace clinic::server
