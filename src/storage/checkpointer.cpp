#include "clinic/storage/checkpointer.h"

#include "clinic/log/logging.h"
#include "clinic/storage/connection.h"

#include <QSqlQuery>
#include <QThread>
#include <QTimer>

#include <spdlog/spdlog.h>

namespace clinic::storage {
namespace {

const auto &log()
{
    static const auto logger = clinic::log::logger("clinic.storage.checkpointer");
    return logger;
}

/// Lives in the checkpoint thread; opens its connection there and closes it there.
class CheckpointWorker : public QObject
{
public:
    CheckpointWorker(QString path, int intervalMs) : m_path(std::move(path)), m_intervalMs(intervalMs) {}

    void begin()
    {
        m_timer = new QTimer(this);
        m_timer->setInterval(m_intervalMs);
        QObject::connect(m_timer, &QTimer::timeout, this, [this] { checkpoint(); });
        m_timer->start();
        open();
    }

    void end()
    {
        if (m_timer)
            m_timer->stop();
        checkpoint();
        m_connection.reset();
    }

private:
    /// Opens the connection if it is not open yet. A database that is not there or not migrated
    /// yet (a new desk whose owner is still creating it) is tried again at the next tick; only the
    /// first failure is logged.
    bool open()
    {
        if (m_connection)
            return true;
        OpenOptions options;
        options.quickCheck = false;
        options.migrate = false;
        auto opened = Connection::open(m_path, Connection::uniqueName(QStringLiteral("clinic.checkpoint")), options);
        if (!opened) {
            if (!m_failureLogged)
                log()->warn("checkpoint connection not open yet (trying again): {}", opened.error().message().toStdString());
            m_failureLogged = true;
            return false;
        }
        m_connection = std::move(opened).value();
        return true;
    }

    void checkpoint()
    {
        if (!open())
            return;
        QSqlQuery q(m_connection->database());
        if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
            log()->warn("checkpoint failed");
    }

    QString m_path;
    int m_intervalMs;
    std::unique_ptr<Connection> m_connection;
    QTimer *m_timer = nullptr;
    bool m_failureLogged = false;
};

} // namespace

Checkpointer::Checkpointer(QString databasePath, int intervalMs, QObject *parent)
    : QObject(parent), m_path(std::move(databasePath)), m_intervalMs(intervalMs)
{
}

Checkpointer::~Checkpointer()
{
    stop();
}

void Checkpointer::start()
{
    if (m_thread)
        return;
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("clinic.checkpoint"));
    auto *worker = new CheckpointWorker(m_path, m_intervalMs);
    worker->moveToThread(m_thread.get());
    QObject::connect(m_thread.get(), &QThread::started, worker, [worker] { worker->begin(); });
    QObject::connect(m_thread.get(), &QThread::finished, worker, [worker] {
        worker->end();
        delete worker;
    });
    m_thread->start(QThread::LowPriority);
}

void Checkpointer::stop()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
}

bool Checkpointer::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

} // namespace clinic::storage
