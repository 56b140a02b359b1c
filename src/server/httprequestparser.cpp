#include "clinic/server/httprequestparser.h"

#include <QUrl>

namespace clinic::server {

HttpRequestParser::HttpRequestParser(qint64 maxBodyBytes, int maxHeaderBytes)
    : m_maxBody(maxBodyBytes), m_maxHeader(maxHeaderBytes)
{
}

void HttpRequestParser::reset()
{
    m_haveHead = false;
    m_contentLength = 0;
    m_request = HttpRequest{};
    m_errorStatus = 0;
    m_errorMessage.clear();
}

HttpRequestParser::State HttpRequestParser::fail(int status, const char *message)
{
    m_errorStatus = status;
    m_errorMessage = message;
    return State::Error;
}

HttpRequestParser::State HttpRequestParser::parseHead(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QByteArray requestLine = lines.value(0).trimmed();
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3)
        return fail(400, "malformed request line");
    const QByteArray &method = parts.at(0);
    for (const char c : method) {
        if (c < 'A' || c > 'Z')
            return fail(400, "malformed method");
    }
    if (method.isEmpty() || method.size() > 16)
        return fail(400, "malformed method");
    if (parts.at(2) != "HTTP/1.1" && parts.at(2) != "HTTP/1.0")
        return fail(505, "only HTTP/1.0 and HTTP/1.1 are supported");
    const QByteArray &target = parts.at(1);
    if (!target.startsWith('/') || target.size() > 4096)
        return fail(400, "malformed request target");
    const QUrl url = QUrl::fromEncoded(QByteArray("http://host") + target, QUrl::StrictMode);
    if (!url.isValid())
        return fail(400, "malformed request target");
    m_request.method = method;
    m_request.path = url.path(QUrl::FullyEncoded).toLatin1();
    m_request.query = QUrlQuery(url);
    m_request.keepAlive = parts.at(2) == "HTTP/1.1";

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).endsWith('\r') ? lines.at(i).chopped(1) : lines.at(i);
        if (line.isEmpty())
            continue;
        if (line.startsWith(' ') || line.startsWith('\t'))
            return fail(400, "obsolete header folding");
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return fail(400, "malformed header");
        const QByteArray name = line.left(colon).toLower();
        for (const char c : name) {
            if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_'))
                return fail(400, "malformed header name");
        }
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length" && m_request.headers.count(name) && m_request.headers[name] != value)
            return fail(400, "conflicting Content-Length");
        m_request.headers[name] = value;
    }
    if (m_request.headers.count("transfer-encoding"))
        return fail(501, "chunked bodies are not supported; send Content-Length");
    const QByteArray connection = m_request.header("connection").toLower();
    if (connection == "close")
        m_request.keepAlive = false;
    else if (connection == "keep-alive")
        m_request.keepAlive = true;
    if (const QByteArray length = m_request.header("content-length"); !length.isEmpty()) {
        bool ok = false;
        m_contentLength = length.toLongLong(&ok);
        if (!ok || m_contentLength < 0)
            return fail(400, "malformed Content-Length");
        for (const char c : length) {
            if (c < '0' || c > '9')
                return fail(400, "malformed Content-Length");
        }
        if (m_contentLength > m_maxBody)
            return fail(413, "the body is too large");
    } else if (m_request.method == "POST" || m_request.method == "PUT") {
        return fail(411, "Content-Length is required");
    }
    m_haveHead = true;
    return State::NeedMore;
}

HttpRequestParser::State HttpRequestParser::feed(QByteArray &buffer)
{
    if (m_errorStatus)
        return State::Error;
    if (!m_haveHead) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (buffer.size() > m_maxHeader)
                return fail(431, "the request header is too large");
            return State::NeedMore;
        }
        if (end > m_maxHeader)
            return fail(431, "the request header is too large");
        const QByteArray head = buffer.left(end);
        buffer.remove(0, end + 4);
        if (parseHead(head) == State::Error)
            return State::Error;
    }
    if (buffer.size() < m_contentLength)
        return State::NeedMore;
    m_request.body = buffer.left(m_contentLength);
    buffer.remove(0, m_contentLength);
    return State::Complete;
}

HttpRequest HttpRequestParser::takeRequest()
{
    HttpRequest request = std::move(m_request);
    reset();
    return request;
}

} // namespace clinic::server
