#pragma once

#include "clinic/server/httprequest.h"

#include <QByteArray>

namespace clinic::server {

/// Incremental, bounded HTTP/1.1 request parser: feed it bytes as they arrive; it never buffers
/// more than the header limit plus the body limit, and rejects what it does not support with the
/// status to answer (400, 411, 413, 431, 501, 505). Pure and single-threaded; fuzzed.
class HttpRequestParser
{
public:
    enum class State { NeedMore, Complete, Error };

    HttpRequestParser(qint64 maxBodyBytes, int maxHeaderBytes = 16 * 1024);

    /// Consumes bytes from the front of `buffer` (leaving any following request's bytes).
    State feed(QByteArray &buffer);
    /// The request, valid after Complete; take it before the next feed().
    [[nodiscard]] HttpRequest takeRequest();
    [[nodiscard]] int errorStatus() const { return m_errorStatus; }
    [[nodiscard]] const QByteArray &errorMessage() const { return m_errorMessage; }
    /// Ready for the next request on the same connection.
    void reset();

private:
    State fail(int status, const char *message);
    State parseHead(const QByteArray &head);

    qint64 m_maxBody;
    int m_maxHeader;
    bool m_haveHead = false;
    qint64 m_contentLength = 0;
    HttpRequest m_request;
    int m_errorStatus = 0;
    QByteArray m_errorMessage;
};

} // namespace clinic::server
