#include "support/serverprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTcpSocket>

namespace clinic::test {

nlohmann::json HttpReply::json() const
{
    return nlohmann::json::parse(body.constBegin(), body.constEnd(), nullptr, false);
}

QByteArray HttpReply::header(const char *name) const
{
    for (const auto &[n, v] : headers) {
        if (n.compare(QByteArray(name), Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

HttpReply rawRequest(int port, const QByteArray &bytes, int timeoutMs)
{
    HttpReply reply;
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(port));
    if (!socket.waitForConnected(timeoutMs))
        return reply;
    socket.write(bytes);
    socket.waitForBytesWritten(timeoutMs);
    QByteArray data;
    QElapsedTimer timer;
    timer.start();
    qsizetype headerEnd = -1;
    qint64 length = -1;
    while (timer.elapsed() < timeoutMs) {
        if (headerEnd < 0) {
            headerEnd = data.indexOf("\r\n\r\n");
            if (headerEnd >= 0) {
                const QList<QByteArray> lines = data.left(headerEnd).split('\n');
                reply.status = lines.value(0).split(' ').value(1).toInt();
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const QByteArray line = lines.at(i).trimmed();
                    const qsizetype colon = line.indexOf(':');
                    if (colon > 0)
                        reply.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
                }
                length = reply.header("content-length").toLongLong();
            }
        }
        if (headerEnd >= 0 && data.size() >= headerEnd + 4 + length) {
            reply.body = data.mid(headerEnd + 4, length);
            return reply;
        }
        if (!socket.waitForReadyRead(100) && socket.state() != QAbstractSocket::ConnectedState)
            break;
        data += socket.readAll();
    }
    if (headerEnd < 0)
        reply.status = 0;
    return reply;
}

HttpReply request(int port, const QByteArray &method, const QByteArray &target, const QByteArray &body,
                  const QByteArray &token, const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    QByteArray out = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
    out += "X-ClinicDesk-Protocol: 1\r\n";
    if (!token.isEmpty())
        out += "Authorization: Bearer " + token + "\r\n";
    bool hasType = false;
    for (const auto &[n, v] : extraHeaders) {
        out += n + ": " + v + "\r\n";
        hasType = hasType || n.compare("content-type", Qt::CaseInsensitive) == 0;
    }
    if (method == "POST") {
        if (!hasType)
            out += "Content-Type: application/json\r\n";
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    out += "\r\n" + body;
    return rawRequest(port, out);
}

ServerProcess::ServerProcess(QString databaseUrl, QStringList extraArguments)
    : m_url(std::move(databaseUrl)), m_extra(std::move(extraArguments))
{
}

ServerProcess::~ServerProcess()
{
    terminate();
    if (!m_logPath.isEmpty())
        QFile::remove(m_logPath);
}

bool ServerProcess::start(QString *output)
{
    // The server logs every request; its output goes to a file so that a test which does not run
    // an event loop for a while can never block the server on a full pipe.
    static int s_started = 0;
    if (m_logPath.isEmpty())
        m_logPath = QDir::temp().filePath(
            QStringLiteral("clinicdesk-server-%1-%2.log").arg(QCoreApplication::applicationPid()).arg(++s_started));
    const qsizetype before = output_().size();  // an earlier run's "listening on" does not count
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(m_logPath, QIODevice::Append);
    QStringList args{QStringLiteral("--db"), m_url, QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--threads"),
                     QStringLiteral("4")};
    args += m_extra;
    m_process->start(QStringLiteral(CLINICDESK_SERVER_BINARY), args);
    static const QRegularExpression listening(QStringLiteral("listening on [0-9.]+:(\\d+)"));
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 20000) {
        m_process->waitForFinished(50);
        const auto match = listening.match(output_().mid(before));
        if (match.hasMatch()) {
            m_port = match.captured(1).toInt();
            return true;
        }
        if (m_process->state() == QProcess::NotRunning)
            break;
    }
    if (output)
        *output = output_();
    return false;
}

QString ServerProcess::output()
{
    return output_();
}

QString ServerProcess::output_() const
{
    QFile log(m_logPath);
    return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
}

void ServerProcess::kill()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(10000);
    }
}

void ServerProcess::terminate()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(15000))
            kill();
    }
}

QString ServerProcess::admin(const QString &databaseUrl, const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral(CLINICDESK_SERVER_BINARY), QStringList{QStringLiteral("--db"), databaseUrl, QStringLiteral("admin")} + arguments);
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed().split(QLatin1Char('\n')).value(0);
}

QByteArray ServerProcess::enroll(qint64 clinic, const QString &deviceUid, const QString &scope)
{
    const QString code = admin(m_url, {QStringLiteral("create-enrollment"), QString::number(clinic), QStringLiteral("--scope"), scope});
    const nlohmann::json body = {{"code", code.toStdString()}, {"deviceId", deviceUid.toStdString()}, {"deviceName", "Test desk"}};
    const HttpReply reply = request(m_port, "POST", "/v1/enroll", QByteArray::fromStdString(body.dump()));
    if (reply.status != 200)
        return {};
    return QByteArray::fromStdString(reply.json()["token"].get<std::string>());
}

} // namespace clinic::test
