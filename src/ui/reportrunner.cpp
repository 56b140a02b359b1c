#include "clinic/ui/reportrunner.h"

#include "reportworker.h"

namespace clinic::ui {

ReportRunner::ReportRunner(const QString &databasePath, storage::Session session, QObject *parent)
    : QObject(parent), m_newest(std::make_shared<std::atomic<quint64>>(0)),
      m_worker(new ReportWorker(databasePath, std::move(session), m_newest))
{
    qRegisterMetaType<clinic::ui::ReportRunner::Outcome>();
    m_thread.setObjectName(QStringLiteral("reports"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ReportWorker::done, this, &ReportRunner::finished);  // queued: another thread
    m_thread.start();
}

ReportRunner::~ReportRunner()
{
    m_newest->store(~quint64(0));  // what still waits is skipped
    m_thread.quit();
    m_thread.wait();
}

quint64 ReportRunner::run(ReportBuilder::Kind kind, const storage::DateRange &range)
{
    const quint64 ticket = ++m_next;
    m_newest->store(ticket);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, ticket, kind, range] { worker->run(ticket, kind, range); }, Qt::QueuedConnection);
    return ticket;
}

} // namespace clinic::ui
