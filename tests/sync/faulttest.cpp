// Sync under faults: answers lost after the server committed, answers cut halfway, and the desk's
// sync process killed with SIGKILL in the middle of a push and of a pull. Real server binary on
// loopback, real clinicdesk-sync processes, a fault-injecting TCP proxy in between.
#include "clinic/storage/appointmentrepository.h"
#include "clinic/storage/connection.h"
#include "clinic/storage/demoseeder.h"
#include "clinic/storage/patientrepository.h"
#include "clinic/storage/practitionerrepository.h"
#include "clinic/sync/syncmanager.h"

#include "support/faultproxy.h"
#include "support/fixtures.h"
#include "support/freeport.h"
#include "support/serverdatabase.h"
#include "support/serverprocess.h"
#include "support/syncsnapshot.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <chrono>
#include <random>
#include <thread>

using namespace clinic;

namespace {

QString joined(const QStringList &lines)
{
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class SyncFaultTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_serverPath = m_dir.filePath(QStringLiteral("server.db"));
        m_url = QStringLiteral("sqlite:") + m_serverPath;
        m_clinic = test::ServerProcess::admin(m_url, {QStringLiteral("create-clinic"), QStringLiteral("Fault clinic")}).toLongLong();
        m_server = std::make_unique<test::ServerProcess>(
            m_url, QStringList{QStringLiteral("--port"), QString::number(test::freeLoopbackPort()), QStringLiteral("--rate-per-minute"), QStringLiteral("100000")});
        QString output;
        ASSERT_TRUE(m_server->start(&output)) << output.toStdString();
    }

    [[nodiscard]] QString serverUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()); }
    [[nodiscard]] QString enrollmentCode() const
    {
        return test::ServerProcess::admin(m_url, {QStringLiteral("create-enrollment"), QString::number(m_clinic)});
    }

    /// Runs clinicdesk-sync to completion; returns its exit code (-1 when it did not finish).
    int runSync(const QStringList &arguments, QString *output = nullptr)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(CLINICDESK_SYNC_BINARY), arguments);
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            return -1;
        }
        if (output)
            *output = QString::fromUtf8(process.readAll());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    /// Starts `clinicdesk-sync --once` on `desk` again and again, each time SIGKILLing it a few
    /// milliseconds after it reported a batch with `marker` ("pushed" / "pulled"), so the kill lands
    /// while the next batch is being sent, committed by the server, or applied locally. Returns how
    /// many times it was killed.
    int killRepeatedly(const QString &desk, const QByteArray &marker, int maxKills, std::mt19937 &random)
    {
        int kills = 0;
        for (int attempt = 0; attempt < maxKills; ++attempt) {
            QProcess process;
            process.setProcessChannelMode(QProcess::MergedChannels);
            process.start(QStringLiteral(CLINICDESK_SYNC_BINARY), {QStringLiteral("--db"), desk, QStringLiteral("--once"), QStringLiteral("--batch"), QStringLiteral("40")});
            bool seen = false;
            QByteArray buffer;
            while (!seen && process.waitForReadyRead(30000)) {
                buffer += process.readAll();
                // "pushed P pulled Q": a push batch moved P past 0 (or a pull batch moved Q).
                for (const QByteArray &line : buffer.split('\n')) {
                    const QList<QByteArray> words = line.trimmed().split(' ');
                    if (words.size() == 4 && words[0] == "pushed") {
                        const int count = (marker == "pushed" ? words[1] : words[3]).toInt();
                        seen = seen || count > 0;
                    }
                }
            }
            if (!seen) {
                process.waitForFinished(30000);
                break;  // nothing (left) to do before a batch
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(std::uniform_int_distribution<int>(0, 15)(random)));
            if (process.state() != QProcess::Running) {
                process.waitForFinished();
                break;
            }
            process.kill();
            process.waitForFinished();
            ++kills;
            // The desk's database is sound after every kill.
            auto opened = storage::Connection::open(desk, QStringLiteral("after-kill"));
            EXPECT_TRUE(opened.ok()) << (opened.ok() ? std::string() : opened.error().message().toStdString());
        }
        return kills;
    }

    QTemporaryDir m_dir;
    QString m_serverPath;
    QString m_url;
    qint64 m_clinic = 0;
    std::unique_ptr<test::ServerProcess> m_server;
};

TEST_F(SyncFaultTest, aLostPushAnswerIsRetriedWithoutDuplicatesAndMapsTheSameCloudIds)
{
    test::FaultProxy proxy(m_server->port());
    const QString path = m_dir.filePath(QStringLiteral("A.db"));
    auto opened = storage::Connection::open(path, QStringLiteral("uiA"));
    ASSERT_TRUE(opened.ok());
    auto ui = std::move(opened).value();
    storage::Session session;
    sync::SyncEngine::Options options;
    options.databasePath = path;
    options.connectionName = QStringLiteral("syncA");
    options.longPollSeconds = 0;
    options.backoffMinMs = 50;
    options.backoffMaxMs = 300;
    sync::SyncManager manager(options);
    manager.start();
    QSignalSpy enrolled(&manager, &sync::SyncManager::enrolled);
    manager.enroll(proxy.url(), enrollmentCode(), QStringLiteral("Desk A"));
    ASSERT_TRUE(enrolled.wait(10000));
    ASSERT_TRUE(enrolled.first().at(0).toBool());

    const auto doctor = storage::PractitionerRepository(*ui, session).create(test::practitioner("Dr. Iyer"));
    const auto patient = storage::PatientRepository(*ui, session).create(test::patient("Nadia", "Rahman", "9811122233"));
    ASSERT_TRUE(doctor.ok() && patient.ok());
    ASSERT_TRUE(storage::AppointmentRepository(*ui, session)
                    .create(test::appointment(patient.value().meta.id, doctor.value().meta.id, QDate(2026, 12, 3), 11)).ok());

    // The server commits the push; its answer never reaches the desk.
    proxy.dropNextAnswer("POST /v1/push");
    manager.syncNow();
    const auto outboxEmpty = [&] {
        QSqlQuery q(ui->database());
        return q.exec(QStringLiteral("SELECT count(*) FROM sync_outbox")) && q.next() && q.value(0).toInt() == 0;
    };
    ASSERT_TRUE(QTest::qWaitFor(outboxEmpty, 20000)) << "the retry got through";
    EXPECT_EQ(proxy.stats().droppedAnswers, 1) << "the fault was really injected";

    test::ServerDatabase server(m_url);
    QStringList problems;
    const auto desk = test::deskSnapshot(ui->database(), &problems);
    EXPECT_TRUE(problems.isEmpty()) << joined(problems).toStdString();
    const auto onServer = test::serverSnapshot(server.db(), m_clinic);
    EXPECT_EQ(joined(test::compareSnapshots(onServer, desk)), QString()) << "desk and server hold the same rows, once each";
    EXPECT_EQ(onServer.at(QStringLiteral("patients")).size(), 1u);
    EXPECT_EQ(onServer.at(QStringLiteral("appointments")).size(), 1u);
    // Each local row was given exactly one cloud id, and the desk stored that one.
    qint64 deskRows = 0;
    for (const auto &[table, rows] : desk)
        deskRows += qint64(rows.size());
    EXPECT_EQ(server.scalar(QStringLiteral("SELECT count(*) FROM id_map")), deskRows);
    EXPECT_EQ(server.scalar(QStringLiteral("SELECT count(*) FROM records")), deskRows);
    QSqlQuery mapped(server.db());
    ASSERT_TRUE(mapped.exec(QStringLiteral("SELECT table_name, local_id, cloud_id FROM id_map")));
    while (mapped.next()) {
        QSqlQuery local(ui->database());
        local.exec(QStringLiteral("SELECT cloud_id FROM %1 WHERE id = %2").arg(mapped.value(0).toString()).arg(mapped.value(1).toLongLong()));
        ASSERT_TRUE(local.next());
        EXPECT_EQ(local.value(0).toLongLong(), mapped.value(2).toLongLong()) << mapped.value(0).toString().toStdString();
    }
    manager.stop();
}

TEST_F(SyncFaultTest, lostAndCutPullAnswersNeitherSkipNorDuplicateRows)
{
    // Desk A fills the server directly.
    const QString a = m_dir.filePath(QStringLiteral("A.db"));
    {
        auto opened = storage::Connection::open(a, QStringLiteral("seedA"));
        ASSERT_TRUE(opened.ok());
        storage::PatientRepository patients(*opened.value(), storage::Session{});
        for (int i = 0; i < 120; ++i) {
            auto p = test::patient("Pull", "Tester");
            p.lastName = QStringLiteral("Tester ") + QChar(u'A' + i % 26) + QChar(u'a' + i / 26);
            const auto created = patients.create(p);
            ASSERT_TRUE(created.ok()) << created.error().message().toStdString();
        }
    }
    ASSERT_EQ(runSync({QStringLiteral("--db"), a, QStringLiteral("--enroll"), enrollmentCode(), QStringLiteral("--server"), serverUrl()}), 0);
    ASSERT_EQ(runSync({QStringLiteral("--db"), a, QStringLiteral("--once")}), 0);

    // Desk B pulls through a proxy that loses one answer and cuts a third of the others.
    test::FaultProxy proxy(m_server->port());
    const QString b = m_dir.filePath(QStringLiteral("B.db"));
    ASSERT_EQ(runSync({QStringLiteral("--db"), b, QStringLiteral("--enroll"), enrollmentCode(), QStringLiteral("--server"), proxy.url()}), 0);
    proxy.dropNextAnswer("GET /v1/pull");
    proxy.setFaults({0, 0, 0.34}, 7);
    int runs = 0;
    QString output;
    while (runs < 40 && runSync({QStringLiteral("--db"), b, QStringLiteral("--once"), QStringLiteral("--batch"), QStringLiteral("25")}, &output) != 0)
        ++runs;
    ASSERT_LT(runs, 40) << output.toStdString();
    EXPECT_EQ(proxy.stats().droppedAnswers, 1);
    EXPECT_GT(proxy.stats().cutAnswers, 0);

    auto opened = storage::Connection::open(b, QStringLiteral("checkB"));
    ASSERT_TRUE(opened.ok());
    test::ServerDatabase server(m_url);
    QStringList problems;
    const auto desk = test::deskSnapshot(opened.value()->database(), &problems);
    EXPECT_TRUE(problems.isEmpty()) << joined(problems).toStdString();
    EXPECT_EQ(joined(test::compareSnapshots(test::serverSnapshot(server.db(), m_clinic), desk)), QString());
    EXPECT_EQ(desk.at(QStringLiteral("patients")).size(), 120u);
}

TEST_F(SyncFaultTest, killingTheDeskMidPushAndMidPullLosesAndDuplicatesNothing)
{
    const QString a = m_dir.filePath(QStringLiteral("A.db"));
    const QString b = m_dir.filePath(QStringLiteral("B.db"));
    {
        auto opened = storage::Connection::open(a, QStringLiteral("seedA"));
        ASSERT_TRUE(opened.ok());
        storage::DemoSeeder::Options options;
        options.patients = 150;
        options.practitioners = 2;
        options.daysBack = 20;
        options.daysAhead = 5;
        options.appointmentsPerPractitionerDay = 6;
        options.passwordIterations = 1000;
        ASSERT_TRUE(storage::DemoSeeder::seed(*opened.value(), storage::Session{}, options).ok());
    }
    ASSERT_EQ(runSync({QStringLiteral("--db"), a, QStringLiteral("--enroll"), enrollmentCode(), QStringLiteral("--server"), serverUrl()}), 0);
    ASSERT_EQ(runSync({QStringLiteral("--db"), b, QStringLiteral("--enroll"), enrollmentCode(), QStringLiteral("--server"), serverUrl()}), 0);

    std::mt19937 random(20261122);
    const int pushKills = killRepeatedly(a, "pushed", 8, random);
    QString output;
    ASSERT_EQ(runSync({QStringLiteral("--db"), a, QStringLiteral("--once")}, &output), 0) << output.toStdString();
    const int pullKills = killRepeatedly(b, "pulled", 8, random);
    ASSERT_EQ(runSync({QStringLiteral("--db"), b, QStringLiteral("--once")}, &output), 0) << output.toStdString();
    std::printf("[ kill -9 ] %d kills during push, %d during pull\n", pushKills, pullKills);
    EXPECT_GE(pushKills, 3);
    EXPECT_GE(pullKills, 3);

    test::ServerDatabase server(m_url);
    const auto onServer = test::serverSnapshot(server.db(), m_clinic);
    for (const QString &path : {a, b}) {
        auto opened = storage::Connection::open(path, QStringLiteral("check"));
        ASSERT_TRUE(opened.ok());
        QStringList problems;
        const auto desk = test::deskSnapshot(opened.value()->database(), &problems);
        EXPECT_TRUE(problems.isEmpty()) << joined(problems).toStdString();
        EXPECT_EQ(joined(test::compareSnapshots(onServer, desk)), QString()) << path.toStdString();
        QSqlQuery q(opened.value()->database());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM sync_outbox), (SELECT count(*) FROM sync_deferred)")) && q.next());
        EXPECT_EQ(q.value(0).toInt(), 0) << "nothing left to push";
        EXPECT_EQ(q.value(1).toInt(), 0) << "no row waits for a parent";
    }
    EXPECT_GT(onServer.at(QStringLiteral("appointments")).size(), 100u);
    qint64 serverRows = 0;
    for (const auto &[table, rows] : onServer)
        serverRows += qint64(rows.size());
    EXPECT_EQ(server.scalar(QStringLiteral("SELECT count(*) FROM id_map")), serverRows) << "one cloud id per local row, however often it was re-sent";
}

TEST_F(SyncFaultTest, aRequestTheServerRefusesStopsSyncWithTheReasonInsteadOfRetryingForever)
{
    test::FaultProxy proxy(m_server->port());  // no faults: it counts the requests
    const QString path = m_dir.filePath(QStringLiteral("A.db"));
    sync::SyncEngine::Options options;
    options.databasePath = path;
    options.connectionName = QStringLiteral("syncRefused");
    options.longPollSeconds = 60;  // above the server's longest wait (30 s): every long-poll is answered 400
    options.backoffMinMs = 50;
    options.backoffMaxMs = 200;
    options.periodicMs = 100;
    sync::SyncManager manager(options);
    manager.start();
    QSignalSpy enrolled(&manager, &sync::SyncManager::enrolled);
    QSignalSpy states(&manager, &sync::SyncManager::stateChanged);
    manager.enroll(proxy.url(), enrollmentCode(), QStringLiteral("Desk A"));
    ASSERT_TRUE(enrolled.wait(10000));
    // Enrolling starts the first sync by itself; a "sync now" here as well would race with it
    // (a second, user-asked attempt may land after the first refusal is seen).
    ASSERT_TRUE(QTest::qWaitFor([&] {
        return !states.isEmpty() && states.last().at(0).value<sync::SyncState>() == sync::SyncState::Refused;
    }, 10000));
    EXPECT_TRUE(states.last().at(1).toString().contains(QStringLiteral("wait"))) << "the server's reason: " << states.last().at(1).toString().toStdString();
    const int requests = proxy.stats().requests;
    manager.localChangeCommitted();
    QTest::qWait(1000);  // 10 periodic ticks and a local change: none may retry
    EXPECT_EQ(proxy.stats().requests, requests) << "no retry loop against a refusal";
    manager.syncNow();   // the user asks: one more attempt
    EXPECT_TRUE(QTest::qWaitFor([&] { return proxy.stats().requests > requests; }, 5000));
    manager.stop();
}
