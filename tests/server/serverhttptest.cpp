// The real clinicdesk-server binary on loopback, over real HTTP, on SQLite and on PostgreSQL.
#include "support/serverprocess.h"
#include "storebackend.h"
#include "support/serverdatabase.h"

#include <QElapsedTimer>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <atomic>
#include <set>
#include <thread>

using namespace clinic;
using nlohmann::json;
using test::HttpReply;

namespace {

json roomChange(qint64 localId, const json &name = "Room", qint64 hlc = 1)
{
    return {{"table", "rooms"}, {"localId", localId}, {"hlc", hlc}, {"fields", {{"name", name}, {"active", true}}}};
}

QByteArray pushBody(const json &changes, int protocol = 1)
{
    return QByteArray::fromStdString(json{{"protocol", protocol}, {"schema", 4}, {"changes", changes}}.dump());
}

} // namespace

class ServerHttpTest : public ::testing::TestWithParam<QString>
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_url = test::freshDatabaseUrl(GetParam(), m_dir);
        ASSERT_FALSE(m_url.isEmpty());
        m_clinic = test::ServerProcess::admin(m_url, {QStringLiteral("create-clinic"), QStringLiteral("Clinic A")}).toLongLong();
        ASSERT_GT(m_clinic, 0);
        m_server = std::make_unique<test::ServerProcess>(m_url, QStringList{QStringLiteral("--max-body-bytes"), QStringLiteral("2000000"),
                                                                            QStringLiteral("--max-rows"), QStringLiteral("500")});
        QString output;
        ASSERT_TRUE(m_server->start(&output)) << output.toStdString();
        m_token = m_server->enroll(m_clinic, QStringLiteral("aaaa0000aaaa"));
        ASSERT_FALSE(m_token.isEmpty());
    }

    int port() const { return m_server->port(); }
    HttpReply push(const json &changes, const QByteArray &token = {})
    {
        return test::request(port(), "POST", "/v1/push", pushBody(changes), token.isEmpty() ? m_token : token);
    }
    std::vector<json> pullAll(const QByteArray &token = {})
    {
        std::vector<json> rows;
        qint64 since = 0;
        for (int guard = 0; guard < 1000; ++guard) {
            const HttpReply r = test::request(port(), "GET", "/v1/pull?since=" + QByteArray::number(since) + "&limit=200", {},
                                              token.isEmpty() ? m_token : token);
            EXPECT_EQ(r.status, 200) << r.body.toStdString();
            if (r.status != 200)
                break;
            const json page = r.json();
            for (const auto &c : page["changes"])
                rows.push_back(c);
            since = page["next"].get<qint64>();
            if (!page["hasMore"].get<bool>())
                break;
        }
        return rows;
    }
    void expectStillServingAndUnchanged(size_t rows)
    {
        EXPECT_EQ(test::request(port(), "GET", "/health").status, 200) << "the server still answers";
        EXPECT_EQ(pullAll().size(), rows) << "nothing was partly written";
    }

    QTemporaryDir m_dir;
    QString m_url;
    qint64 m_clinic = 0;
    std::unique_ptr<test::ServerProcess> m_server;
    QByteArray m_token;
};

TEST_P(ServerHttpTest, healthAndMetricsAnswer)
{
    const HttpReply health = test::request(port(), "GET", "/health");
    ASSERT_EQ(health.status, 200);
    EXPECT_EQ(health.json()["storage"], GetParam().toStdString());
    EXPECT_FALSE(health.header("x-request-id").isEmpty());
    const HttpReply metrics = test::request(port(), "GET", "/metrics");
    ASSERT_EQ(metrics.status, 200);
    EXPECT_TRUE(metrics.body.contains("clinicdesk_http_requests_total{route=\"health\",status=\"200\"} 1"));
    EXPECT_TRUE(metrics.header("content-type").startsWith("text/plain"));
    EXPECT_EQ(test::request(port(), "GET", "/nope").status, 404);
    EXPECT_EQ(test::request(port(), "DELETE", "/v1/push").status, 405);
}

TEST_P(ServerHttpTest, theRequestLogKeepsTheCursorButNeverOtherQueryText)
{
    const HttpReply r = test::request(port(), "GET", "/v1/pull?since=0&limit=7&note=Priya%20Sharma", {}, m_token);
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_server->output().contains(QStringLiteral("since=0&limit=7")); }, 5000))
        << m_server->output().toStdString();
    EXPECT_FALSE(m_server->output().contains(QStringLiteral("Priya"))) << "a client-chosen parameter is not logged";
}

TEST_P(ServerHttpTest, pushAndPullRoundTripWithPerRowAnswers)
{
    const HttpReply r = push(json::array({roomChange(1, "Room 1"), roomChange(2, 42), roomChange(3, "Room 3")}));
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    const json results = r.json()["results"];
    ASSERT_EQ(results.size(), 3u);
    EXPECT_EQ(results[0]["status"], "accepted");
    EXPECT_EQ(results[1]["status"], "rejected");
    EXPECT_EQ(results[1]["code"], "invalid_value");
    EXPECT_EQ(results[1]["field"], "name");
    EXPECT_EQ(results[2]["status"], "accepted");
    const auto rows = pullAll();
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0]["fields"]["name"], "Room 1");
    EXPECT_EQ(rows[0]["localId"], 1);
}

TEST_P(ServerHttpTest, aFirstUploadRefreshesPostgresStatisticsAfterItsAnswers)
{
    if (GetParam() != QLatin1String("postgres"))
        GTEST_SKIP() << "only PostgreSQL plans from statistics";
    const test::ServerDatabase server(m_url);
    const auto analyses = [&] {
        return server.scalar(QStringLiteral("SELECT sum(analyze_count) FROM pg_stat_user_tables WHERE relname IN ('records', 'id_map')"));
    };
    const qint64 before = analyses();
    for (int batch = 0; batch < 2; ++batch) {  // 600 rooms and their 600 mappings, in pushes of 300
        json changes = json::array();
        for (int i = 1; i <= 300; ++i)
            changes.push_back(roomChange(batch * 300 + i, "Room"));
        ASSERT_EQ(push(changes).status, 200);
    }
    EXPECT_TRUE(QTest::qWaitFor([&] { return analyses() == before + 2; }, 10000)) << "records and id_map analyzed; now " << analyses() - before;
}

TEST_P(ServerHttpTest, hostileInputGetsASpecific4xxAndChangesNothing)
{
    ASSERT_EQ(push(json::array({roomChange(1)})).status, 200);
    struct Case { const char *name; HttpReply reply; int status; const char *code; };
    const QByteArray big(1'000'000, 'x');
    const Case cases[] = {
        {"malformed JSON", test::request(port(), "POST", "/v1/push", "{\"protocol\":1,", m_token), 400, "invalid_json"},
        {"invalid UTF-8", test::request(port(), "POST", "/v1/push", "{\"protocol\":1,\"schema\":4,\"changes\":[],\"x\":\"\xff\"}", m_token), 400, "invalid_json"},
        {"wrong content type", test::request(port(), "POST", "/v1/push", pushBody(json::array()), m_token, {{"Content-Type", "text/plain"}}), 415, "unsupported_media_type"},
        {"wrong types", test::request(port(), "POST", "/v1/push", R"({"protocol":1,"schema":4,"changes":"all"})", m_token), 400, "invalid_request"},
        {"missing protocol", test::request(port(), "POST", "/v1/push", R"({"schema":4,"changes":[]})", m_token), 400, "invalid_request"},
        {"old protocol in body", test::request(port(), "POST", "/v1/push", pushBody(json::array(), 0), m_token), 426, "upgrade_required"},
        {"old protocol header", test::request(port(), "GET", "/v1/pull", {}, m_token, {{"X-ClinicDesk-Protocol", "0"}}), 426, "upgrade_required"},
        {"body over the limit", test::request(port(), "POST", "/v1/push", QByteArray(2'100'000, ' '), m_token), 413, "bad_http"},
        {"too many rows", push([] { json a = json::array(); for (int i = 1; i <= 501; ++i) a.push_back(roomChange(100 + i)); return a; }()), 413, "too_many_rows"},
        {"missing token", test::request(port(), "GET", "/v1/pull"), 401, "unauthorized"},
        {"forged token", test::request(port(), "GET", "/v1/pull", {}, "forged-token-000000000000000000000000000"), 401, "unauthorized"},
        {"bad cursor", test::request(port(), "GET", "/v1/pull?since=-1", {}, m_token), 400, "invalid_value"},
        {"huge limit", test::request(port(), "GET", "/v1/pull?limit=99999999999999999999", {}, m_token), 400, "invalid_value"},
        {"chunked body", test::rawRequest(port(), "POST /v1/push HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"), 501, "bad_http"},
        {"garbage request line", test::rawRequest(port(), "\x01\x02 nonsense\r\n\r\n"), 400, "bad_http"},
        {"no content length", test::rawRequest(port(), "POST /v1/push HTTP/1.1\r\nContent-Type: application/json\r\n\r\n"), 411, "bad_http"},
        {"huge header", test::rawRequest(port(), "GET /health HTTP/1.1\r\nX-Long: " + QByteArray(40000, 'a') + "\r\n\r\n"), 431, "bad_http"},
        {"reused enrollment code", [&] {
             const QString code = test::ServerProcess::admin(m_url, {QStringLiteral("create-enrollment"), QString::number(m_clinic)});
             const QByteArray body = QByteArray::fromStdString(json{{"code", code.toStdString()}, {"deviceId", "bbbb0000bbbb"}, {"deviceName", "X"}}.dump());
             test::request(port(), "POST", "/v1/enroll", body);
             return test::request(port(), "POST", "/v1/enroll", body);
         }(), 403, "invalid_code"},
    };
    for (const Case &c : cases) {
        EXPECT_EQ(c.reply.status, c.status) << c.name << ": " << c.reply.body.left(300).toStdString();
        const json body = c.reply.json();
        ASSERT_TRUE(body.is_object()) << c.name;
        EXPECT_EQ(body["error"]["code"], c.code) << c.name;
        EXPECT_FALSE(body["error"]["message"].get<std::string>().empty()) << c.name;
    }
    // Per-row rejections inside an accepted request.
    const HttpReply rows = push(json::array({
        {{"table", "no_such_table"}, {"localId", 1}, {"hlc", 1}, {"fields", json::object()}},
        roomChange(2, std::string(1'000'000, 'x')),
        {{"table", "rooms"}, {"localId", 3}, {"hlc", 1}, {"fields", {{"name", "x"}, {"active", true}, {"owner", "me"}}}},
        {{"table", "rooms"}, {"localId", 4}, {"hlc", 1}, {"fields", {{"active", true}}}},
        {{"table", "services"}, {"localId", 5}, {"hlc", 1}, {"fields", {{"code", "X"}, {"name", "X"}, {"duration_minutes", 30}, {"price_minor", -5},
                                                                         {"tax_rate_bp", 0}, {"tax_code", ""}, {"active", true}}}},
        {{"table", "appointments"}, {"localId", 6}, {"hlc", 1}, {"fields", {{"patient_id", {{"localId", 999}}}}}},
    }));
    ASSERT_EQ(rows.status, 200) << rows.body.toStdString();
    const char *codes[] = {"unknown_table", "invalid_value", "unknown_field", "missing_field", "invalid_value", "missing_field"};
    for (size_t i = 0; i < 6; ++i)
        EXPECT_EQ(rows.json()["results"][i]["code"], codes[i]) << i;
    expectStillServingAndUnchanged(1);
}

TEST_P(ServerHttpTest, aRevokedDeviceIsRefusedAndAnotherClinicsIdsAreNotFound)
{
    const qint64 other = test::ServerProcess::admin(m_url, {QStringLiteral("create-clinic"), QStringLiteral("Clinic B")}).toLongLong();
    const QByteArray stranger = m_server->enroll(other, QStringLiteral("cccc0000cccc"));
    const HttpReply mine = push(json::array({roomChange(1, "Private room")}));
    const qint64 cloudId = mine.json()["results"][0]["cloudId"].get<qint64>();
    json steal = roomChange(1, "Stolen");
    steal["cloudId"] = cloudId;
    const HttpReply attempt = push(json::array({steal}), stranger);
    ASSERT_EQ(attempt.status, 200);
    EXPECT_EQ(attempt.json()["results"][0]["code"], "not_found");
    EXPECT_TRUE(pullAll(stranger).empty());

    const QString devices = test::ServerProcess::admin(m_url, {QStringLiteral("list-devices"), QString::number(other)});
    const QString deviceId = devices.split(QLatin1Char('\t')).value(0);
    test::ServerProcess::admin(m_url, {QStringLiteral("revoke-device"), QString::number(other), deviceId});
    const HttpReply revoked = test::request(port(), "GET", "/v1/pull", {}, stranger);
    EXPECT_EQ(revoked.status, 403);
    EXPECT_EQ(revoked.json()["error"]["code"], "device_revoked");
    EXPECT_EQ(pullAll()[0]["fields"]["name"], "Private room");
}

TEST_P(ServerHttpTest, aWaitingPullAnswersAsSoonAsAnotherDeviceCommits)
{
    const QByteArray other = m_server->enroll(m_clinic, QStringLiteral("dddd0000dddd"));
    std::vector<double> latenciesMs;
    qint64 since = 0;
    for (int i = 1; i <= 5; ++i) {
        std::atomic<qint64> committedAtNs{0};
        QElapsedTimer clock;
        clock.start();
        std::thread writer([&] {
            QThread::msleep(300);
            committedAtNs = clock.nsecsElapsed();
            push(json::array({roomChange(i, "Live")}), other);
        });
        const HttpReply waited = test::request(port(), "GET", "/v1/pull?wait=20&since=" + QByteArray::number(since), {}, m_token);
        const qint64 answeredAtNs = clock.nsecsElapsed();
        writer.join();
        ASSERT_EQ(waited.status, 200);
        ASSERT_EQ(waited.json()["changes"].size(), 1u) << waited.body.toStdString();
        since = waited.json()["next"].get<qint64>();
        latenciesMs.push_back(double(answeredAtNs - committedAtNs) / 1e6);
        EXPECT_LT(answeredAtNs / 1'000'000, 10'000) << "answered by the commit, not by the 20 s deadline";
    }
    std::sort(latenciesMs.begin(), latenciesMs.end());
    std::printf("[ long-poll ] push-to-answer latency median %.1f ms (loopback, %s)\n", latenciesMs[2], qPrintable(GetParam()));
}

TEST_P(ServerHttpTest, killedMidPushThenRetriedLosesAndDuplicatesNothing)
{
    json changes = json::array();
    for (int i = 1; i <= 400; ++i)
        changes.push_back(roomChange(i, "Room", i));
    const QByteArray body = pushBody(changes);
    for (int round = 0; round < 3; ++round) {
        // Send the push and kill the server while it works on it (or right after it answered).
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(port()));
        ASSERT_TRUE(socket.waitForConnected(5000));
        socket.write("POST /v1/push HTTP/1.1\r\nContent-Type: application/json\r\nX-ClinicDesk-Protocol: 1\r\nAuthorization: Bearer " + m_token
                     + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        socket.waitForBytesWritten(5000);
        QThread::msleep(static_cast<unsigned long>(round * 15));
        m_server->kill();
        const QString url = m_url;
        m_server = std::make_unique<test::ServerProcess>(url);
        QString output;
        ASSERT_TRUE(m_server->start(&output)) << output.toStdString();
    }
    // The desk never saw an answer, so it retries the same push.
    const HttpReply retried = push(changes);
    ASSERT_EQ(retried.status, 200) << retried.body.toStdString();
    std::set<qint64> cloudIds;
    const json answer = retried.json();
    for (const auto &r : answer["results"]) {
        EXPECT_EQ(r["status"], "accepted");
        cloudIds.insert(r["cloudId"].get<qint64>());
    }
    EXPECT_EQ(cloudIds.size(), 400u);
    const auto rows = pullAll();
    EXPECT_EQ(rows.size(), 400u) << "no duplicate, no loss";
    std::set<qint64> pulled;
    for (const auto &r : rows)
        pulled.insert(r["cloudId"].get<qint64>());
    EXPECT_EQ(pulled, cloudIds) << "the feed and the answers name the same rows";
}

INSTANTIATE_TEST_SUITE_P(Backends, ServerHttpTest, ::testing::Values(QStringLiteral("sqlite"), QStringLiteral("postgres")),
                         test::backendName);

/// Several server processes starting at once on a new database (a rolling deploy, two units
/// started together): the migrations run once, under the lock, and every process starts.
TEST(ServerHttpTwoProcesses, serversStartingTogetherOnANewDatabaseMigrateItOnce)
{
    for (const QString &backend : {QStringLiteral("postgres"), QStringLiteral("sqlite")}) {
        SCOPED_TRACE(backend.toStdString());
        QTemporaryDir dir;
        const QString url = test::freshDatabaseUrl(backend, dir);
        ASSERT_FALSE(url.isEmpty());
        std::vector<std::unique_ptr<QProcess>> servers;
        for (int i = 0; i < 4; ++i) {
            servers.push_back(std::make_unique<QProcess>());
            servers.back()->start(QStringLiteral(CLINICDESK_SERVER_BINARY), {QStringLiteral("--db"), url, QStringLiteral("--migrate-only")});
        }
        // Each process logs the migrations it applied: together, every migration exactly once.
        QMap<QString, int> applied;
        static const QRegularExpression line(QStringLiteral("applied server migration (\\d+)"));
        for (auto &p : servers) {
            ASSERT_TRUE(p->waitForFinished(60000));
            EXPECT_EQ(p->exitCode(), 0) << p->readAllStandardError().toStdString();
            EXPECT_TRUE(p->readAllStandardOutput().contains("ok:"));
            auto it = line.globalMatch(QString::fromUtf8(p->readAllStandardError()));
            while (it.hasNext())
                ++applied[it.next().captured(1)];
        }
        const int migrations = int(QDir(QStringLiteral(":/migrations/server")).entryList(QDir::Files).size());
        EXPECT_EQ(applied.size(), migrations) << "every migration applied";
        for (auto it = applied.cbegin(); it != applied.cend(); ++it)
            EXPECT_EQ(it.value(), 1) << "migration " << it.key().toStdString() << " applied by " << it.value() << " processes";
        EXPECT_GT(test::ServerProcess::admin(url, {QStringLiteral("create-clinic"), QStringLiteral("After")}).toLongLong(), 0);
    }
}

TEST(ServerOperations, anOlderServerRefusesADatabaseMigratedByANewerOne)
{
    QTemporaryDir dir;
    const QString url = test::freshDatabaseUrl(QStringLiteral("sqlite"), dir);
    ASSERT_FALSE(test::ServerProcess::admin(url, {QStringLiteral("create-clinic"), QStringLiteral("Future")}).isEmpty());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
        db.setDatabaseName(url.mid(int(qstrlen("sqlite:"))));
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO server_schema_version (version, applied_at) VALUES (999, 0)")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("future"));
    QProcess server;
    server.start(QStringLiteral(CLINICDESK_SERVER_BINARY), {QStringLiteral("--db"), url, QStringLiteral("--check-config")});
    ASSERT_TRUE(server.waitForFinished(30000));
    EXPECT_NE(server.exitCode(), 0);
    EXPECT_TRUE(server.readAllStandardError().contains("newer clinicdesk-server"));
}

TEST(ServerHttpTwoProcesses, twoServersOnOnePostgresBehaveAsOne)
{
    QTemporaryDir dir;
    const QString url = test::freshDatabaseUrl(QStringLiteral("postgres"), dir);
    ASSERT_FALSE(url.isEmpty());
    const qint64 clinic = test::ServerProcess::admin(url, {QStringLiteral("create-clinic"), QStringLiteral("Shared")}).toLongLong();
    test::ServerProcess a(url), b(url);
    ASSERT_TRUE(a.start());
    ASSERT_TRUE(b.start());
    const QByteArray tokenA = a.enroll(clinic, QStringLiteral("eeee0000eeee"));
    const QByteArray tokenB = b.enroll(clinic, QStringLiteral("ffff0000ffff"));
    ASSERT_FALSE(tokenA.isEmpty());
    ASSERT_FALSE(tokenB.isEmpty());
    std::atomic<int> done{0};
    std::vector<std::thread> writers;
    for (int w = 0; w < 4; ++w) {
        writers.emplace_back([&, w] {
            for (int p = 0; p < 10; ++p) {
                json changes = json::array();
                for (int r = 1; r <= 5; ++r)
                    changes.push_back(roomChange(qint64(w) * 10000 + p * 10 + r));
                const int port = w % 2 ? a.port() : b.port();
                const HttpReply reply = test::request(port, "POST", "/v1/push", pushBody(changes), w % 2 ? tokenA : tokenB);
                EXPECT_EQ(reply.status, 200);
            }
            ++done;
        });
    }
    std::set<qint64> seen;
    int duplicates = 0;
    qint64 since = 0;
    for (;;) {
        const bool finished = done.load() == 4;
        const HttpReply page = test::request(a.port(), "GET", "/v1/pull?limit=7&since=" + QByteArray::number(since), {}, tokenA);
        EXPECT_EQ(page.status, 200);
        if (page.status != 200)
            break;
        const json body = page.json();
        for (const auto &c : body["changes"])
            duplicates += seen.insert(c["cloudId"].get<qint64>()).second ? 0 : 1;
        since = body["next"].get<qint64>();
        if (finished && !body["hasMore"].get<bool>())
            break;
    }
    for (auto &t : writers)
        t.join();
    EXPECT_EQ(duplicates, 0);
    EXPECT_EQ(seen.size(), 4u * 10 * 5) << "a reader of one server never skipped a row committed through the other";
}

// --- Operational behaviour (SQLite backend; the behaviour does not depend on storage) ----------

namespace {

struct SingleServer
{
    QTemporaryDir dir;
    QString url;
    qint64 clinic = 0;
    std::unique_ptr<test::ServerProcess> server;
    QByteArray token;

    bool start(const QStringList &extra = {})
    {
        url = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("server.db"));
        clinic = test::ServerProcess::admin(url, {QStringLiteral("create-clinic"), QStringLiteral("Ops")}).toLongLong();
        server = std::make_unique<test::ServerProcess>(url, extra);
        if (!server->start())
            return false;
        token = server->enroll(clinic, QStringLiteral("abab1111abab"));
        return !token.isEmpty();
    }
};

} // namespace

TEST(ServerOperations, theRateLimitAnswers429WithRetryAfter)
{
    SingleServer s;
    ASSERT_TRUE(s.start({QStringLiteral("--rate-per-minute"), QStringLiteral("3")}));
    int limited = 0;
    QByteArray retryAfter;
    for (int i = 0; i < 8; ++i) {
        const HttpReply r = test::request(s.server->port(), "GET", "/v1/pull", {}, s.token);
        if (r.status == 429) {
            ++limited;
            retryAfter = r.header("retry-after");
            EXPECT_EQ(r.json()["error"]["code"], "rate_limited");
        } else {
            EXPECT_EQ(r.status, 200);
        }
    }
    EXPECT_GE(limited, 2) << "at most 3 per minute (6 if the minute turned over)";
    EXPECT_GT(retryAfter.toInt(), 0);
    EXPECT_LE(retryAfter.toInt(), 60);
}

TEST(ServerOperations, sigtermAnswersWaitingPullsAndExitsCleanly)
{
    SingleServer s;
    ASSERT_TRUE(s.start());
    QElapsedTimer timer;
    timer.start();
    HttpReply waited;
    std::thread poller([&] { waited = test::request(s.server->port(), "GET", "/v1/pull?wait=25", {}, s.token, {}); });
    QThread::msleep(400);
    s.server->terminate();
    poller.join();
    EXPECT_EQ(waited.status, 200) << "the parked long-poll got an answer";
    EXPECT_TRUE(waited.json()["changes"].empty());
    EXPECT_LT(timer.elapsed(), 10'000) << "released at shutdown, not at its 25 s deadline";
    EXPECT_TRUE(s.server->output().contains(QStringLiteral("shutting down")));
}

TEST(ServerOperations, conflictsCanBeFetchedByTheDesks)
{
    SingleServer s;
    ASSERT_TRUE(s.start());
    const QByteArray other = s.server->enroll(s.clinic, QStringLiteral("cdcd2222cdcd"));
    const int port = s.server->port();
    const HttpReply created = test::request(port, "POST", "/v1/push", pushBody(json::array({roomChange(1, "Gym", 10)})), s.token);
    const qint64 id = created.json()["results"][0]["cloudId"].get<qint64>();
    json mine = roomChange(1, "Gym A", 30);
    mine["cloudId"] = id;
    json theirs = roomChange(7, "Gym B", 20);
    theirs["cloudId"] = id;
    test::request(port, "POST", "/v1/push", pushBody(json::array({mine})), s.token);
    test::request(port, "POST", "/v1/push", pushBody(json::array({theirs})), other);
    const HttpReply conflicts = test::request(port, "GET", "/v1/conflicts?since=0", {}, other);
    ASSERT_EQ(conflicts.status, 200) << conflicts.body.toStdString();
    const json list = conflicts.json()["conflicts"];
    ASSERT_EQ(list.size(), 1u);
    EXPECT_EQ(list[0]["field"], "name");
    EXPECT_EQ(list[0]["winner"], "Gym A");
    EXPECT_EQ(list[0]["loser"], "Gym B");
    EXPECT_EQ(test::request(port, "GET", "/v1/conflicts?since=-3", {}, other).status, 400);
}

TEST(ServerOperations, servesHttpsWithItsCertificateAndRefusesPlainText)
{
    QTemporaryDir dir;
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    const QString cert = dir.filePath(QStringLiteral("cert.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                                              QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                                              QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                                              QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")});
    ASSERT_TRUE(openssl.waitForFinished(60000));
    ASSERT_EQ(openssl.exitCode(), 0) << openssl.readAllStandardError().toStdString();

    SingleServer s;
    s.url = QStringLiteral("sqlite:") + s.dir.filePath(QStringLiteral("server.db"));
    test::ServerProcess server(s.url, {QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key});
    QString output;
    ASSERT_TRUE(server.start(&output)) << output.toStdString();
    EXPECT_TRUE(server.output().contains(QStringLiteral("(https)")));

    // A desk that pins the clinic's self-signed certificate.
    QSslSocket socket;
    QSslConfiguration config = socket.sslConfiguration();
    config.setCaCertificates(QSslCertificate::fromPath(cert));
    socket.setSslConfiguration(config);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), quint16(server.port()));
    ASSERT_TRUE(socket.waitForEncrypted(10000)) << socket.errorString().toStdString();
    socket.write("GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    QByteArray answer;
    while (socket.waitForReadyRead(5000))
        answer += socket.readAll();
    EXPECT_TRUE(answer.startsWith("HTTP/1.1 200")) << answer.left(200).toStdString();

    // A desk that does not trust it fails the handshake; plain HTTP gets no answer.
    QSslSocket untrusting;
    untrusting.connectToHostEncrypted(QStringLiteral("127.0.0.1"), quint16(server.port()));
    EXPECT_FALSE(untrusting.waitForEncrypted(5000));
    EXPECT_EQ(test::request(server.port(), "GET", "/health").status, 0);
}
