#pragma once

#include "clinic/storage/connection.h"
#include "clinic/ui/reportrunner.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace clinic::ui {

/// ReportRunner's worker: lives on the runner's thread, opens its own connection there on the
/// first report, and answers each request that is still the newest. Thread: the runner's
/// worker thread (constructed on the GUI thread, then moved).
class ReportWorker : public QObject
{
    Q_OBJECT
public:
    ReportWorker(QString databasePath, storage::Session session, std::shared_ptr<std::atomic<quint64>> newest);

    /// Runs the report for `ticket` unless a newer ticket is waiting.
    void run(quint64 ticket, ReportBuilder::Kind kind, const storage::DateRange &range);

Q_SIGNALS:
    void done(const clinic::ui::ReportRunner::Outcome &outcome);

private:
    QString m_path;
    storage::Session m_session;
    std::shared_ptr<std::atomic<quint64>> m_newest;
    std::unique_ptr<storage::Connection> m_connection;  ///< opened in the worker thread
};

} // namespace clinic::ui
