#pragma once

#include <QString>

namespace clinic::protocol {

/// An error as it travels on the wire: {"error": {"code": "...", "message": "...", "field": "..."}}.
/// `code` is machine-readable and stable (listed in docs/sync-protocol.md); `message` is for people.
struct WireError
{
    int httpStatus = 400;
    QString code;
    QString message;
    QString field;  ///< the offending field or path, when there is one

    static WireError make(int status, const char *code, QString message, QString field = {})
    {
        return WireError{status, QLatin1String(code), std::move(message), std::move(field)};
    }
};

} // namespace clinic::protocol
