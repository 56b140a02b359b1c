#pragma once

#include "clinic/server/httprequest.h"

#include <QList>
#include <QPair>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>

#include <functional>

namespace clinic::server {

/// A small HTTP/1.1 server on QTcpServer (plain or TLS), the only place that speaks HTTP.
///
/// Why not Qt HttpServer: in Qt 6.4 it completes an asynchronous (QFuture) response through a
/// continuation that holds the request by reference, which dangles when the answer comes later
/// (long-polls crashed it), and it buffers whole bodies before any handler can refuse them.
///
/// Threads: the listener and its connections live in the thread that created them (the main
/// thread). The handler is called there and must return at once (hand work to a pool); the
/// Responder it gets may be called from any thread, exactly once; the answer is written on the
/// connection's thread, or dropped if the client has gone. One request at a time per connection.
class HttpListener : public QTcpServer
{
    Q_OBJECT
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    using Responder = std::function<void(int status, const QByteArray &contentType, const QByteArray &body,
                                         const Headers &headers)>;
    using Handler = std::function<void(HttpRequest request, Responder respond)>;

    HttpListener(Handler handler, qint64 maxBodyBytes, QObject *parent = nullptr);

    /// Serve HTTPS with this certificate and key.
    void setTls(const QSslCertificate &certificate, const QSslKey &key);
    /// Connections open now (for /metrics).
    [[nodiscard]] int connectionCount() const { return m_connections; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    Handler m_handler;
    qint64 m_maxBody;
    QSslCertificate m_certificate;
    QSslKey m_key;
    int m_connections = 0;
};

} // namespace clinic::server
