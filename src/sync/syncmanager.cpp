#include "clinic/sync/syncmanager.h"

#include <QNetworkInformation>

#include <algorithm>

namespace clinic::sync {

namespace {
constexpr int kCheckpointIntervalMs = 250;
} // namespace

SyncManager::SyncManager(SyncEngine::Options options, QObject *parent)
    : QObject(parent), m_checkpointer(options.databasePath, kCheckpointIntervalMs)
{
    options.walAutoCheckpointPages = std::max(options.walAutoCheckpointPages, kBackstopCheckpointPages);
    qRegisterMetaType<clinic::sync::SyncState>();
    qRegisterMetaType<QList<qint64>>();
    m_thread.setObjectName(QStringLiteral("clinic.sync"));
    m_engine = new SyncEngine(std::move(options));
    m_engine->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    connect(m_engine, &SyncEngine::stateChanged, this, &SyncManager::stateChanged);
    connect(m_engine, &SyncEngine::cycleStarted, this, &SyncManager::cycleStarted);
    connect(m_engine, &SyncEngine::progress, this, &SyncManager::progress);
    connect(m_engine, &SyncEngine::cycleFinished, this, &SyncManager::cycleFinished);
    connect(m_engine, &SyncEngine::rowRejected, this, &SyncManager::rowRejected);
    connect(m_engine, &SyncEngine::dataChanged, this, &SyncManager::dataChanged);
    connect(m_engine, &SyncEngine::enrolled, this, &SyncManager::enrolled);
    connect(m_engine, &SyncEngine::conflict, this, &SyncManager::conflict);
    // Not before: on a new desk the engine creates and migrates the database, and a second
    // connection opened meanwhile made that fail ("database is locked") or found no schema.
    connect(m_engine, &SyncEngine::databaseOpened, this, [this] { m_checkpointer.start(); });
}

SyncManager::~SyncManager()
{
    stop();
}

void SyncManager::start()
{
    if (m_thread.isRunning())
        return;
    m_thread.start();
    QMetaObject::invokeMethod(m_engine, &SyncEngine::start, Qt::QueuedConnection);
    // Connectivity is a hint only (containers often have no backend; a failed request is the real
    // signal): when the system says we are back online, sync at once instead of waiting out the
    // backoff. Loaded here, in the app's thread, which owns the QNetworkInformation singleton.
    if (QNetworkInformation::loadDefaultBackend() || QNetworkInformation::loadBackendByName(QStringLiteral("glib"))) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability reachability) {
                    if (reachability == QNetworkInformation::Reachability::Online)
                        QMetaObject::invokeMethod(m_engine, &SyncEngine::syncSoon, Qt::QueuedConnection);
                });
    }
}

void SyncManager::stop()
{
    if (!m_thread.isRunning())
        return;
    // The engine closes its connection and network manager in its own thread.
    QMetaObject::invokeMethod(m_engine, &SyncEngine::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_checkpointer.stop();  // after the engine's last commit: its final checkpoint takes it in
}

void SyncManager::syncNow()
{
    QMetaObject::invokeMethod(m_engine, &SyncEngine::syncNow, Qt::QueuedConnection);
}

void SyncManager::localChangeCommitted()
{
    QMetaObject::invokeMethod(m_engine, &SyncEngine::localChangeCommitted, Qt::QueuedConnection);
}

void SyncManager::enroll(const QString &serverUrl, const QString &code, const QString &deviceName, const QString &pinnedCertificate)
{
    QMetaObject::invokeMethod(m_engine, [engine = m_engine, serverUrl, code, deviceName, pinnedCertificate] {
        engine->enroll(serverUrl, code, deviceName, pinnedCertificate);
    }, Qt::QueuedConnection);
}

} // namespace clinic::sync
