// The sync engine on its own thread, against the real clinicdesk-server binary on loopback.
#include "clinic/storage/appointmentrepository.h"
#include "clinic/storage/patientrepository.h"
#include "clinic/storage/practitionerrepository.h"
#include "clinic/storage/writetransaction.h"
#include "clinic/sync/syncmanager.h"

#include "support/fixtures.h"
#include "support/freeport.h"
#include "support/serverprocess.h"
#include "support/tempdatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

using namespace clinic;

namespace {

struct Desk
{
    QString path;
    std::unique_ptr<storage::Connection> ui;  ///< the "UI thread" connection of the test
    std::unique_ptr<sync::SyncManager> manager;
    storage::Session session;
};

} // namespace

class SyncManagerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_url = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("server.db"));
        m_clinic = test::ServerProcess::admin(m_url, {QStringLiteral("create-clinic"), QStringLiteral("Engine clinic")}).toLongLong();
        m_port = test::freeLoopbackPort();
        startServer();
        for (Desk *desk : {&m_a, &m_b}) {
            const QString name = desk == &m_a ? QStringLiteral("A") : QStringLiteral("B");
            desk->path = m_dir.filePath(name + QStringLiteral(".db"));
            auto opened = storage::Connection::open(desk->path, QStringLiteral("ui") + name);
            ASSERT_TRUE(opened.ok());
            desk->ui = std::move(opened).value();
            sync::SyncEngine::Options options;
            options.databasePath = desk->path;
            options.connectionName = QStringLiteral("sync") + name;
            options.longPollSeconds = desk == &m_b ? 10 : 0;
            options.backoffMinMs = 200;
            options.backoffMaxMs = 1000;
            desk->manager = std::make_unique<sync::SyncManager>(options);
            desk->manager->start();
            QSignalSpy enrolled(desk->manager.get(), &sync::SyncManager::enrolled);
            const QString code = test::ServerProcess::admin(m_url, {QStringLiteral("create-enrollment"), QString::number(m_clinic)});
            desk->manager->enroll(QStringLiteral("http://127.0.0.1:%1").arg(m_port), code, QStringLiteral("Desk ") + name);
            ASSERT_TRUE(enrolled.wait(10000));
            ASSERT_TRUE(enrolled.first().at(0).toBool()) << enrolled.first().at(1).toString().toStdString();
            // The token is in a file only the user can read, never in the database.
            const auto permissions = QFile::permissions(sync::SyncCredentials::pathFor(desk->path));
            EXPECT_TRUE(permissions & QFileDevice::ReadOwner);
            EXPECT_FALSE(permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther));
            EXPECT_FALSE(sync::SyncCredentials::load(desk->path).token.isEmpty());
        }
    }

    void TearDown() override
    {
        m_a.manager.reset();
        m_b.manager.reset();
    }

    /// The server on the test's port, with `extra` options (e.g. an older release's limits).
    void startServer(const QStringList &extra = {})
    {
        m_server = std::make_unique<test::ServerProcess>(m_url, QStringList{QStringLiteral("--port"), QString::number(m_port)} + extra);
        QString output;
        ASSERT_TRUE(m_server->start(&output)) << output.toStdString();
    }

    /// `count` patients saved on desk A in one transaction, then the app's nudge to sync.
    void createOnA(int count, const char *first, const char *last)
    {
        storage::PatientRepository patients(*m_a.ui, m_a.session);
        storage::WriteTransaction tx(*m_a.ui, std::nullopt);
        for (int i = 0; i < count; ++i)
            ASSERT_TRUE(patients.create(test::patient(first, last)).ok());
        ASSERT_TRUE(tx.commit().ok());
        m_a.manager->localChangeCommitted();
    }

    static QVariant scalar(const Desk &desk, const QString &sql)
    {
        QSqlQuery q(desk.ui->database());
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }

    QTemporaryDir m_dir;
    QString m_url;
    qint64 m_clinic = 0;
    int m_port = 0;
    std::unique_ptr<test::ServerProcess> m_server;
    Desk m_a, m_b;
};

TEST_F(SyncManagerTest, aChangeSavedOnOneDeskShowsOnTheOtherWithoutAnyoneDoingAnything)
{
    QSignalSpy changedOnB(m_b.manager.get(), &sync::SyncManager::dataChanged);
    QSignalSpy finishedOnA(m_a.manager.get(), &sync::SyncManager::cycleFinished);
    QElapsedTimer timer;
    timer.start();
    ASSERT_TRUE(storage::PatientRepository(*m_a.ui, m_a.session).create(test::patient("Zara", "Ali", "9800011122")).ok());
    m_a.manager->localChangeCommitted();  // what the app does after each save: a queued call, it never waits

    ASSERT_TRUE(QTest::qWaitFor([&] {
        for (const auto &args : changedOnB) {
            if (args.at(0).toString() == QLatin1String("patients"))
                return true;
        }
        return false;
    }, 15000)) << "B's long-poll brought the new patient";
    std::printf("[ live ] saved on A -> applied on B in %lld ms\n", qlonglong(timer.elapsed()));
    EXPECT_EQ(scalar(m_b, QStringLiteral("SELECT first_name FROM patients")).toString(), QStringLiteral("Zara"));
    EXPECT_EQ(scalar(m_b, QStringLiteral("SELECT phone FROM patients")).toString(), QStringLiteral("+919800011122"));
    // B can apply the row before A has applied the answer to its own push (B's long-poll may be
    // faster than A's reply handling): wait for A's mapping instead of assuming the order.
    EXPECT_TRUE(QTest::qWaitFor([&] { return !scalar(m_a, QStringLiteral("SELECT cloud_id FROM patients")).isNull(); }, 15000))
        << "A stored its cloud id";
    EXPECT_EQ(scalar(m_a, QStringLiteral("SELECT cloud_id FROM patients")), scalar(m_b, QStringLiteral("SELECT cloud_id FROM patients")));
}

TEST_F(SyncManagerTest, pushesReadBeforeTheAnswerToThePushAheadOfThemKeepEveryReferenceRight)
{
    // Pushes of two rows: each is read while the one before it is on the wire, before that one's
    // cloud ids are stored, so an appointment reaches the server as {"localId": n} of a patient
    // the push before has just created, and a patient edited meanwhile travels again, whole.
    m_a.manager.reset();
    sync::SyncEngine::Options options;
    options.databasePath = m_a.path;
    options.connectionName = QStringLiteral("syncA2");
    options.longPollSeconds = 0;
    options.pushBatch = 2;
    m_a.manager = std::make_unique<sync::SyncManager>(options);
    m_a.manager->start();
    static constexpr const char *kHours[] = {"Nine", "Ten", "Eleven", "Noon", "One", "Two"};
    QSignalSpy rejected(m_a.manager.get(), &sync::SyncManager::rowRejected);
    {
        storage::WriteTransaction tx(*m_a.ui, std::nullopt);
        const auto doctor = storage::PractitionerRepository(*m_a.ui, m_a.session).create(test::practitioner("Dr. Iyer"));
        ASSERT_TRUE(doctor.ok());
        for (int hour = 9; hour < 15; ++hour) {
            const auto patient = storage::PatientRepository(*m_a.ui, m_a.session).create(test::patient("Read", kHours[hour - 9]));
            ASSERT_TRUE(patient.ok());
            ASSERT_TRUE(storage::AppointmentRepository(*m_a.ui, m_a.session)
                            .create(test::appointment(patient.value().meta.id, doctor.value().meta.id, QDate(2026, 12, 7), hour)).ok());
        }
        ASSERT_TRUE(tx.commit().ok());
    }
    m_a.manager->localChangeCommitted();
    ASSERT_TRUE(QTest::qWaitFor([&] { return scalar(m_b, QStringLiteral("SELECT count(*) FROM appointments")).toInt() == 6; }, 20000));
    QSqlQuery q(m_b.ui->database());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT p.last_name FROM appointments a JOIN patients p ON p.id = a.patient_id ORDER BY a.start_at")));
    for (int hour = 9; hour < 15; ++hour) {
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toString(), QLatin1String(kHours[hour - 9])) << "the appointment points at its own patient on B";
    }
    q.finish();
    EXPECT_TRUE(rejected.isEmpty());
    EXPECT_TRUE(QTest::qWaitFor([&] { return scalar(m_a, QStringLiteral("SELECT count(*) FROM sync_outbox")).toInt() == 0; }, 10000));
    EXPECT_EQ(scalar(m_a, QStringLiteral("SELECT count(*) FROM appointments WHERE cloud_id IS NULL")).toInt(), 0);
    EXPECT_EQ(scalar(m_b, QStringLiteral("SELECT count(*) FROM patients")).toInt(), 6) << "no row created twice";
}

TEST_F(SyncManagerTest, aServerThatServesSmallerPagesThanTheDeskAsksForStillSyncsIt)
{
    // A server of the first release capped pull pages at 1,000 rows and refuses larger ones with
    // 400 on `limit`; desk B asks for 4,000 and must fall back instead of stopping as Refused.
    m_server->kill();
    startServer({QStringLiteral("--max-pull-rows"), QStringLiteral("1000")});
    QSignalSpy states(m_b.manager.get(), &sync::SyncManager::stateChanged);
    createOnA(3, "Small", "Pages");
    EXPECT_TRUE(QTest::qWaitFor([&] { return scalar(m_b, QStringLiteral("SELECT count(*) FROM patients")).toInt() == 3; }, 20000));
    for (const auto &args : states)
        EXPECT_NE(args.at(0).value<sync::SyncState>(), sync::SyncState::Refused) << args.at(1).toString().toStdString();
}

TEST_F(SyncManagerTest, aServerThatCapsPagesAtTheNinthSessionsSizeIsAskedForThatSizeNotTheSmallest)
{
    // The ninth session's servers allowed up to 5,000 rows a page (4,000 by default): desk B asks
    // for 8,000, is refused, and asks for 4,000 — not for the first release's 1,000.
    m_server->kill();
    startServer({QStringLiteral("--max-pull-rows"), QStringLiteral("4000")});
    createOnA(3, "Middle", "Pages");
    EXPECT_TRUE(QTest::qWaitFor([&] { return scalar(m_b, QStringLiteral("SELECT count(*) FROM patients")).toInt() == 3; }, 20000));
    const QString log = m_server->output();
    EXPECT_TRUE(log.contains(QStringLiteral("&limit=8000"))) << "asked for the default first";
    EXPECT_TRUE(log.contains(QStringLiteral("&limit=4000")));
    EXPECT_FALSE(log.contains(QStringLiteral("&limit=1000"))) << "not down to the smallest page";
}

TEST_F(SyncManagerTest, aServerOutageIsRetriedWithBackoffAndSyncResumes)
{
    m_server->kill();
    QSignalSpy states(m_a.manager.get(), &sync::SyncManager::stateChanged);
    ASSERT_TRUE(storage::PatientRepository(*m_a.ui, m_a.session).create(test::patient("Offline", "Edit")).ok());
    m_a.manager->localChangeCommitted();
    ASSERT_TRUE(QTest::qWaitFor([&] {
        return !states.isEmpty() && states.last().at(0).value<sync::SyncState>() == sync::SyncState::Offline;
    }, 10000));
    EXPECT_EQ(scalar(m_a, QStringLiteral("SELECT count(*) FROM patients")).toInt(), 1) << "the desk keeps working";

    startServer();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !scalar(m_a, QStringLiteral("SELECT cloud_id FROM patients")).isNull(); }, 15000))
        << "the retry pushed the patient once the server was back";
    EXPECT_EQ(scalar(m_a, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE table_name = 'patients'")).toInt(), 0);
}

TEST_F(SyncManagerTest, aRevokedDeviceStopsWithAClearStateInsteadOfRetrying)
{
    const QString devices = test::ServerProcess::admin(m_url, {QStringLiteral("list-devices"), QString::number(m_clinic)});
    const QString firstDevice = devices.split(QLatin1Char('\t')).value(0);
    test::ServerProcess::admin(m_url, {QStringLiteral("revoke-device"), QString::number(m_clinic), firstDevice});
    QSignalSpy states(m_a.manager.get(), &sync::SyncManager::stateChanged);
    QSignalSpy cycles(m_a.manager.get(), &sync::SyncManager::cycleStarted);
    m_a.manager->syncNow();
    ASSERT_TRUE(QTest::qWaitFor([&] {
        return !states.isEmpty() && states.last().at(0).value<sync::SyncState>() == sync::SyncState::Unauthorized;
    }, 10000));
    const int cyclesSoFar = int(cycles.size());
    QTest::qWait(1500);
    EXPECT_EQ(cycles.size(), cyclesSoFar) << "no retry loop against a revoked token";
    m_a.manager->syncNow();
    QTest::qWait(300);
    EXPECT_EQ(cycles.size(), cyclesSoFar) << "stays stopped until enrolled again";
}

TEST_F(SyncManagerTest, aSameFieldConflictReachesTheDesksWithTheLosingValue)
{
    QSignalSpy finishedA(m_a.manager.get(), &sync::SyncManager::cycleFinished);
    const auto created = storage::PatientRepository(*m_a.ui, m_a.session).create(test::patient("Mira", "Das"));
    m_a.manager->localChangeCommitted();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !scalar(m_b, QStringLiteral("SELECT id FROM patients")).isNull(); }, 15000));

    // B edits the city first, A later; A's edit wins, B's value is on record on both desks.
    domain::Patient onB = storage::PatientRepository(*m_b.ui, m_b.session).get(scalar(m_b, QStringLiteral("SELECT id FROM patients")).toLongLong()).value();
    onB.city = QStringLiteral("Pune");
    domain::Patient onA = created.value();
    onA.city = QStringLiteral("Nagpur");
    m_server->kill();  // both offline
    ASSERT_TRUE(storage::PatientRepository(*m_b.ui, m_b.session).update(onB).ok());
    QTest::qWait(5);
    ASSERT_TRUE(storage::PatientRepository(*m_a.ui, m_a.session).update(onA).ok());
    startServer();
    QSignalSpy conflictsOnA(m_a.manager.get(), &sync::SyncManager::conflict);
    m_a.manager->syncNow();
    m_b.manager->syncNow();
    ASSERT_TRUE(QTest::qWaitFor([&] {
        m_a.manager->syncNow();
        return scalar(m_a, QStringLiteral("SELECT count(*) FROM sync_conflicts")).toInt() == 1
            && scalar(m_b, QStringLiteral("SELECT city FROM patients")).toString() == QLatin1String("Nagpur");
    }, 20000));
    EXPECT_EQ(scalar(m_a, QStringLiteral("SELECT city FROM patients")).toString(), QStringLiteral("Nagpur"));
    EXPECT_EQ(scalar(m_a, QStringLiteral("SELECT loser_value FROM sync_conflicts")).toString(), QStringLiteral("\"Pune\""));
    EXPECT_EQ(scalar(m_a, QStringLiteral("SELECT row_id FROM sync_conflicts")).toLongLong(), created.value().meta.id);
    EXPECT_FALSE(conflictsOnA.isEmpty());
}

TEST_F(SyncManagerTest, pulledRowsReachTheDatabaseFileWithoutTheEnginesCommitsCopyingThem)
{
    // A checkpointer thread copies the WAL into the database file while the engine keeps
    // committing pages; the engine's own connection would wait for ~40 MB of WAL first.
    const qint64 before = QFileInfo(m_b.path).size();
    createOnA(300, "Ishaan", "Verma");
    ASSERT_TRUE(QTest::qWaitFor([&] { return scalar(m_b, QStringLiteral("SELECT count(*) FROM patients")).toInt() == 300; }, 20000));
    EXPECT_TRUE(QTest::qWaitFor([&] { return QFileInfo(m_b.path).size() > before + 100'000; }, 5000))
        << "the database file grew from " << before << " to " << QFileInfo(m_b.path).size() << " bytes only";
}

TEST_F(SyncManagerTest, aNewDeskStartedByItsManagerAloneHasItsWalCopiedToo)
{
    // As `clinicdesk-sync` on a new file: nothing else has created the database. The checkpointer
    // must not have tried (and given up) before the engine created it.
    const QString path = m_dir.filePath(QStringLiteral("fresh.db"));
    sync::SyncEngine::Options options;
    options.databasePath = path;
    options.connectionName = QStringLiteral("syncFresh");
    options.longPollSeconds = 0;
    sync::SyncManager manager(options);
    manager.start();
    QSignalSpy enrolled(&manager, &sync::SyncManager::enrolled);
    manager.enroll(QStringLiteral("http://127.0.0.1:%1").arg(m_port),
                   test::ServerProcess::admin(m_url, {QStringLiteral("create-enrollment"), QString::number(m_clinic)}), QStringLiteral("Fresh"));
    ASSERT_TRUE(enrolled.wait(10000));
    ASSERT_TRUE(enrolled.first().at(0).toBool());
    createOnA(300, "Ritu", "Sen");
    auto reader = storage::Connection::open(path, QStringLiteral("freshReader"));
    ASSERT_TRUE(reader.ok());
    const qint64 before = QFileInfo(path).size();
    ASSERT_TRUE(QTest::qWaitFor([&] {
        manager.syncNow();
        QSqlQuery q(reader.value()->database());
        return q.exec(QStringLiteral("SELECT count(*) FROM patients")) && q.next() && q.value(0).toInt() == 300;
    }, 20000));
    EXPECT_TRUE(QTest::qWaitFor([&] { return QFileInfo(path).size() > before + 100'000; }, 5000))
        << "the database file grew from " << before << " to " << QFileInfo(path).size() << " bytes only";
}
