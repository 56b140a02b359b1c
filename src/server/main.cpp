// clinicdesk-server: the central REST backend. Serves the sync API, or runs one admin command.
//
//   clinicdesk-server --db sqlite:/var/lib/clinicdesk/server.db [--listen 0.0.0.0] [--port 8080]
//   clinicdesk-server --db postgres://clinicdesk@db/clinicdesk --tls-cert cert.pem --tls-key key.pem
//   clinicdesk-server --db URL admin create-clinic "Sunrise Physio"
//   clinicdesk-server --db URL admin create-enrollment CLINIC_ID [--scope front_desk] [--ttl-hours 72]
//   clinicdesk-server --db URL admin list-devices CLINIC_ID
//   clinicdesk-server --db URL admin revoke-device CLINIC_ID DEVICE_ID
//   clinicdesk-server --db URL --migrate-only | --check-config
#include "clinic/log/logging.h"
#include "clinic/server/httpapi.h"
#include "clinic/server/serverconfig.h"
#include "clinic/server/serverstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSettings>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>

#include <spdlog/spdlog.h>

#include <csignal>
#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace clinic;

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "clinicdesk-server: " << message << Qt::endl;
    return 1;
}

#ifdef Q_OS_UNIX
int g_signalPipe[2] = {-1, -1};
void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &c, 1);
}
#endif

server::ServerConfig loadConfig(const QCommandLineParser &args)
{
    server::ServerConfig config;
    // Lowest precedence first: INI file, then CLINICDESK_* environment, then flags.
    const auto apply = [&](const QString &key, const QString &value) {
        if (value.isEmpty())
            return;
        if (key == QLatin1String("db")) config.databaseUrl = value;
        else if (key == QLatin1String("listen")) config.listenAddress = value;
        else if (key == QLatin1String("port")) config.port = value.toInt();
        else if (key == QLatin1String("tls-cert")) config.tlsCertificate = value;
        else if (key == QLatin1String("tls-key")) config.tlsKey = value;
        else if (key == QLatin1String("max-body-bytes")) config.maxBodyBytes = value.toLongLong();
        else if (key == QLatin1String("max-rows")) config.maxRowsPerPush = value.toInt();
        else if (key == QLatin1String("max-pull-rows")) config.maxPullRows = value.toInt();
        else if (key == QLatin1String("rate-per-minute")) config.requestsPerMinute = value.toInt();
        else if (key == QLatin1String("long-poll-seconds")) config.longPollMaxSeconds = value.toInt();
        else if (key == QLatin1String("threads")) config.workerThreads = value.toInt();
    };
    const QStringList keys{QStringLiteral("db"), QStringLiteral("listen"), QStringLiteral("port"), QStringLiteral("tls-cert"),
                           QStringLiteral("tls-key"), QStringLiteral("max-body-bytes"), QStringLiteral("max-rows"),
                           QStringLiteral("max-pull-rows"), QStringLiteral("rate-per-minute"), QStringLiteral("long-poll-seconds"), QStringLiteral("threads")};
    if (args.isSet(QStringLiteral("config"))) {
        QSettings ini(args.value(QStringLiteral("config")), QSettings::IniFormat);
        for (const QString &key : keys)
            apply(key, ini.value(key).toString());
    }
    for (const QString &key : keys)
        apply(key, qEnvironmentVariable(qPrintable(QStringLiteral("CLINICDESK_") + key.toUpper().replace(QLatin1Char('-'), QLatin1Char('_')))));
    for (const QString &key : keys) {
        if (args.isSet(key))
            apply(key, args.value(key));
    }
    return config;
}

QString checkConfig(const server::ServerConfig &c)
{
    if (c.databaseUrl.isEmpty())
        return QStringLiteral("no database: set --db, CLINICDESK_DB or db= in the config file");
    if (c.port < 0 || c.port > 65535)
        return QStringLiteral("port must be 0..65535");
    if (c.maxBodyBytes < 1024 || c.maxRowsPerPush < 1 || c.maxPullRows < 1 || c.maxPullRows > server::ServerStore::kMaxPullRows || c.requestsPerMinute < 1
        || c.longPollMaxSeconds < 0
        || c.longPollMaxSeconds > 300 || c.workerThreads < 1 || c.workerThreads > 256)
        return QStringLiteral("a limit is out of range (max-body-bytes >= 1024, max-rows >= 1, max-pull-rows 1..10000, rate-per-minute >= 1, "
                              "long-poll-seconds 0..300, threads 1..256)");
    if (c.tlsCertificate.isEmpty() != c.tlsKey.isEmpty())
        return QStringLiteral("HTTPS needs both --tls-cert and --tls-key");
    return {};
}

int admin(server::ServerStore &store, const QStringList &words, const QCommandLineParser &args)
{
    QTextStream out(stdout);
    const QString command = words.value(1);
    bool ok = false;
    if (command == QLatin1String("create-clinic") && words.size() == 3) {
        const auto id = store.createClinic(words.at(2));
        if (!id)
            return fail(id.error().message());
        out << id.value() << Qt::endl;
        return 0;
    }
    const qint64 clinic = words.value(2).toLongLong(&ok);
    if (command == QLatin1String("create-enrollment") && ok) {
        const QString scope = args.isSet(QStringLiteral("scope")) ? args.value(QStringLiteral("scope")) : QStringLiteral("full");
        const qint64 hours = args.isSet(QStringLiteral("ttl-hours")) ? args.value(QStringLiteral("ttl-hours")).toLongLong() : 72;
        const auto code = store.createEnrollmentCode(clinic, scope, hours * 3600);
        if (!code)
            return fail(code.error().message());
        out << code.value() << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("list-devices") && ok) {
        const auto devices = store.listDevices(clinic);
        if (!devices)
            return fail(devices.error().message());
        for (const QString &line : devices.value())
            out << line << Qt::endl;
        return 0;
    }
    bool deviceOk = false;
    const qint64 device = words.value(3).toLongLong(&deviceOk);
    if (command == QLatin1String("revoke-device") && ok && deviceOk) {
        if (auto revoked = store.revokeDevice(clinic, device); !revoked)
            return fail(revoked.error().message());
        out << "revoked" << Qt::endl;
        return 0;
    }
    return fail(QStringLiteral("usage: admin create-clinic NAME | create-enrollment CLINIC [--scope full|front_desk] "
                               "[--ttl-hours N] | list-devices CLINIC | revoke-device CLINIC DEVICE"));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("clinicdesk-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLINICDESK_VERSION));
    log::installQtMessageHandler();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("ClinicDesk sync server"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("admin"), QStringLiteral("admin COMMAND ... (see --help)"));
    parser.addOptions({
        {QStringLiteral("config"), QStringLiteral("INI file with the settings below."), QStringLiteral("file")},
        {QStringLiteral("db"), QStringLiteral("sqlite:/path or postgres://user@host:port/db (env CLINICDESK_DB)."), QStringLiteral("url")},
        {QStringLiteral("listen"), QStringLiteral("Address to listen on (default 127.0.0.1)."), QStringLiteral("address")},
        {QStringLiteral("port"), QStringLiteral("Port (default 8080; 0 = any free port, printed on start)."), QStringLiteral("port")},
        {QStringLiteral("tls-cert"), QStringLiteral("PEM certificate for HTTPS."), QStringLiteral("file")},
        {QStringLiteral("tls-key"), QStringLiteral("PEM private key for HTTPS."), QStringLiteral("file")},
        {QStringLiteral("max-body-bytes"), QStringLiteral("Largest request body (default 4 MiB)."), QStringLiteral("n")},
        {QStringLiteral("max-rows"), QStringLiteral("Most rows per push (default 1000)."), QStringLiteral("n")},
        {QStringLiteral("max-pull-rows"), QStringLiteral("Most rows per pull page (default 8000)."), QStringLiteral("n")},
        {QStringLiteral("rate-per-minute"), QStringLiteral("Requests per minute per device (default 600)."), QStringLiteral("n")},
        {QStringLiteral("long-poll-seconds"), QStringLiteral("Longest pull wait (default 30)."), QStringLiteral("n")},
        {QStringLiteral("threads"), QStringLiteral("Worker threads (default 8)."), QStringLiteral("n")},
        {QStringLiteral("scope"), QStringLiteral("admin create-enrollment: full or front_desk."), QStringLiteral("scope")},
        {QStringLiteral("ttl-hours"), QStringLiteral("admin create-enrollment: hours the code is valid (default 72)."), QStringLiteral("n")},
        {QStringLiteral("migrate-only"), QStringLiteral("Apply migrations and exit.")},
        {QStringLiteral("check-config"), QStringLiteral("Check the configuration and the database, then exit.")},
    });
    parser.process(app);
    // Serving: JSON log lines on stdout (for the journal or a collector). Admin commands keep
    // stdout for their answer and log to stderr.
    if (parser.positionalArguments().isEmpty() && !parser.isSet(QStringLiteral("migrate-only"))
        && !parser.isSet(QStringLiteral("check-config")))
        log::useStdoutJson();
    const server::ServerConfig config = loadConfig(parser);
    if (const QString problem = checkConfig(config); !problem.isEmpty())
        return fail(problem);

    auto opened = server::ServerStore::open(config.databaseUrl);
    if (!opened)
        return fail(opened.error().message());
    server::ServerStore &store = *opened.value();
    if (auto migrated = store.migrate(); !migrated)
        return fail(migrated.error().message());
    if (parser.isSet(QStringLiteral("migrate-only")) || parser.isSet(QStringLiteral("check-config"))) {
        QTextStream(stdout) << "ok: " << store.dialectName() << " database migrated" << Qt::endl;
        return 0;
    }
    const QStringList words = parser.positionalArguments();
    if (!words.isEmpty()) {
        if (words.first() != QLatin1String("admin"))
            return fail(QStringLiteral("unknown command '%1'").arg(words.first()));
        return admin(store, words, parser);
    }

    server::HttpApi api(store, config);
    QString error;
    const quint16 port = api.listen(&error);
    if (port == 0)
        return fail(error);
    // Tests and scripts read this line to learn the port.
    QTextStream(stdout) << "listening on " << config.listenAddress << ":" << port
                        << (config.tlsCertificate.isEmpty() ? " (http)" : " (https)") << Qt::endl;

#ifdef Q_OS_UNIX
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [&api, &app] {
            char c = 0;
            [[maybe_unused]] const auto n = ::read(g_signalPipe[0], &c, 1);
            log::logger("clinic.server.main")->info("shutting down: finishing requests, releasing long-polls");
            api.shutdown();
            // Let the answers just queued (released long-polls, finished requests) reach their
            // sockets before the event loop stops.
            QTimer::singleShot(300, &app, &QCoreApplication::quit);
        });
        std::signal(SIGTERM, onSignal);
        std::signal(SIGINT, onSignal);
    }
#endif
    return app.exec();
}
