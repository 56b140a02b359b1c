#include "clinic/log/logging.h"

#include <QDir>
#include <QtGlobal>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <mutex>
#include <vector>

namespace clinic::log {
namespace {

std::mutex g_mutex;
std::vector<spdlog::sink_ptr> &sinks()
{
    static std::vector<spdlog::sink_ptr> s{std::make_shared<spdlog::sinks::stderr_color_sink_mt>()};
    return s;
}

void qtHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    static const auto qt = logger("clinic.qt");
    const std::string text = message.toStdString();
    switch (type) {
    case QtDebugMsg: qt->debug(text); break;
    case QtInfoMsg: qt->info(text); break;
    case QtWarningMsg: qt->warn(text); break;
    case QtCriticalMsg: qt->error(text); break;
    case QtFatalMsg: qt->critical(text); qt->flush(); std::abort();
    }
}

} // namespace

std::shared_ptr<spdlog::logger> logger(const char *name)
{
    std::lock_guard lock(g_mutex);
    if (auto existing = spdlog::get(name))
        return existing;
    auto created = std::make_shared<spdlog::logger>(name, sinks().begin(), sinks().end());
    spdlog::initialize_logger(created);  // global level and pattern, registered by name
    return created;
}

void setupFileLogging(const QString &directory, const QString &baseName)
{
    QDir().mkpath(directory);
    const QString path = QDir(directory).filePath(baseName + QStringLiteral(".log"));
    {
        std::lock_guard lock(g_mutex);
        auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
            path.toStdString(), 5 * 1024 * 1024, 5);
        sinks().push_back(file);
        spdlog::apply_all([&](const std::shared_ptr<spdlog::logger> &l) {
            l->sinks().push_back(file);
        });
    }
    spdlog::flush_every(std::chrono::seconds(2));
    installQtMessageHandler();
}

void useStdoutJson()
{
    std::lock_guard lock(g_mutex);
    sinks() = {std::make_shared<spdlog::sinks::stdout_sink_mt>()};
    spdlog::set_pattern(R"({"time":"%Y-%m-%dT%H:%M:%S.%e%z","level":"%l","logger":"%n","msg":"%v"})");
    spdlog::apply_all([](const std::shared_ptr<spdlog::logger> &l) { l->sinks() = sinks(); });
}

void installQtMessageHandler()
{
    qInstallMessageHandler(qtHandler);
}

} // namespace clinic::log
