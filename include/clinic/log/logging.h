#pragma once

#include <QString>

#include <memory>

namespace spdlog { class logger; }

namespace clinic::log {

/// The logger of one component, named `clinic.<layer>.<component>` (style.md #18), created on
/// first use with the process-wide sinks. Thread-safe.
/// Never log patient data, passwords or tokens through it: log ids and counts.
std::shared_ptr<spdlog::logger> logger(const char *name);

/// Sends every logger's output to a rotating file in `directory` (5 files of 5 MB) besides stderr,
/// and routes Qt's own messages (qDebug/qWarning...) into the `clinic.qt` logger.
/// Call once from main() before other threads start.
void setupFileLogging(const QString &directory, const QString &baseName);

/// Logs one JSON object per line on stdout instead of text on stderr (the server). Messages are
/// ours and never carry tokens or patient data. Call first thing in main().
void useStdoutJson();

/// Routes Qt's messages into spdlog without adding a file sink (tests, command-line tools).
void installQtMessageHandler();

} // namespace clinic::log
