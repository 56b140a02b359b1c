#pragma once

#include "clinic/print/tabledocument.h"
#include "clinic/storage/reportrepository.h"
#include "clinic/storage/session.h"
#include "clinic/ui/reportbuilder.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace clinic::ui {

class ReportWorker;

/// Runs reports on a worker thread with its own read connection to the desk's database, so a
/// report over years of invoices never freezes the window (the slowest take over a second).
/// run() returns at once with a ticket; finished() brings the table and chart for it. A request
/// made while others wait supersedes them: the worker skips any ticket older than the newest, so
/// clicking through presets costs one report, not all of them.
///
/// Thread affinity: create, call and destroy from the GUI thread; finished() arrives there. The
/// destructor stops the worker thread and waits for the report under way.
class ReportRunner : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        quint64 ticket = 0;
        QString error;  ///< empty when the report ran
        print::TableDocument table;
        ReportBuilder::Chart chart;
    };

    /// `databasePath`: the desk's database file (the worker opens it itself).
    ReportRunner(const QString &databasePath, storage::Session session, QObject *parent = nullptr);
    ~ReportRunner() override;

    quint64 run(ReportBuilder::Kind kind, const storage::DateRange &range);

Q_SIGNALS:
    void finished(const clinic::ui::ReportRunner::Outcome &outcome);

private:
    QThread m_thread;
    std::shared_ptr<std::atomic<quint64>> m_newest;  ///< the newest ticket; shared with the worker
    ReportWorker *m_worker;  ///< lives in m_thread; deleted there when the thread finishes
    quint64 m_next = 0;
};

} // namespace clinic::ui

Q_DECLARE_METATYPE(clinic::ui::ReportRunner::Outcome)
