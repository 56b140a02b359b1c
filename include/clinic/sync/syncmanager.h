#pragma once

#include "clinic/storage/checkpointer.h"
#include "clinic/sync/syncengine.h"
#include "clinic/sync/syncstate.h"

#include <QObject>
#include <QThread>

namespace clinic::sync {

/// Owns the sync thread and its SyncEngine, and a storage::Checkpointer for the desk database,
/// started once the engine has opened (and on a new desk created) the database: the WAL is copied
/// into the database from a third thread, so the engine's commits of pulled pages do not wait for
/// it. The app (or a command-line tool) creates one per desk database. Every method returns at once; the engine's signals arrive here as queued
/// signals in this object's thread (style.md #10-11).
///
/// Thread affinity: create, call and destroy from one thread (the UI thread). The destructor
/// stops the engine in its thread, then quits and joins the thread.
class SyncManager : public QObject
{
    Q_OBJECT
public:
    /// WAL pages past which a connection of a desk that runs a SyncManager checkpoints by itself
    /// (PRAGMA wal_autocheckpoint): only a backstop, since the manager's Checkpointer copies the
    /// WAL from its own thread. Connections that commit on the UI thread should be opened with it
    /// too: at SQLite's default (1,000 pages) a small save right after a large pull paid for
    /// copying the pulled pages (a 104 ms UI stall measured in the sync bench).
    static constexpr int kBackstopCheckpointPages = 10'000;

    explicit SyncManager(SyncEngine::Options options, QObject *parent = nullptr);
    ~SyncManager() override;

    void start();
    void stop();
    void syncNow();
    void localChangeCommitted();
    void enroll(const QString &serverUrl, const QString &code, const QString &deviceName, const QString &pinnedCertificate = {});

Q_SIGNALS:
    void stateChanged(clinic::sync::SyncState state, const QString &message);
    void cycleStarted();
    void progress(int pushed, int pulled);
    void cycleFinished(bool ok);
    void rowRejected(const QString &table, qint64 rowId, const QString &code, const QString &message);
    void dataChanged(const QString &table, const QList<qint64> &ids);
    void enrolled(bool ok, const QString &message);
    void conflict(const QString &table, qint64 rowId, const QString &field, const QString &winnerJson, const QString &loserJson);

private:
    QThread m_thread;
    SyncEngine *m_engine = nullptr;  ///< lives in m_thread; deleted there when it finishes
    storage::Checkpointer m_checkpointer;
};

} // namespace clinic::sync
