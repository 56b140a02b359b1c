// The HTTP listener in process, driven by a plain TCP client.
#include "clinic/server/httplistener.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTest>

#include <gtest/gtest.h>

#if defined(Q_OS_LINUX)
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

using namespace clinic;

TEST(HttpListenerTest, answersARequestSentInTwoPartsOnALowDelaySocket)
{
    server::HttpListener listener(
        [](server::HttpRequest request, server::HttpListener::Responder respond) {
            respond(200, "text/plain", "got " + QByteArray::number(request.body.size()), {});
        },
        1 << 20);
    ASSERT_TRUE(listener.listen(QHostAddress::LocalHost, 0));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, listener.serverPort());
    ASSERT_TRUE(client.waitForConnected(5000));
    // As Qt's HTTP client sends a large body: the headers with a first part, the rest later.
    const QByteArray body(100'000, 'x');
    client.write("POST /v1/push HTTP/1.1\r\nHost: test\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body.left(32768));
    ASSERT_TRUE(client.waitForBytesWritten(5000));
    QTest::qWait(20);
    client.write(body.mid(32768));
    QByteArray answer;
    ASSERT_TRUE(QTest::qWaitFor([&] {
        answer += client.readAll();
        return answer.endsWith("got 100000");
    }, 5000)) << answer.toStdString();
    EXPECT_TRUE(answer.startsWith("HTTP/1.1 200 OK\r\n"));

#if defined(Q_OS_LINUX)
    // The server's side of the connection writes without Nagle's delay: an answer never waits
    // for the client to acknowledge an earlier segment.
    const auto sockets = listener.findChildren<QTcpSocket *>();
    ASSERT_EQ(sockets.size(), 1);
    int noDelay = 0;
    socklen_t size = sizeof noDelay;
    ASSERT_EQ(getsockopt(int(sockets.first()->socketDescriptor()), IPPROTO_TCP, TCP_NODELAY, &noDelay, &size), 0);
    EXPECT_EQ(noDelay, 1);
#endif
}
