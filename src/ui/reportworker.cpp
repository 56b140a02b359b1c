#include "reportworker.h"

#include <QCoreApplication>


namespace clinic::ui {

ReportWorker::ReportWorker(QString databasePath, storage::Session session, std::shared_ptr<std::atomic<quint64>> newest)
    : m_path(std::move(databasePath)), m_session(std::move(session)), m_newest(std::move(newest))
{
}

void ReportWorker::run(quint64 ticket, ReportBuilder::Kind kind, const storage::DateRange &range)
{
    if (ticket < m_newest->load())
        return;  // superseded while it waited
    ReportRunner::Outcome outcome;
    outcome.ticket = ticket;
    if (!m_connection) {  // on the first report, and again after a failed open (a file briefly locked)
        storage::OpenOptions options;
        options.quickCheck = false;  // the window's connection checked the file at start
        auto opened = storage::Connection::open(m_path, storage::Connection::uniqueName(QStringLiteral("clinic.reports.")), options);
        if (!opened) {
            outcome.error = opened.error().message();
            Q_EMIT done(outcome);
            return;
        }
        m_connection = std::move(opened).value();
    }
    const ReportBuilder builder(*m_connection, m_session);
    auto table = builder.table(kind, range);
    if (!table) {
        outcome.error = table.error().message();
        Q_EMIT done(outcome);
        return;
    }
    outcome.table = std::move(table).value();
    if (auto chart = builder.chart(kind, range))
        outcome.chart = std::move(chart).value();
    Q_EMIT done(outcome);
}

} // namespace clinic::ui
