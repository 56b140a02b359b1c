#pragma once

#include <QByteArray>
#include <QUrlQuery>

#include <map>

namespace clinic::server {

/// One parsed HTTP/1.1 request. Header names are lower-case.
struct HttpRequest
{
    QByteArray method;
    QByteArray path;
    QUrlQuery query;
    std::map<QByteArray, QByteArray> headers;
    QByteArray body;
    bool keepAlive = true;

    [[nodiscard]] QByteArray header(const char *name) const
    {
        const auto it = headers.find(QByteArray(name));
        return it == headers.end() ? QByteArray() : it->second;
    }
};

} // namespace clinic::server
