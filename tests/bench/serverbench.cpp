// clinicdesk-server-bench: 50 devices syncing at once against the real clinicdesk-server on a
// throw-away PostgreSQL (or SQLite), over loopback HTTP; then 100,000 patient rows pushed and
// pulled into a fresh device cursor, beside COPY of the same rows into PostgreSQL. Prints JSON.
//
//   cmake --build --preset release --target clinicdesk-server-bench clinicdesk-server
//   ./build/release/tests/bench/clinicdesk-server-bench [--devices 50] [--rounds 20] [--rows 100000] [--sqlite]
#include "support/postgrescluster.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <mutex>
#include <thread>

using nlohmann::json;

namespace {

struct Reply
{
    int status = 0;
    QByteArray body;
};

/// One keep-alive connection per client thread.
class Client
{
public:
    explicit Client(int port) : m_port(port) {}
    Reply send(const QByteArray &method, const QByteArray &target, const QByteArray &body, const QByteArray &token)
    {
        if (m_socket.state() != QAbstractSocket::ConnectedState) {
            m_socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(m_port));
            if (!m_socket.waitForConnected(5000))
                return {};
        }
        QByteArray out = method + ' ' + target + " HTTP/1.1\r\nHost: x\r\nX-ClinicDesk-Protocol: 1\r\n";
        if (!token.isEmpty())
            out += "Authorization: Bearer " + token + "\r\n";
        if (method == "POST")
            out += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
        out += "\r\n" + body;
        m_socket.write(out);
        Reply reply;
        QByteArray data;
        for (;;) {
            const qsizetype end = data.indexOf("\r\n\r\n");
            if (end >= 0) {
                const qsizetype lengthAt = data.toLower().indexOf("content-length:");
                const qint64 length = data.mid(lengthAt + 15, data.indexOf('\r', lengthAt) - lengthAt - 15).trimmed().toLongLong();
                if (data.size() >= end + 4 + length) {
                    reply.status = data.mid(9, 3).toInt();
                    reply.body = data.mid(end + 4, length);
                    return reply;
                }
            }
            if (!m_socket.waitForReadyRead(30000))
                return {};
            data += m_socket.readAll();
        }
    }

private:
    int m_port;
    QTcpSocket m_socket;
};

json patientFields(int i)
{
    // About 350 bytes of JSON per row, like a real patient.
    return {{"patient_number", "P" + std::to_string(100000 + i)}, {"first_name", "Benchmark"}, {"last_name", "Patient-" + std::to_string(i)},
            {"date_of_birth", "1980-05-17"}, {"sex", "female"}, {"phone", "+9198" + std::to_string(10000000 + i)},
            {"alt_phone", ""}, {"email", "patient" + std::to_string(i) + "@example.org"}, {"address", "12 MG Road, 2nd Cross"},
            {"city", "Bengaluru"}, {"postal_code", "560001"}, {"national_id", ""}, {"referral_source", "Walk-in"},
            {"alerts", ""}, {"consent_sms", true}, {"consent_whatsapp", false}, {"consent_email", false}, {"archived", false}};
}

double percentile(std::vector<double> v, double q)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(q * double(v.size())))];
}

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed().split(QLatin1Char('\n')).value(0);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("devices"), QStringLiteral("devices syncing at once"), QStringLiteral("n"), QStringLiteral("50")},
                       {QStringLiteral("rounds"), QStringLiteral("push+pull rounds per device"), QStringLiteral("n"), QStringLiteral("20")},
                       {QStringLiteral("rows"), QStringLiteral("rows for the initial-sync figure"), QStringLiteral("n"), QStringLiteral("100000")},
                       {QStringLiteral("clinics"), QStringLiteral("clinics the devices belong to"), QStringLiteral("n"), QStringLiteral("10")},
                       {QStringLiteral("sqlite"), QStringLiteral("use the SQLite backend instead of PostgreSQL")}});
    parser.process(app);
    const int devices = parser.value(QStringLiteral("devices")).toInt();
    const int rounds = parser.value(QStringLiteral("rounds")).toInt();
    const int rows = parser.value(QStringLiteral("rows")).toInt();
    const bool sqlite = parser.isSet(QStringLiteral("sqlite"));
    const int clinicCount = std::max(1, parser.value(QStringLiteral("clinics")).toInt());

    QTemporaryDir dir;
    clinic::test::PostgresCluster pg;
    QString url;
    if (sqlite) {
        url = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("server.db"));
    } else {
        if (!pg.start()) {
            std::fprintf(stderr, "postgres: %s\n", qPrintable(pg.errorString()));
            return 1;
        }
        url = pg.url();
    }
    const QString server = QStringLiteral(CLINICDESK_SERVER_BINARY);
    QStringList clinics;
    for (int c = 0; c < clinicCount; ++c)
        clinics << run(server, {QStringLiteral("--db"), url, QStringLiteral("admin"), QStringLiteral("create-clinic"), QStringLiteral("Bench %1").arg(c)});
    QProcess serverProcess;
    // The server logs every request: to a file, so a full pipe can never block it.
    serverProcess.setStandardOutputFile(dir.filePath(QStringLiteral("server.log")));
    serverProcess.start(server, {QStringLiteral("--db"), url, QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--threads"),
                                 QStringLiteral("8"), QStringLiteral("--rate-per-minute"), QStringLiteral("1000000")});
    int port = 0;
    QByteArray startup;
    static const QRegularExpression listening(QStringLiteral("listening on [0-9.]+:(\\d+)"));
    for (int i = 0; i < 200 && port == 0; ++i) {
        QThread::msleep(100);
        QFile log(dir.filePath(QStringLiteral("server.log")));
        if (log.open(QIODevice::ReadOnly))
            startup = log.readAll();
        const auto m = listening.match(QString::fromUtf8(startup));
        if (m.hasMatch())
            port = m.captured(1).toInt();
    }
    if (port == 0) {
        std::fprintf(stderr, "server did not start: %s\n", startup.constData());
        return 1;
    }

    const auto enroll = [&](int i) {
        const QString code = run(server, {QStringLiteral("--db"), url, QStringLiteral("admin"), QStringLiteral("create-enrollment"),
                                          clinics.at(i % clinicCount)});
        Client c(port);
        const json body = {{"code", code.toStdString()}, {"deviceId", QStringLiteral("%1").arg(i + 1, 12, 16, QLatin1Char('0')).toStdString()}, {"deviceName", "bench"}};
        const Reply r = c.send("POST", "/v1/enroll", QByteArray::fromStdString(body.dump()), {});
        return QByteArray::fromStdString(json::parse(r.body.toStdString())["token"].get<std::string>());
    };
    std::vector<QByteArray> tokens;
    for (int i = 0; i < devices + 1; ++i)
        tokens.push_back(enroll(i));

    // --- 50 devices at once: each round pushes 20 patient rows and pulls what is new. -----------
    std::mutex mutex;
    std::vector<double> pushMs, pullMs;
    std::atomic<qint64> rowsPushed{0}, rowsPulled{0}, failures{0};
    QElapsedTimer wall;
    wall.start();
    std::vector<std::thread> threads;
    for (int d = 0; d < devices; ++d) {
        threads.emplace_back([&, d] {
            Client c(port);
            qint64 since = 0;
            std::vector<double> myPush, myPull;
            for (int r = 0; r < rounds; ++r) {
                json changes = json::array();
                for (int k = 0; k < 20; ++k) {
                    const int local = r * 20 + k + 1;
                    changes.push_back({{"table", "patients"}, {"localId", local}, {"hlc", (qint64(1) << 40) + local}, {"fields", patientFields(d * 100000 + local)}});
                }
                const QByteArray body = QByteArray::fromStdString(json{{"protocol", 1}, {"schema", 4}, {"changes", changes}}.dump());
                QElapsedTimer t;
                t.start();
                const Reply p = c.send("POST", "/v1/push", body, tokens[size_t(d)]);
                myPush.push_back(double(t.nsecsElapsed()) / 1e6);
                if (p.status != 200)
                    ++failures;
                rowsPushed += 20;
                t.start();
                const Reply q = c.send("GET", "/v1/pull?limit=500&since=" + QByteArray::number(since), {}, tokens[size_t(d)]);
                myPull.push_back(double(t.nsecsElapsed()) / 1e6);
                if (q.status != 200) {
                    ++failures;
                    continue;
                }
                const json page = json::parse(q.body.toStdString());
                since = page["next"].get<qint64>();
                rowsPulled += qint64(page["changes"].size());
            }
            std::lock_guard lock(mutex);
            pushMs.insert(pushMs.end(), myPush.begin(), myPush.end());
            pullMs.insert(pullMs.end(), myPull.begin(), myPull.end());
        });
    }
    for (auto &t : threads)
        t.join();
    const double seconds = double(wall.elapsed()) / 1000.0;
    std::vector<double> all = pushMs;
    all.insert(all.end(), pullMs.begin(), pullMs.end());
    std::printf("{\"bench\":\"devices_syncing_at_once\",\"backend\":\"%s\",\"devices\":%d,\"clinics\":%d,\"requests\":%zu,\"failures\":%lld,"
                "\"p50_ms\":%.1f,\"p95_ms\":%.1f,\"p99_ms\":%.1f,\"push_p95_ms\":%.1f,\"pull_p95_ms\":%.1f,"
                "\"rows_pushed_per_s\":%.0f,\"rows_pulled_per_s\":%.0f,\"target\":\"p95 < 200 ms\"}\n",
                sqlite ? "sqlite" : "postgres", devices, clinicCount, all.size(), qlonglong(failures.load()), percentile(all, 0.5),
                percentile(all, 0.95), percentile(all, 0.99), percentile(pushMs, 0.95), percentile(pullMs, 0.95),
                double(rowsPushed) / seconds, double(rowsPulled) / seconds);
    std::fflush(stdout);

    // --- Initial sync: push `rows` patient rows, then a fresh device pulls them all. ------------
    {
        Client writer(port);
        QElapsedTimer t;
        t.start();
        for (int start = 0; start < rows; start += 1000) {
            json changes = json::array();
            for (int k = start; k < std::min(rows, start + 1000); ++k)
                changes.push_back({{"table", "patients"}, {"localId", 1000000 + k}, {"hlc", (qint64(1) << 41) + k}, {"fields", patientFields(k)}});
            const Reply r = writer.send("POST", "/v1/push", QByteArray::fromStdString(json{{"protocol", 1}, {"schema", 4}, {"changes", changes}}.dump()), tokens.back());
            if (r.status != 200)
                ++failures;
        }
        const double pushSeconds = double(t.elapsed()) / 1000.0;
        const QByteArray fresh = enroll(devices + clinicCount * 7);  // same clinic as the writer
        Client reader(port);
        t.start();
        qint64 since = 0, pulled = 0, bytes = 0;
        for (;;) {
            const Reply r = reader.send("GET", "/v1/pull?limit=1000&since=" + QByteArray::number(since), {}, fresh);
            if (r.status != 200) {
                ++failures;
                break;
            }
            bytes += r.body.size();
            const json page = json::parse(r.body.toStdString());
            pulled += qint64(page["changes"].size());
            since = page["next"].get<qint64>();
            if (!page["hasMore"].get<bool>())
                break;
        }
        const double pullSeconds = double(t.elapsed()) / 1000.0;

        double copySeconds = 0;
        if (!sqlite) {
            // The physical limit: the same rows as JSON text loaded with COPY into a table of the same shape.
            QFile csv(dir.filePath(QStringLiteral("rows.tsv")));
            csv.open(QIODevice::WriteOnly);
            for (int k = 0; k < rows; ++k) {
                QByteArray data = QByteArray::fromStdString(patientFields(k).dump());
                data.replace('\\', "\\\\");
                csv.write("1\t" + QByteArray::number(k + 1) + "\tpatients\t" + data + "\t{}\tf\t" + QByteArray::number(k + 1) + "\t1\t0\t0\n");
            }
            csv.close();
            const QString psql = QStringLiteral("psql");
            const QStringList base{QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(pg.port()),
                                   QStringLiteral("-U"), QStringLiteral("clinic"), QStringLiteral("-d"), QStringLiteral("clinicdesk_test"), QStringLiteral("-q"), QStringLiteral("-c")};
            run(psql, base + QStringList{QStringLiteral("CREATE TABLE copy_limit (LIKE records INCLUDING ALL)")});
            t.start();
            run(psql, base + QStringList{QStringLiteral("\\copy copy_limit FROM '%1'").arg(csv.fileName())});
            copySeconds = double(t.elapsed()) / 1000.0;
        }
        std::printf("{\"bench\":\"initial_sync_server_side\",\"backend\":\"%s\",\"rows\":%d,\"push_s\":%.2f,\"pull_s\":%.2f,"
                    "\"pulled\":%lld,\"pull_mb\":%.1f,\"copy_s\":%.2f,\"pull_vs_copy\":%.1f,\"failures\":%lld}\n",
                    sqlite ? "sqlite" : "postgres", rows, pushSeconds, pullSeconds, qlonglong(pulled), double(bytes) / 1e6, copySeconds,
                    copySeconds > 0 ? pullSeconds / copySeconds : 0.0, qlonglong(failures.load()));
    }
    serverProcess.terminate();
    serverProcess.waitForFinished(10000);
    return failures == 0 ? 0 : 2;
}
