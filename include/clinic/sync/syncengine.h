#pragma once

#include "clinic/sync/outboxpush.h"
#include "clinic/sync/synccredentials.h"
#include "clinic/sync/pagefetcher.h"
#include "clinic/sync/syncstate.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace clinic::storage {
class Connection;
}

namespace clinic::sync {

/// The desk's sync engine: pushes the outbox, pulls the feed, keeps the mapping, retries with
/// backoff, and long-polls while online so remote changes arrive at once (S9).
///
/// Thread affinity: lives on the SyncManager's thread. It opens its own named database connection
/// and its own QNetworkAccessManager in start(), in that thread, and talks to the rest of the app
/// only through its signals and queued slot calls (S2). Nothing in it blocks: every request is
/// asynchronous and every database unit of work is one short local transaction.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString databasePath;
        QString connectionName = QStringLiteral("clinic.sync");
        int pushBatch = 1000;  // the server accepts up to 1000 rows per push by default
        /// Rows asked per pull page (a new desk's first load is applied a page per transaction:
        /// larger pages cost less per row). A server that caps pages lower (schema 1's servers at
        /// 1,000, the ninth session's at 4,000-5,000) refuses the request with 400 on `limit`; the
        /// engine then asks for kPreviousPullPage, and if that is refused too kCompatiblePullPage,
        /// from there on.
        int pullPage = 8000;
        int longPollSeconds = 25;     ///< 0 = no long-poll (sync on demand and periodically only)
        int periodicMs = 60'000;
        int backoffMinMs = 1'000;
        int backoffMaxMs = 300'000;
        /// SQLite's own checkpoint on the engine's commits: only a backstop when a
        /// storage::Checkpointer copies the WAL into the database from its own thread (SyncManager
        /// runs one); at the default, every ~4 MB of pulled rows a commit waits for that copy.
        int walAutoCheckpointPages = 1000;
    };

    /// The page size every server accepts.
    static constexpr int kCompatiblePullPage = 1000;  ///< every server's pull page (schema 1 capped it there)
    static constexpr int kPreviousPullPage = 4000;    ///< the ninth session's servers' default (they allow up to 5,000)

    explicit SyncEngine(Options options);
    ~SyncEngine() override;

public Q_SLOTS:
    void start();
    void stop();
    /// Sync now (or as soon as the running cycle ends).
    void syncNow();
    /// A local transaction committed: push it promptly; bursts coalesce into one cycle.
    void localChangeCommitted();
    /// An automatic trigger (local change, periodic timer, network back): like syncNow(), except
    /// after the server refused a request (state Refused), which only the user's syncNow() retries.
    void syncSoon();
    /// Enrolls this desk with a one-time code from the clinic's admin; saves the credentials.
    void enroll(const QString &serverUrl, const QString &code, const QString &deviceName, const QString &pinnedCertificate);

Q_SIGNALS:
    /// The desk database is open (and migrated) on the engine's connection; from now on other
    /// connections to it may be opened without racing the migration.
    void databaseOpened();
    void stateChanged(clinic::sync::SyncState state, const QString &message);
    void cycleStarted();
    void progress(int pushed, int pulled);
    void cycleFinished(bool ok);
    void rowRejected(const QString &table, qint64 rowId, const QString &code, const QString &message);
    /// Rows of `table` were created or changed by a pull (local ids): open views refresh.
    void dataChanged(const QString &table, const QList<qint64> &ids);
    void enrolled(bool ok, const QString &message);
    /// The server resolved a concurrent edit of `field` of this desk's row (local id, 0 when the
    /// row is not here); the losing value is kept in sync_conflicts for review.
    void conflict(const QString &table, qint64 rowId, const QString &field, const QString &winnerJson, const QString &loserJson);

private:
    void fetchConflicts();
    /// Tracks `reply` as the request in flight and, when it ends with 200, calls `onOk` with the
    /// body; anything else goes to handleFailure(). An aborted long-poll starts a cycle instead.
    void whenAnswered(QNetworkReply *reply, bool longPoll, std::function<void(const QByteArray &answer)> onOk);
    void beginCycle();
    /// Sends the next push: the one read ahead (m_nextPush), else one read from the outbox now;
    /// with nothing pending, goes on to pull.
    void pushNext();
    void sendPush(OutboxPush push);
    /// Reads the push after m_push into m_nextPush while m_push is on the wire.
    void prepareNextPush();
    /// The answer to m_push: sends m_nextPush at once, then stores this one.
    void onPushAnswered(const QByteArray &answer);
    void pullNext(bool longPoll);
    /// Pulls the page after `since`: a long-poll on this thread's network manager, otherwise
    /// through the page fetcher (fetched and read on its thread; while a page is applied the next
    /// one is already on its way).
    void pullFrom(qint64 since, bool longPoll);
    /// A page or a push answer from the fetcher; only the ones awaited (m_pageTicket,
    /// m_pushTicket) are used.
    void onFetched(quint64 ticket, FetchedPage result);
    /// Applies a page that starts at `since` (refused when the stored cursor moved meanwhile).
    void onPage(qint64 since, bool longPoll, const domain::Result<std::shared_ptr<const PulledPage>> &page);
    void finishCycle(bool ok);
    /// A request that did not end with 200.
    struct Failure
    {
        int status = 0;  ///< 0: no answer
        QString errorString;
        QByteArray body;
        int retryAfterSeconds = 0;
    };
    /// Sorts a failed request into retry-later or stop.
    void handleFailure(const Failure &failure);
    void scheduleRetry(int retryAfterSeconds = 0);
    void setState(SyncState state, const QString &message = {});
    QNetworkRequest makeRequest(const QString &path, int timeoutMs) const;

    Options m_options;
    std::unique_ptr<storage::Connection> m_db;
    QNetworkAccessManager *m_network = nullptr;  ///< owned by this (QObject parent)
    SyncCredentials m_credentials;
    SyncState m_state = SyncState::NotConfigured;
    // Children of the engine, so moveToThread() takes them along to the sync thread.
    QTimer m_retryTimer{this};
    QTimer m_periodicTimer{this};
    QTimer m_soonTimer{this};  ///< zero-delay coalescing of local-change notifications
    /// Fetches and reads pull pages and sends pushes on m_fetchThread; deleted there when the
    /// thread finishes.
    PageFetcher *m_fetcher = nullptr;
    std::unique_ptr<QThread> m_fetchThread;
    quint64 m_lastTicket = 0;
    quint64 m_pageTicket = 0;  ///< the fetch whose page is awaited; 0: none (late results are dropped)
    qint64 m_pageSince = 0;    ///< where that page starts
    quint64 m_pushTicket = 0;  ///< the push whose answer is awaited (m_push); 0: none
    QPointer<QNetworkReply> m_inFlight;
    bool m_inFlightIsLongPoll = false;
    bool m_busy = false;
    bool m_stopping = false;
    bool m_again = false;
    int m_backoffMs = 0;
    std::optional<OutboxPush> m_push;      ///< on the wire
    std::optional<OutboxPush> m_nextPush;  ///< read ahead: the entries after m_push's (non-empty)
    int m_pushed = 0;
    int m_pulled = 0;
};

} // namespace clinic::sync
