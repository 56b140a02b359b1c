// clinicdesk-sync: runs the desk's sync engine without a window.
//   clinicdesk-sync --db FILE --enroll CODE --server URL [--name NAME] [--pin cert.pem]
//   clinicdesk-sync --db FILE --once      one full cycle, exit 0 when it succeeded
//   clinicdesk-sync --db FILE --watch     keep syncing (long-poll), until SIGTERM / Ctrl-C
//   --batch N                             rows per push request and pull page
#include "clinic/log/logging.h"
#include "clinic/sync/syncmanager.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <spdlog/spdlog.h>

#include <csignal>

using namespace clinic;

namespace {
void onSignal(int)
{
    QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("clinicdesk-sync"));
    log::installQtMessageHandler();
    spdlog::set_level(spdlog::level::warn);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Runs ClinicDesk's sync engine without a window."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("db"), QStringLiteral("The desk database."), QStringLiteral("file")},
        {QStringLiteral("enroll"), QStringLiteral("Enroll this desk with a one-time code."), QStringLiteral("code")},
        {QStringLiteral("server"), QStringLiteral("Server URL, for --enroll."), QStringLiteral("url")},
        {QStringLiteral("name"), QStringLiteral("This desk's name, for --enroll."), QStringLiteral("name")},
        {QStringLiteral("pin"), QStringLiteral("PEM certificate of a self-signed server to trust."), QStringLiteral("file")},
        {QStringLiteral("once"), QStringLiteral("One sync cycle, then exit.")},
        {QStringLiteral("watch"), QStringLiteral("Keep syncing until stopped.")},
        {QStringLiteral("batch"), QStringLiteral("Rows per push request and per pull page, 1..10000 (default: 1000 per push, 8000 per pull page)."), QStringLiteral("rows")},
        {QStringLiteral("verbose"), QStringLiteral("Log what happens.")},
    });
    parser.process(app);
    if (parser.isSet(QStringLiteral("verbose")))
        spdlog::set_level(spdlog::level::debug);
    QTextStream out(stdout);
    if (!parser.isSet(QStringLiteral("db"))) {
        QTextStream(stderr) << "clinicdesk-sync: --db is required" << Qt::endl;
        return 2;
    }
    sync::SyncEngine::Options options;
    options.databasePath = parser.value(QStringLiteral("db"));
    options.longPollSeconds = parser.isSet(QStringLiteral("watch")) ? 25 : 0;
    if (parser.isSet(QStringLiteral("batch"))) {
        bool ok = false;
        const int batch = parser.value(QStringLiteral("batch")).toInt(&ok);
        if (!ok || batch < 1 || batch > 10000) {
            QTextStream(stderr) << "clinicdesk-sync: --batch must be between 1 and 10000" << Qt::endl;
            return 2;
        }
        options.pushBatch = batch;
        options.pullPage = batch;
    }
    sync::SyncManager manager(options);
    int exitCode = 0;
    QObject::connect(&manager, &sync::SyncManager::stateChanged, &app, [&](sync::SyncState state, const QString &message) {
        out << "state " << sync::syncStateName(state) << (message.isEmpty() ? QString() : QStringLiteral(": ") + message) << Qt::endl;
        if (parser.isSet(QStringLiteral("once")) && (state == sync::SyncState::UpgradeRequired || state == sync::SyncState::Unauthorized
                                                     || state == sync::SyncState::NotConfigured || state == sync::SyncState::Refused)) {
            exitCode = 1;
            app.quit();
        }
    });
    QObject::connect(&manager, &sync::SyncManager::progress, &app, [&](int pushed, int pulled) {
        out << "pushed " << pushed << " pulled " << pulled << Qt::endl;
    });
    QObject::connect(&manager, &sync::SyncManager::rowRejected, &app, [&](const QString &table, qint64 id, const QString &code, const QString &message) {
        out << "rejected " << table << " " << id << " " << code << ": " << message << Qt::endl;
    });
    QObject::connect(&manager, &sync::SyncManager::cycleFinished, &app, [&](bool ok) {
        out << "cycle " << (ok ? "ok" : "failed") << Qt::endl;
        if (parser.isSet(QStringLiteral("once"))) {
            exitCode = ok ? 0 : 1;
            app.quit();
        }
    });
    QObject::connect(&manager, &sync::SyncManager::enrolled, &app, [&](bool ok, const QString &message) {
        out << (ok ? "enrolled" : "enrollment failed: ") << message << Qt::endl;
        if (!ok) {
            exitCode = 1;
            app.quit();
        } else if (!parser.isSet(QStringLiteral("once")) && !parser.isSet(QStringLiteral("watch"))) {
            app.quit();
        }
    });
    manager.start();
    if (parser.isSet(QStringLiteral("enroll")))
        manager.enroll(parser.value(QStringLiteral("server")), parser.value(QStringLiteral("enroll")),
                       parser.isSet(QStringLiteral("name")) ? parser.value(QStringLiteral("name")) : QStringLiteral("ClinicDesk desk"),
                       parser.value(QStringLiteral("pin")));
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
    const int rc = app.exec();
    manager.stop();
    return rc != 0 ? rc : exitCode;
}
