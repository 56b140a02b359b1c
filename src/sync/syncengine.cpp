#include "clinic/sync/syncengine.h"

#include "clinic/log/logging.h"
#include "clinic/protocol/codec.h"
#include "clinic/protocol/schema.h"
#include "clinic/storage/connection.h"
#include "clinic/storage/migrator.h"
#include "clinic/sync/conflictinbox.h"
#include "clinic/sync/pullapplier.h"

#include <QNetworkAccessManager>
#include <QElapsedTimer>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrl>

#include <nlohmann/json.hpp>

#include <optional>
#include <spdlog/spdlog.h>

namespace clinic::sync {
namespace {

using nlohmann::json;

const auto &log()
{
    static const auto logger = clinic::log::logger("clinic.sync.engine");
    return logger;
}

json parse(const QByteArray &body)
{
    return json::parse(body.constBegin(), body.constEnd(), nullptr, false);
}

/// One text entry of a server's error body, {"error": {"code", "message", "field"}}, if there.
std::optional<QString> errorEntry(const QByteArray &body, const char *key)
{
    const json j = parse(body);
    if (!j.is_object() || !j.contains("error") || !j["error"].is_object())
        return std::nullopt;
    const auto it = j["error"].find(key);
    if (it == j["error"].end() || !it->is_string())
        return std::nullopt;
    return QString::fromStdString(it->get<std::string>());
}

QString errorMessage(const QByteArray &body, const QString &fallback)
{
    return errorEntry(body, "message").value_or(fallback);
}

} // namespace

SyncEngine::SyncEngine(Options options) : m_options(std::move(options))
{
    m_retryTimer.setSingleShot(true);
    m_soonTimer.setSingleShot(true);
    m_soonTimer.setInterval(0);
    connect(&m_retryTimer, &QTimer::timeout, this, &SyncEngine::beginCycle);
    connect(&m_soonTimer, &QTimer::timeout, this, &SyncEngine::beginCycle);
    connect(&m_periodicTimer, &QTimer::timeout, this, &SyncEngine::syncSoon);
}

SyncEngine::~SyncEngine()
{
    stop();
}

void SyncEngine::start()
{
    // Both the database connection and the network manager are created here, in this thread.
    storage::OpenOptions options;
    options.quickCheck = false;
    options.walAutoCheckpointPages = m_options.walAutoCheckpointPages;
    auto opened = storage::Connection::open(m_options.databasePath, m_options.connectionName, options);
    if (!opened) {
        setState(SyncState::NotConfigured, opened.error().message());
        return;
    }
    m_db = std::move(opened).value();
    emit databaseOpened();
    m_network = new QNetworkAccessManager(this);
    m_fetchThread = std::make_unique<QThread>();
    m_fetchThread->setObjectName(QStringLiteral("clinic.sync.fetch"));
    // Results come back as queued calls into this thread; dropped if the engine is gone.
    m_fetcher = new PageFetcher([engine = QPointer<SyncEngine>(this)](quint64 ticket, FetchedPage result) {
        QMetaObject::invokeMethod(engine.data(), [engine, ticket, result = std::move(result)]() mutable {
            if (engine)
                engine->onFetched(ticket, std::move(result));
        }, Qt::QueuedConnection);
    });
    m_fetcher->moveToThread(m_fetchThread.get());
    connect(m_fetchThread.get(), &QThread::finished, m_fetcher, &QObject::deleteLater);
    m_fetchThread->start();
    m_credentials = SyncCredentials::load(m_options.databasePath);
    m_periodicTimer.start(m_options.periodicMs);
    if (!m_credentials.isComplete()) {
        setState(SyncState::NotConfigured, tr("This desk is not connected to a sync server."));
        return;
    }
    setState(SyncState::Idle);
    syncNow();
}

void SyncEngine::stop()
{
    m_stopping = true;
    m_retryTimer.stop();
    m_periodicTimer.stop();
    m_soonTimer.stop();
    if (QNetworkReply *reply = m_inFlight.data())
        reply->abort();
    m_pageTicket = 0;
    m_pushTicket = 0;
    if (m_fetchThread) {
        // The fetcher and its network manager are deleted in their thread as it finishes, which
        // aborts a fetch in flight; a result already posted here finds m_stopping set.
        m_fetchThread->quit();
        m_fetchThread->wait();
        m_fetchThread.reset();
        m_fetcher = nullptr;
    }
    delete m_network;
    m_network = nullptr;
    m_db.reset();
}

void SyncEngine::syncNow()
{
    if (!m_db || !m_credentials.isComplete() || m_state == SyncState::UpgradeRequired || m_state == SyncState::Unauthorized)
        return;
    if (m_busy) {
        if (QNetworkReply *reply = m_inFlight.data(); reply && m_inFlightIsLongPoll) {
            reply->abort();  // the wait is not needed: a cycle starts right after
            return;
        }
        m_again = true;
        return;
    }
    m_retryTimer.stop();
    m_soonTimer.start();
}

void SyncEngine::localChangeCommitted()
{
    syncSoon();
}

void SyncEngine::syncSoon()
{
    // Automatic triggers do not restart a sync the server refused (only the user's "sync now"
    // does), so a client the server cannot understand does not hammer it.
    if (m_state == SyncState::Refused)
        return;
    syncNow();
}

void SyncEngine::setState(SyncState state, const QString &message)
{
    if (state == m_state && message.isEmpty())
        return;
    m_state = state;
    emit stateChanged(state, message);
}

QNetworkRequest SyncEngine::makeRequest(const QString &path, int timeoutMs) const
{
    QNetworkRequest request(QUrl(m_credentials.serverUrl + path));
    request.setRawHeader("X-ClinicDesk-Protocol", QByteArray::number(protocol::Schema::kProtocolVersion));
    if (!m_credentials.token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_credentials.token.toLatin1());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(timeoutMs);
    if (!m_credentials.pinnedCertificate.isEmpty()) {
        // A self-signed LAN server: trust exactly its certificate (S16).
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(m_credentials.pinnedCertificate));
        request.setSslConfiguration(tls);
    }
    return request;
}

void SyncEngine::enroll(const QString &serverUrl, const QString &code, const QString &deviceName, const QString &pinnedCertificate)
{
    if (!m_db || !m_network) {
        emit enrolled(false, tr("The local database is not open."));
        return;
    }
    m_credentials = SyncCredentials{serverUrl, {}, pinnedCertificate};
    const json body = {{"code", code.trimmed().toUpper().toStdString()}, {"deviceId", m_db->deviceId().toStdString()},
                       {"deviceName", deviceName.toStdString()}};
    QNetworkReply *reply = m_network->post(makeRequest(QStringLiteral("/v1/enroll"), 30'000), QByteArray::fromStdString(body.dump()));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const QByteArray answer = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const json j = parse(answer);
        if (status != 200 || !j.is_object() || !j.contains("token") || !j["token"].is_string()) {
            m_credentials.token.clear();
            emit enrolled(false, status == 0 ? reply->errorString() : errorMessage(answer, tr("Enrollment failed.")));
            return;
        }
        m_credentials.token = QString::fromStdString(j["token"].get<std::string>());
        if (!m_credentials.save(m_options.databasePath)) {
            emit enrolled(false, tr("Cannot save the sync settings beside the database."));
            return;
        }
        log()->info("enrolled as device {} of clinic {}", j.contains("deviceId") ? j["deviceId"].dump() : std::string("?"),
                    j.contains("clinicId") ? j["clinicId"].dump() : std::string("?"));
        emit enrolled(true, {});
        setState(SyncState::Idle);
        syncNow();
    });
}

void SyncEngine::beginCycle()
{
    if (m_stopping || m_busy || !m_db || !m_network || !m_credentials.isComplete())
        return;
    m_busy = true;
    m_again = false;
    m_pushed = 0;
    m_pulled = 0;
    setState(SyncState::Syncing);
    emit cycleStarted();
    pushNext();
}

void SyncEngine::pushNext()
{
    // The push read while the one before it was on the wire, if any; else read the outbox now.
    std::optional<OutboxPush> push = std::exchange(m_nextPush, std::nullopt);
    if (!push) {
        QElapsedTimer prepareTimer;
        prepareTimer.start();
        auto prepared = OutboxPush::prepare(*m_db, m_options.pushBatch, storage::Migrator::latestVersion());
        log()->debug("push of {} rows prepared in {:.1f} ms", prepared ? prepared.value().rows.size() : 0,
                     double(prepareTimer.nsecsElapsed()) / 1e6);
        if (!prepared) {
            log()->error("cannot read the outbox: {}", prepared.error().message().toStdString());
            finishCycle(false);
            return;
        }
        push = std::move(prepared).value();
    }
    if (push->isEmpty()) {
        pullNext(false);
        return;
    }
    sendPush(std::move(*push));
    prepareNextPush();
}

void SyncEngine::sendPush(OutboxPush push)
{
    // Sent from the fetcher's thread (see PageFetcher); the answer comes back to onFetched().
    m_push = std::move(push);
    m_pushTicket = ++m_lastTicket;
    QMetaObject::invokeMethod(m_fetcher,
                              [fetcher = m_fetcher, ticket = m_pushTicket, request = makeRequest(QStringLiteral("/v1/push"), 60'000),
                               body = m_push->body(PullApplier::cursor(*m_db).value_or(0))] { fetcher->post(ticket, request, body); },
                              Qt::QueuedConnection);
}

void SyncEngine::prepareNextPush()
{
    // While the server stores m_push, read the entries after it. Reading is all this does: if
    // m_push fails, the next one is dropped and the cycle starts over from the outbox.
    QElapsedTimer prepareTimer;
    prepareTimer.start();
    auto prepared = OutboxPush::prepare(*m_db, m_options.pushBatch, storage::Migrator::latestVersion(), m_push->maxSeq);
    log()->debug("next push of {} rows prepared in {:.1f} ms", prepared ? prepared.value().rows.size() : 0,
                 double(prepareTimer.nsecsElapsed()) / 1e6);
    if (prepared && !prepared.value().isEmpty())
        m_nextPush = std::move(prepared).value();
    // An empty or unreadable outbox here is read again once m_push is answered.
}

void SyncEngine::onPushAnswered(const QByteArray &answer)
{
    OutboxPush done = std::move(*m_push);
    m_push.reset();
    // The next push goes out first, so the server stores it while this answer is applied here.
    // It was read before this answer's cloud ids were stored: its references to rows of `done`
    // are local ids, which the server resolves through the mapping it has just committed.
    const bool sentNext = m_nextPush.has_value();
    if (sentNext)
        sendPush(*std::exchange(m_nextPush, std::nullopt));
    QElapsedTimer applyTimer;
    applyTimer.start();
    const auto applied = done.applyAnswer(*m_db, answer);
    log()->debug("push answer for {} rows applied in {:.1f} ms", done.rows.size(), double(applyTimer.nsecsElapsed()) / 1e6);
    if (!applied) {
        log()->error("cannot apply the push answer: {}", applied.error().message().toStdString());
        // The push sent meanwhile must not be answered into a desk that did not store this one:
        // its answer is dropped (the server may store it; sent again, it maps the same rows).
        m_pushTicket = 0;
        m_push.reset();
        finishCycle(false);
        return;
    }
    for (const OutboxPush::Rejection &r : applied.value())
        emit rowRejected(r.table, r.localId, r.code, r.message);
    m_pushed += int(done.rows.size());
    emit progress(m_pushed, m_pulled);
    if (sentNext)
        prepareNextPush();
    else
        pushNext();  // more may be pending (edited meanwhile)
}

void SyncEngine::pullNext(bool longPoll)
{
    pullFrom(PullApplier::cursor(*m_db).value_or(0), longPoll);
}

void SyncEngine::pullFrom(qint64 since, bool longPoll)
{
    QString path = QStringLiteral("/v1/pull?since=%1&limit=%2").arg(since).arg(m_options.pullPage);
    if (!longPoll) {
        // Fetched and read on the fetcher's thread; the outcome comes back to onFetched().
        m_pageTicket = ++m_lastTicket;
        m_pageSince = since;
        const QNetworkRequest request = makeRequest(path, 60'000);
        QMetaObject::invokeMethod(m_fetcher, [fetcher = m_fetcher, ticket = m_pageTicket, request] { fetcher->fetch(ticket, request); },
                                  Qt::QueuedConnection);
        return;
    }
    path += QStringLiteral("&wait=%1").arg(m_options.longPollSeconds);
    QNetworkReply *reply = m_network->get(makeRequest(path, (m_options.longPollSeconds + 15) * 1000));
    whenAnswered(reply, true, [this, since](const QByteArray &answer) {
        auto parsed = PulledPage::parse(answer);
        if (!parsed)
            return onPage(since, true, parsed.error());
        onPage(since, true, std::make_shared<const PulledPage>(std::move(parsed).value()));
    });
}

void SyncEngine::onFetched(quint64 ticket, FetchedPage result)
{
    if (!m_stopping && ticket != 0 && ticket == m_pushTicket) {
        m_pushTicket = 0;
        if (result.status != 200)
            return handleFailure(Failure{result.status, result.errorString, result.body, result.retryAfterSeconds});
        return onPushAnswered(result.body);
    }
    if (m_stopping || ticket != m_pageTicket)
        return;  // a page nobody waits for any more (the one before it failed, or a new cycle began)
    m_pageTicket = 0;
    if (result.status != 200) {
        handleFailure(Failure{result.status, result.errorString, result.body, result.retryAfterSeconds});
        return;
    }
    if (!result.page)
        return onPage(m_pageSince, false, *result.unreadable);
    onPage(m_pageSince, false, result.page);  // shared, not copied: a page is thousands of rows
    // The page was built on the fetcher's thread, in its allocator's memory: freed there too.
    // Freeing its ~100,000 allocations here took 5% of this thread's time in a first sync, and
    // each free of another thread's memory waits for that thread's allocator lock while it builds
    // the next page. This call holds the last reference (onPage keeps none).
    if (m_fetcher)
        QMetaObject::invokeMethod(m_fetcher, [page = std::move(result.page)]() mutable { page.reset(); }, Qt::QueuedConnection);
}

void SyncEngine::onPage(qint64 since, bool longPoll, const domain::Result<std::shared_ptr<const PulledPage>> &page)
{
    // A page applies only on top of the one before it (the cursor is where it starts).
    const auto stored = PullApplier::cursor(*m_db);
    if (!stored) {  // the desk cannot read its own cursor: retry later rather than loop
        log()->error("cannot read the pull cursor: {}", stored.error().message().toStdString());
        finishCycle(false);
        return;
    }
    if (stored.value() != since) {
        log()->warn("a pulled page does not follow the stored cursor; pulling again from the cursor");
        pullNext(false);
        return;
    }
    QElapsedTimer applyTimer;
    applyTimer.start();
    // Ask for the next page before applying this one: the server builds it and the fetcher reads
    // it meanwhile.
    bool prefetched = false;
    if (!longPoll && page && page.value()->hasMore && page.value()->next > since) {
        pullFrom(page.value()->next, false);
        prefetched = true;
    }
    const auto applied = page ? PullApplier::apply(*m_db, *page.value()) : domain::Result<PullApplier::Applied>(page.error());
    log()->debug("pull page of {} rows applied in {:.1f} ms", page ? page.value()->changes.size() : 0, double(applyTimer.nsecsElapsed()) / 1e6);
    if (!applied) {
        m_pageTicket = 0;  // a prefetched page must not land on a page that did not
        log()->error("cannot apply a pulled page: {}", applied.error().message().toStdString());
        finishCycle(false);
        return;
    }
    for (auto it = applied.value().changedIds.cbegin(); it != applied.value().changedIds.cend(); ++it)
        emit dataChanged(it.key(), QList<qint64>(it.value().cbegin(), it.value().cend()));
    int rows = 0;
    for (const auto &ids : applied.value().changedIds)
        rows += int(ids.size());
    m_pulled += rows;
    if (rows > 0)
        emit progress(m_pushed, m_pulled);
    if (applied.value().hasMore) {
        if (!prefetched)
            pullNext(false);  // else the prefetched page continues
    } else if (longPoll) {
        // Something arrived (or the wait ended): if anything local is pending, push it.
        m_busy = false;
        if (m_again || rows > 0)
            emit cycleFinished(true);
        beginCycle();
    } else {
        fetchConflicts();
    }
}

void SyncEngine::fetchConflicts()
{
    const qint64 since = ConflictInbox::cursor(*m_db).value_or(0);
    QNetworkReply *reply = m_network->get(makeRequest(QStringLiteral("/v1/conflicts?since=%1").arg(since), 60'000));
    whenAnswered(reply, false, [this](const QByteArray &answer) {
        const auto added = ConflictInbox::apply(*m_db, answer);
        if (!added) {
            log()->error("cannot store conflicts: {}", added.error().message().toStdString());
            finishCycle(false);
            return;
        }
        for (const auto &c : added.value())
            emit conflict(c.table, c.rowId, c.field, c.winnerJson, c.loserJson);
        finishCycle(true);
    });
}

void SyncEngine::whenAnswered(QNetworkReply *reply, bool longPoll, std::function<void(const QByteArray &answer)> onOk)
{
    m_inFlight = reply;
    m_inFlightIsLongPoll = longPoll;
    connect(reply, &QNetworkReply::finished, this, [this, reply, longPoll, onOk = std::move(onOk)] {
        reply->deleteLater();
        if (m_stopping)
            return;
        if (longPoll && reply->error() == QNetworkReply::OperationCanceledError) {
            // Interrupted on purpose (a local change to push): start a full cycle now.
            m_busy = false;
            beginCycle();
            return;
        }
        const QByteArray answer = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200) {
            handleFailure(Failure{status, reply->errorString(), answer, reply->rawHeader("Retry-After").toInt()});
            return;
        }
        onOk(answer);
    });
}

void SyncEngine::finishCycle(bool ok)
{
    m_inFlight = nullptr;
    if (ok) {
        m_backoffMs = 0;
        setState(SyncState::Idle);
    }
    emit cycleFinished(ok);
    if (!ok) {
        m_busy = false;
        scheduleRetry();
        return;
    }
    if (m_again) {
        m_busy = false;
        beginCycle();
        return;
    }
    if (m_options.longPollSeconds > 0) {
        pullNext(true);  // stays "busy": a local change interrupts the wait
        return;
    }
    m_busy = false;
}

void SyncEngine::handleFailure(const Failure &failure)
{
    const int status = failure.status;
    const QByteArray &body = failure.body;
    m_push.reset();
    m_nextPush.reset();
    m_busy = false;
    m_inFlight = nullptr;
    m_pageTicket = 0;
    m_pushTicket = 0;
    if (status == 426) {
        setState(SyncState::UpgradeRequired, errorMessage(body, tr("Update ClinicDesk to sync.")));
        emit cycleFinished(false);
        return;  // no retry: only an update helps; the desk keeps working locally
    }
    if (status == 401 || status == 403) {
        setState(SyncState::Unauthorized, errorMessage(body, tr("This desk is no longer allowed to sync; enroll it again.")));
        emit cycleFinished(false);
        return;
    }
    if (status == 400 && m_options.pullPage > kCompatiblePullPage && errorEntry(body, "field") == QLatin1String("limit")) {
        // An older server refuses the page size: ask for the largest an older release accepts,
        // at once and from now on (4,000 rows since the ninth session, 1,000 before).
        const int smaller = m_options.pullPage > kPreviousPullPage ? kPreviousPullPage : kCompatiblePullPage;
        log()->info("the server refused pull pages of {} rows; asking for {}", m_options.pullPage, smaller);
        m_options.pullPage = smaller;
        emit cycleFinished(false);
        beginCycle();
        return;
    }
    if (status == 413) {
        m_options.pushBatch = std::max(1, m_options.pushBatch / 2);  // split and retry at once
        emit cycleFinished(false);
        beginCycle();
        return;
    }
    if (status >= 400 && status < 500 && status != 408 && status != 429) {
        // The server understood the request and refused it (400, 404, 422, ...): sending it again
        // cannot help. Stop with the server's reason until the user asks to sync again.
        log()->error("sync refused by the server (status {}); stopped until 'sync now'", status);
        setState(SyncState::Refused, errorMessage(body, tr("The server refused this desk's request (HTTP %1).").arg(status)));
        emit cycleFinished(false);
        return;
    }
    const QString why = status == 0 ? failure.errorString : errorMessage(body, QStringLiteral("HTTP %1").arg(status));
    log()->warn("sync failed (status {}): retrying later", status);
    setState(status == 0 || status >= 500 ? SyncState::Offline : m_state, why);
    emit cycleFinished(false);
    scheduleRetry(failure.retryAfterSeconds);
}

void SyncEngine::scheduleRetry(int retryAfterSeconds)
{
    // Exponential backoff with jitter (S8): about 1 s, 2 s, 4 s ... up to 5 minutes.
    m_backoffMs = m_backoffMs == 0 ? m_options.backoffMinMs : std::min(m_backoffMs * 2, m_options.backoffMaxMs);
    const int jitter = int(QRandomGenerator::global()->bounded(m_backoffMs / 2 + 1));
    const int delay = std::max(retryAfterSeconds * 1000, m_backoffMs / 2 + jitter);
    m_retryTimer.start(delay);
}

} // namespace clinic::sync
