#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QThread;

namespace clinic::storage {

/// Moves WAL checkpoints (the only fsyncs of a WAL database at synchronous=NORMAL) off the
/// threads that write, so a save on the UI thread never waits for the disk.
///
/// Owns a worker on its own QThread with its own connection ("clinic.checkpoint") that runs
/// `PRAGMA wal_checkpoint(PASSIVE)` every `intervalMs` (PASSIVE never blocks writers or readers).
/// Writers' connections keep SQLite's automatic checkpoint only as a backstop
/// (OpenOptions::walAutoCheckpointPages), in case this thread stalls.
///
/// Thread affinity: create, start() and stop() from one thread (the app's main thread); the
/// destructor stops the worker (quit + wait).
class Checkpointer : public QObject
{
    Q_OBJECT
public:
    explicit Checkpointer(QString databasePath, int intervalMs = 1000, QObject *parent = nullptr);
    ~Checkpointer() override;

    void start();
    void stop();
    [[nodiscard]] bool isRunning() const;

private:
    QString m_path;
    int m_intervalMs;
    std::unique_ptr<QThread> m_thread;
};

} // namespace clinic::storage
