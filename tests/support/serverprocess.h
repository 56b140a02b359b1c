#pragma once
// Runs the real clinicdesk-server binary on a loopback port for integration tests, and a small
// blocking HTTP client that can also send deliberately broken requests.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QProcess>
#include <QString>

#include <nlohmann/json.hpp>

#include <memory>

namespace clinic::test {

struct HttpReply
{
    int status = 0;  ///< 0 = no answer (connection failed or closed)
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    [[nodiscard]] nlohmann::json json() const;
    [[nodiscard]] QByteArray header(const char *name) const;
};

/// Sends raw bytes to 127.0.0.1:port and reads one HTTP response (blocking, with a timeout).
HttpReply rawRequest(int port, const QByteArray &bytes, int timeoutMs = 15000);
/// A well-formed request with the usual headers.
HttpReply request(int port, const QByteArray &method, const QByteArray &target, const QByteArray &body = {},
                  const QByteArray &token = {}, const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});

class ServerProcess
{
public:
    explicit ServerProcess(QString databaseUrl, QStringList extraArguments = {});
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    /// Starts the server and waits for its "listening on" line. False with the output on failure.
    bool start(QString *output = nullptr);
    void kill();       ///< SIGKILL: no chance to clean up
    void terminate();  ///< SIGTERM and wait
    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] QString output();

    /// Runs `clinicdesk-server --db URL admin ...` and returns its first output line.
    static QString admin(const QString &databaseUrl, const QStringList &arguments);
    /// Creates an enrollment code in `clinic` and enrolls a device through HTTP; returns the token.
    QByteArray enroll(qint64 clinic, const QString &deviceUid, const QString &scope = QStringLiteral("full"));

private:
    [[nodiscard]] QString output_() const;

    QString m_url;
    QStringList m_extra;
    QString m_logPath;  ///< the server's stdout and stderr, appended across restarts
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
};

} // namespace clinic::test
