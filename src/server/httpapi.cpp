#include "clinic/server/httpapi.h"

#include "clinic/log/logging.h"
#include "clinic/protocol/codec.h"
#include "clinic/protocol/schema.h"
#include "clinic/server/serverstore.h"
#include "clinic/server/wireencoding.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslKey>
#include <QDateTime>

#include <spdlog/spdlog.h>

namespace clinic::server {
namespace {

using nlohmann::json;
using protocol::WireError;

const auto &log()
{
    static const auto logger = clinic::log::logger("clinic.server.http");
    return logger;
}

QByteArray errorJson(const WireError &e)
{
    return protocol::Codec::errorBody(e);
}

QByteArray dump(const json &j)
{
    return QByteArray::fromStdString(j.dump(-1, ' ', false, json::error_handler_t::replace));
}

qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

} // namespace

/// What a handler needs of a request, copied on the HTTP thread so work can move to the pool.
struct HttpApi::Request
{
    QString id;
    QString route;
    QByteArray method;
    QUrlQuery query;
    QByteArray body;
    std::map<QByteArray, QByteArray> headers;  ///< lower-case names

    [[nodiscard]] QByteArray header(const char *name) const
    {
        const auto it = headers.find(QByteArray(name));
        return it == headers.end() ? QByteArray() : it->second;
    }
};

/// A pull parked until something newer than `since` commits for its clinic.
struct HttpApi::Waiter
{
    DeviceIdentity device;
    qint64 since = 0;
    int limit = 0;
    qint64 deadlineMs = 0;
    Responder respond;
};

HttpApi::HttpApi(ServerStore &store, ServerConfig config, QObject *parent)
    : QObject(parent), m_store(store), m_config(std::move(config))
{
    m_http = std::make_unique<HttpListener>(
        [this](HttpRequest request, HttpListener::Responder respond) { dispatch(std::move(request), std::move(respond)); },
        m_config.maxBodyBytes);
    m_pool.setMaxThreadCount(std::max(1, m_config.workerThreads));
    m_pool.setExpiryTimeout(-1);  // keep threads (and their database connections) alive
    m_waitTimer.setInterval(250);
    connect(&m_waitTimer, &QTimer::timeout, this, &HttpApi::checkWaiters);
    m_waitTimer.start();
}

HttpApi::~HttpApi()
{
    shutdown();
}

quint16 HttpApi::listen(QString *error)
{
    if (!m_config.tlsCertificate.isEmpty() || !m_config.tlsKey.isEmpty()) {
        QFile certFile(m_config.tlsCertificate);
        QFile keyFile(m_config.tlsKey);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read the TLS certificate or key file");
            return 0;
        }
        const QSslCertificate certificate(certFile.readAll(), QSsl::Pem);
        const QByteArray keyPem = keyFile.readAll();
        QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        if (certificate.isNull() || key.isNull()) {
            *error = QStringLiteral("the TLS certificate or key is not valid PEM");
            return 0;
        }
        m_http->setTls(certificate, key);
    }
    if (!m_http->listen(QHostAddress(m_config.listenAddress), quint16(m_config.port))) {
        *error = QStringLiteral("cannot listen on %1:%2: %3").arg(m_config.listenAddress).arg(m_config.port).arg(m_http->errorString());
        return 0;
    }
    return m_http->serverPort();
}

void HttpApi::shutdown()
{
    m_waitTimer.stop();
    std::multimap<qint64, std::shared_ptr<Waiter>> parked;
    {
        std::lock_guard lock(m_waitMutex);
        parked.swap(m_waiters);
    }
    for (auto &[clinic, waiter] : parked)
        completeWaiter(waiter, true);
    m_pool.waitForDone(30'000);
}

void HttpApi::dispatch(HttpRequest http, HttpListener::Responder send)
{
    using Handler = void (HttpApi::*)(const Request &, const Responder &);
    struct Route { const char *method; const char *path; const char *name; Handler handler; };
    static const Route routes[] = {
        {"GET", "/health", "health", &HttpApi::handleHealth},
        {"GET", "/metrics", "metrics", &HttpApi::handleMetrics},
        {"POST", "/v1/enroll", "enroll", &HttpApi::handleEnroll},
        {"POST", "/v1/push", "push", &HttpApi::handlePush},
        {"GET", "/v1/pull", "pull", &HttpApi::handlePull},
        {"GET", "/v1/conflicts", "conflicts", &HttpApi::handleConflicts},
    };
    const Route *route = nullptr;
    bool pathKnown = false;
    for (const Route &r : routes) {
        if (http.path == r.path) {
            pathKnown = true;
            if (http.method == r.method)
                route = &r;
        }
    }
    Request request;
    request.id = QString::number(QRandomGenerator::global()->generate64(), 16);
    request.route = route ? QLatin1String(route->name) : QStringLiteral("unknown");
    request.method = http.method;
    request.query = http.query;
    request.body = std::move(http.body);
    request.headers = std::move(http.headers);

    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    // The cursor, page size and wait help reading the log. Only those known numeric parameters are
    // logged: a client-chosen query string could carry anything, patient data included.
    QStringList logged;
    for (const char *key : {"since", "limit", "wait"}) {
        const QString value = http.query.queryItemValue(QLatin1String(key));
        bool numeric = false;
        value.toLongLong(&numeric);
        if (numeric)
            logged << QLatin1String(key) + QLatin1Char('=') + value;
    }
    Responder respond = [this, send, timer, id = request.id, routeName = request.route, query = logged.join(QLatin1Char('&'))](
                            int status, QByteArray body, QList<QPair<QByteArray, QByteArray>> headers) {
        headers.append({QByteArrayLiteral("X-Request-Id"), id.toLatin1()});
        const QByteArray type = routeName == QLatin1String("metrics") ? QByteArrayLiteral("text/plain; version=0.0.4")
                                                                      : QByteArrayLiteral("application/json");
        const double seconds = double(timer->nsecsElapsed()) / 1e9;
        m_metrics.recordRequest(routeName, status, seconds);
        log()->info("request {} {}{}{} -> {} in {:.1f} ms", id.toStdString(), routeName.toStdString(), query.isEmpty() ? "" : "?",
                    query.toStdString(), status, seconds * 1000);
        send(status, type, body, headers);
    };
    if (!route) {
        const int status = pathKnown ? 405 : 404;
        respond(status, errorJson(WireError::make(status, pathKnown ? "method_not_allowed" : "not_found",
                                                  pathKnown ? QStringLiteral("Wrong method for this endpoint.") : QStringLiteral("No such endpoint."))),
                {});
        return;
    }
    const Handler handler = route->handler;
    m_pool.start([this, handler, request = std::move(request), respond] {
        try {
            (this->*handler)(request, respond);
        } catch (const std::exception &e) {
            // Nothing may escape a worker; the client gets a 500 with the request id.
            log()->error("request {} failed: {}", request.id.toStdString(), e.what());
            respond(500, errorJson(WireError::make(500, "internal", QStringLiteral("Internal error; request %1.").arg(request.id))), {});
        }
    });
}

void HttpApi::handleHealth(const Request &, const Responder &respond)
{
    const bool ok = m_store.ping();
    respond(ok ? 200 : 503,
            dump({{"status", ok ? "ok" : "unavailable"}, {"storage", m_store.dialectName().toStdString()},
                  {"protocol", protocol::Schema::kProtocolVersion}}),
            {});
}

void HttpApi::handleMetrics(const Request &, const Responder &respond)
{
    {
        std::lock_guard lock(m_waitMutex);
        m_metrics.setGauge(QStringLiteral("clinicdesk_long_polls_waiting"), double(m_waiters.size()));
    }
    m_metrics.setGauge(QStringLiteral("clinicdesk_worker_threads_busy"), double(m_pool.activeThreadCount()));
    respond(200, m_metrics.render(), {});
}

void HttpApi::handleEnroll(const Request &request, const Responder &respond)
{
    if (request.body.size() > 16 * 1024)
        return respond(413, errorJson(WireError::make(413, "body_too_large", QStringLiteral("The body is too large."))), {});
    const json body = json::parse(request.body.constBegin(), request.body.constEnd(), nullptr, false);
    if (body.is_discarded() || !body.is_object())
        return respond(400, errorJson(WireError::make(400, "invalid_json", QStringLiteral("The body is not a JSON object."))), {});
    const auto text = [&](const char *key) {
        const auto it = body.find(key);
        return it != body.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
    };
    const auto enrolled = m_store.enroll(text("code"), text("deviceId"), text("deviceName"));
    if (!enrolled) {
        const auto &e = enrolled.error();
        if (e.code() == domain::ErrorCode::Validation)
            return respond(400, errorJson(WireError::make(400, "invalid_value", e.message(),
                                                          e.fieldErrors().isEmpty() ? QString() : e.fieldErrors().first().field)), {});
        if (e.code() == domain::ErrorCode::NotFound)
            return respond(403, errorJson(WireError::make(403, "invalid_code", e.message(), QStringLiteral("code"))), {});
        return respond(500, errorJson(WireError::make(500, "internal", QStringLiteral("Internal error; request %1.").arg(request.id))), {});
    }
    respond(200, dump({{"token", enrolled.value().token.toStdString()}, {"clinicId", enrolled.value().clinicId},
                       {"deviceId", enrolled.value().deviceId}, {"scope", enrolled.value().scope.toStdString()}}), {});
}

std::optional<DeviceIdentity> HttpApi::admit(const Request &request, const Responder &respond)
{
    // Version first: an old desk must learn to update, whatever else is wrong.
    bool ok = false;
    const int version = request.header("x-clinicdesk-protocol").toInt(&ok);
    if (!ok) {
        respond(400, errorJson(WireError::make(400, "invalid_request", QStringLiteral("The X-ClinicDesk-Protocol header is missing."))), {});
        return std::nullopt;
    }
    if (version < protocol::Schema::kMinProtocolVersion) {
        respond(426, errorJson(WireError::make(426, "upgrade_required",
                                               QStringLiteral("Update ClinicDesk to sync: this server needs protocol %1 or newer.")
                                                   .arg(protocol::Schema::kMinProtocolVersion))), {});
        return std::nullopt;
    }
    const QByteArray authorization = request.header("authorization");
    if (!authorization.startsWith("Bearer ")) {
        respond(401, errorJson(WireError::make(401, "unauthorized", QStringLiteral("A device token is required."))),
                {{QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer")}});
        return std::nullopt;
    }
    const auto identity = m_store.authenticate(QString::fromLatin1(authorization.mid(7).trimmed()));
    if (!identity) {
        if (identity.error().code() == domain::ErrorCode::Forbidden)
            respond(403, errorJson(WireError::make(403, "device_revoked", QStringLiteral("This device has been revoked; enroll it again."))), {});
        else if (identity.error().code() == domain::ErrorCode::NotFound)
            respond(401, errorJson(WireError::make(401, "unauthorized", QStringLiteral("The device token is not valid."))),
                    {{QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer")}});
        else
            respond(500, errorJson(WireError::make(500, "internal", QStringLiteral("Internal error; request %1.").arg(request.id))), {});
        return std::nullopt;
    }
    const QString key = QStringLiteral("%1:%2").arg(identity.value().clinicId).arg(identity.value().deviceId);
    const qint64 minute = nowMs() / 60'000;
    {
        std::lock_guard lock(m_rateMutex);
        auto &[window, count] = m_rate[key];
        if (window != minute) {
            window = minute;
            count = 0;
        }
        if (++count > m_config.requestsPerMinute) {
            const qint64 retry = 60 - (nowMs() / 1000) % 60;
            respond(429, errorJson(WireError::make(429, "rate_limited", QStringLiteral("Too many requests; try again shortly."))),
                    {{QByteArrayLiteral("Retry-After"), QByteArray::number(retry)}});
            return std::nullopt;
        }
    }
    return identity.value();
}

void HttpApi::handlePush(const Request &request, const Responder &respond)
{
    const auto device = admit(request, respond);
    if (!device)
        return;
    if (!request.header("content-type").startsWith("application/json"))
        return respond(415, errorJson(WireError::make(415, "unsupported_media_type", QStringLiteral("Send application/json."))), {});
    if (request.body.size() > m_config.maxBodyBytes)
        return respond(413, errorJson(WireError::make(413, "body_too_large",
                                                      QStringLiteral("The body is larger than %1 bytes; push fewer rows at a time.")
                                                          .arg(m_config.maxBodyBytes))), {});
    auto parsed = protocol::Codec::parsePush(request.body, protocol::Codec::Limits{m_config.maxRowsPerPush});
    if (const auto *error = std::get_if<WireError>(&parsed))
        return respond(error->httpStatus, errorJson(*error), {});
    auto &push = std::get<protocol::PushRequest>(parsed);
    if (push.protocol < protocol::Schema::kMinProtocolVersion)
        return respond(426, errorJson(WireError::make(426, "upgrade_required", QStringLiteral("Update ClinicDesk to sync."))), {});
    const auto pushed = m_store.push(*device, std::move(push));
    if (!pushed)
        return respond(503, errorJson(WireError::make(503, "unavailable",
                                                      QStringLiteral("The server could not store the push; retry. Request %1.").arg(request.id))),
                       {{QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")}});
    const std::vector<PushOutcome> &outcomes = pushed.value().outcomes;
    qint64 accepted = 0;
    for (const PushOutcome &o : outcomes)
        accepted += o.accepted ? 1 : 0;
    m_metrics.addPushRows(accepted, qint64(outcomes.size()) - accepted);
    respond(200, WireEncoding::pushAnswer(outcomes, pushed.value().revision), {});
    if (accepted > 0)
        wake(device->clinicId);
    m_store.refreshStatisticsIfDue();  // after the answer has gone: it may take a while
}

void HttpApi::handlePull(const Request &request, const Responder &respond)
{
    const auto device = admit(request, respond);
    if (!device)
        return;
    const auto number = [&](const char *name, qint64 fallback, qint64 min, qint64 max, std::optional<qint64> *out) {
        const QString text = request.query.queryItemValue(QLatin1String(name));
        if (text.isEmpty()) {
            *out = fallback;
            return true;
        }
        bool ok = false;
        const qint64 value = text.toLongLong(&ok);
        if (!ok || value < min || value > max) {
            respond(400, errorJson(WireError::make(400, "invalid_value",
                                                   QStringLiteral("%1 must be an integer from %2 to %3.").arg(QLatin1String(name)).arg(min).arg(max),
                                                   QLatin1String(name))), {});
            return false;
        }
        *out = value;
        return true;
    };
    std::optional<qint64> since, limit, wait;
    if (!number("since", 0, 0, std::numeric_limits<qint64>::max(), &since)
        || !number("limit", 500, 1, m_config.maxPullRows, &limit)
        || !number("wait", 0, 0, m_config.longPollMaxSeconds, &wait))
        return;
    const auto page = m_store.pull(*device, *since, int(*limit));
    if (!page)
        return respond(503, errorJson(WireError::make(503, "unavailable", QStringLiteral("Try again. Request %1.").arg(request.id))),
                       {{QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")}});
    if (!page.value().rows.empty() || page.value().hasMore || page.value().next > *since || *wait == 0)
        return respond(200, WireEncoding::pullPage(page.value()), {});
    // Nothing new: park the request (no thread is held) until a commit or the deadline.
    auto waiter = std::make_shared<Waiter>(Waiter{*device, *since, int(*limit), nowMs() + *wait * 1000, respond});
    std::lock_guard lock(m_waitMutex);
    m_waiters.emplace(device->clinicId, std::move(waiter));
}

void HttpApi::handleConflicts(const Request &request, const Responder &respond)
{
    const auto device = admit(request, respond);
    if (!device)
        return;
    bool ok = true;
    const QString sinceText = request.query.queryItemValue(QStringLiteral("since"));
    const qint64 since = sinceText.isEmpty() ? 0 : sinceText.toLongLong(&ok);
    if (!ok || since < 0)
        return respond(400, errorJson(WireError::make(400, "invalid_value", QStringLiteral("since must be a conflict id >= 0."), QStringLiteral("since"))), {});
    const auto records = m_store.conflicts(*device, since, 500);
    if (!records)
        return respond(503, errorJson(WireError::make(503, "unavailable", QStringLiteral("Try again."))), {});
    QByteArray out = "{\"conflicts\":[";
    qint64 next = since;
    for (size_t i = 0; i < records.value().size(); ++i) {
        const ConflictRecord &c = records.value()[i];
        if (i > 0)
            out += ',';
        out += "{\"id\":" + QByteArray::number(c.id) + ",\"table\":\"" + c.table.toLatin1() + "\",\"cloudId\":" + QByteArray::number(c.cloudId)
               + ",\"field\":\"" + c.field.toLatin1() + "\",\"winner\":" + c.winnerJson + ",\"loser\":" + c.loserJson
               + ",\"winnerDevice\":" + QByteArray::number(c.winnerDevice) + ",\"loserDevice\":" + QByteArray::number(c.loserDevice)
               + ",\"revision\":" + QByteArray::number(c.revision) + '}';
        next = c.id;
    }
    out += "],\"next\":" + QByteArray::number(next) + '}';
    respond(200, out, {});
}

void HttpApi::wake(qint64 clinicId)
{
    std::vector<std::shared_ptr<Waiter>> ready;
    {
        std::lock_guard lock(m_waitMutex);
        const auto [begin, end] = m_waiters.equal_range(clinicId);
        for (auto it = begin; it != end; ++it)
            ready.push_back(it->second);
        m_waiters.erase(begin, end);
    }
    for (const auto &waiter : ready)
        completeWaiter(waiter, false);
}

void HttpApi::checkWaiters()
{
    // Runs on the main thread: expire, and look for commits made by other server processes.
    std::vector<std::shared_ptr<Waiter>> expired;
    std::map<qint64, qint64> lowestSince;
    {
        std::lock_guard lock(m_waitMutex);
        for (auto it = m_waiters.begin(); it != m_waiters.end();) {
            if (it->second->deadlineMs <= nowMs()) {
                expired.push_back(it->second);
                it = m_waiters.erase(it);
            } else {
                auto [pos, inserted] = lowestSince.emplace(it->first, it->second->since);
                if (!inserted)
                    pos->second = std::min(pos->second, it->second->since);
                ++it;
            }
        }
    }
    for (const auto &waiter : expired)
        completeWaiter(waiter, true);
    for (const auto &[clinic, since] : lowestSince) {
        m_pool.start([this, clinic = clinic, since = since] {
            const auto revision = m_store.revision(clinic);
            if (revision && revision.value() > since)
                wake(clinic);
        });
    }
}

void HttpApi::completeWaiter(const std::shared_ptr<Waiter> &waiter, bool timedOut)
{
    if (timedOut) {
        PullPage empty;
        empty.next = waiter->since;
        waiter->respond(200, WireEncoding::pullPage(empty), {});
        return;
    }
    m_pool.start([this, waiter] {
        const auto page = m_store.pull(waiter->device, waiter->since, waiter->limit);
        if (!page) {
            waiter->respond(503, errorJson(WireError::make(503, "unavailable", QStringLiteral("Try again."))), {});
            return;
        }
        waiter->respond(200, WireEncoding::pullPage(page.value()), {});
    });
}

} // namespace clinic::server
