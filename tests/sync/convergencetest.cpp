// Randomized convergence: 3 desks (5 in long mode) create, edit and delete patients, appointments,
// invoices and payments while randomly offline, each syncing through its own fault-injecting proxy
// (cut requests, lost answers, cut answers), with the server killed and restarted now and then.
// After a final sync round every desk holds exactly the server's rows, every acknowledged write is
// there, nothing is duplicated and every reference points at the right parent.
//
// Fixed seeds by default; CLINIC_SYNC_SOAK=<operations> runs a longer, 5-desk version, and
// CLINIC_SYNC_SEED=<n> picks the seed (for reproducing a failure).
#include "clinic/storage/appointmentrepository.h"
#include "clinic/storage/connection.h"
#include "clinic/storage/invoicerepository.h"
#include "clinic/storage/patientrepository.h"
#include "clinic/storage/paymentrepository.h"
#include "clinic/storage/practitionerrepository.h"
#include "clinic/sync/pullapplier.h"
#include "clinic/sync/syncmanager.h"

#include "support/faultproxy.h"
#include "support/fixtures.h"
#include "support/freeport.h"
#include "support/serverbackend.h"
#include "support/serverdatabase.h"
#include "support/serverprocess.h"
#include "support/syncsnapshot.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <set>

using namespace clinic;

namespace {

struct Desk
{
    QString name;
    QString path;
    std::unique_ptr<storage::Connection> ui;
    std::unique_ptr<test::FaultProxy> proxy;
    std::unique_ptr<sync::SyncManager> manager;
    storage::Session session;
    bool offline = false;
};

/// A row as the desk that wrote it knows it.
struct RowKey
{
    int desk = 0;
    QString table;
    qint64 localId = 0;
    bool operator<(const RowKey &o) const { return std::tie(desk, table, localId) < std::tie(o.desk, o.table, o.localId); }
};

struct FieldWrite
{
    RowKey row;
    QString field;
    QString value;
};

struct Reference
{
    RowKey child;
    QString field;
    RowKey parent;  ///< on the child's desk
};

int envInt(const char *name, int fallback)
{
    const QByteArray value = qgetenv(name);
    bool ok = false;
    const int n = value.toInt(&ok);
    return ok ? n : fallback;
}

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

/// (seed, server backend): the same random work against a server on SQLite and on PostgreSQL,
/// whose write paths differ (multi-row statements there, COPY here).
class SyncConvergenceTest : public ::testing::TestWithParam<std::tuple<quint32, QString>>
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        const QString backend = std::get<1>(GetParam());
        m_url = test::freshDatabaseUrl(backend, m_dir);
        ASSERT_FALSE(m_url.isEmpty()) << "no " << backend.toStdString() << " database: " << test::sharedPostgresError().toStdString();
        m_clinic = test::ServerProcess::admin(m_url, {QStringLiteral("create-clinic"), QStringLiteral("Random clinic")}).toLongLong();
        m_port = test::freeLoopbackPort();
        startServer();
    }

    void TearDown() override
    {
        for (Desk &desk : m_desks)
            desk.manager.reset();
    }

    void startServer()
    {
        m_server = std::make_unique<test::ServerProcess>(
            m_url, QStringList{QStringLiteral("--port"), QString::number(m_port), QStringLiteral("--rate-per-minute"), QStringLiteral("1000000")});
        QString output;
        ASSERT_TRUE(m_server->start(&output)) << output.toStdString();
    }

    void addDesk(int index)
    {
        Desk desk;
        desk.name = QString(QChar(u'A' + index));
        desk.path = m_dir.filePath(desk.name + QStringLiteral(".db"));
        auto opened = storage::Connection::open(desk.path, QStringLiteral("ui") + desk.name);
        ASSERT_TRUE(opened.ok());
        desk.ui = std::move(opened).value();
        desk.proxy = std::make_unique<test::FaultProxy>(m_port);
        sync::SyncEngine::Options options;
        options.databasePath = desk.path;
        options.connectionName = QStringLiteral("sync") + desk.name;
        options.longPollSeconds = 0;
        options.pushBatch = 20;  // small batches: more requests, more chances for a fault between them
        options.pullPage = 20;
        options.backoffMinMs = 20;
        options.backoffMaxMs = 200;
        desk.manager = std::make_unique<sync::SyncManager>(options);
        desk.manager->start();
        QSignalSpy enrolled(desk.manager.get(), &sync::SyncManager::enrolled);
        desk.manager->enroll(desk.proxy->url(), test::ServerProcess::admin(m_url, {QStringLiteral("create-enrollment"), QString::number(m_clinic)}),
                             QStringLiteral("Desk ") + desk.name);
        ASSERT_TRUE(enrolled.wait(10000));
        ASSERT_TRUE(enrolled.first().at(0).toBool());
        m_desks.push_back(std::move(desk));
    }

    /// Ids of live local rows of `table` (optionally filtered).
    static QList<qint64> ids(const Desk &desk, const QString &table, const QString &where = {})
    {
        QSqlQuery q(desk.ui->database());
        q.exec(QStringLiteral("SELECT id FROM %1 WHERE deleted_at IS NULL %2").arg(table, where.isEmpty() ? QString() : QStringLiteral("AND ") + where));
        QList<qint64> out;
        while (q.next())
            out << q.value(0).toLongLong();
        return out;
    }

    template <typename T>
    T pick(const QList<T> &list)
    {
        return list.at(std::uniform_int_distribution<qsizetype>(0, list.size() - 1)(m_random));
    }
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(m_random) < p; }
    int between(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_random); }

    /// One random write on desk `d`; records what was acknowledged.
    void randomWrite(int d)
    {
        Desk &desk = m_desks[d];
        const int roll = between(0, 99);
        const QList<qint64> patients = ids(desk, QStringLiteral("patients"));
        if (roll < 25 || patients.isEmpty()) {
            auto p = test::patient("Rand", "Person");
            p.firstName = QStringLiteral("Rand") + QChar(u'a' + between(0, 25)) + QChar(u'a' + between(0, 25));
            p.lastName = QStringLiteral("Desk") + desk.name;
            p.phone = QStringLiteral("98%1").arg(between(10000000, 99999999));
            const auto created = storage::PatientRepository(*desk.ui, desk.session).create(p);
            ASSERT_TRUE(created.ok()) << created.error().message().toStdString();
            m_created.push_back({d, QStringLiteral("patients"), created.value().meta.id});
        } else if (roll < 50) {
            storage::PatientRepository repository(*desk.ui, desk.session);
            auto patient = repository.get(pick(patients));
            if (!patient.ok() && patient.error().code() == domain::ErrorCode::NotFound)
                return;  // deleted a moment ago by a pull from another desk: nothing to edit, not acknowledged
            ASSERT_TRUE(patient.ok()) << patient.error().message().toStdString();
            const domain::Patient loaded = patient.value();
            const bool phone = chance(0.5);
            if (phone)
                patient.value().phone = QStringLiteral("97%1").arg(between(10000000, 99999999));
            else
                patient.value().alerts = QStringLiteral("Alert %1 from %2").arg(between(0, 1000000)).arg(desk.name);
            const auto updated = repository.update(loaded, patient.value());  // as the patient form saves
            if (!updated.ok() && updated.error().code() == domain::ErrorCode::NotFound)
                return;  // deleted meanwhile by a pull: the edit did not happen
            ASSERT_TRUE(updated.ok()) << updated.error().message().toStdString();
            m_writes.push_back({{d, QStringLiteral("patients"), updated.value().meta.id}, phone ? QStringLiteral("phone") : QStringLiteral("alerts"),
                                phone ? updated.value().phone : updated.value().alerts});
        } else if (roll < 55) {
            const qint64 id = pick(patients);
            const auto removed = storage::PatientRepository(*desk.ui, desk.session).remove(id);
            if (!removed.ok() && removed.error().code() == domain::ErrorCode::NotFound)
                return;  // deleted meanwhile by a pull: already gone
            ASSERT_TRUE(removed.ok()) << removed.error().message().toStdString();
            m_deleted.insert({d, QStringLiteral("patients"), id});
        } else if (roll < 72) {
            const qint64 patient = pick(patients);
            const qint64 doctor = pick(ids(desk, QStringLiteral("practitioners")));
            const auto created = storage::AppointmentRepository(*desk.ui, desk.session)
                                     .create(test::appointment(patient, doctor, QDate(2026, 12, between(1, 28)), between(8, 18), 30 * between(0, 1)));
            ASSERT_TRUE(created.ok()) << created.error().message().toStdString();
            const RowKey key{d, QStringLiteral("appointments"), created.value().meta.id};
            m_created.push_back(key);
            m_references.push_back({key, QStringLiteral("patient_id"), {d, QStringLiteral("patients"), patient}});
            m_references.push_back({key, QStringLiteral("practitioner_id"), {d, QStringLiteral("practitioners"), doctor}});
        } else if (roll < 82) {
            const QList<qint64> appointments = ids(desk, QStringLiteral("appointments"),
                                                                 QStringLiteral("status = 'booked' AND patient_id IN (SELECT id FROM patients WHERE deleted_at IS NULL)"));
            if (appointments.isEmpty())
                return;
            const qint64 id = pick(appointments);
            const auto status = chance(0.5) ? domain::AppointmentStatus::Confirmed : domain::AppointmentStatus::Arrived;
            const auto changed = storage::AppointmentRepository(*desk.ui, desk.session).setStatus(id, status);
            ASSERT_TRUE(changed.ok()) << changed.error().message().toStdString();
            m_writes.push_back({{d, QStringLiteral("appointments"), id}, QStringLiteral("status"), domain::appointmentStatusName(status)});
        } else if (roll < 92) {
            const qint64 patient = pick(patients);
            domain::Invoice invoice;
            invoice.patientId = patient;
            invoice.lines << test::line("Physiotherapy session", 50000 + 1000 * between(0, 50), chance(0.5) ? 1800 : 0);
            if (chance(0.5))
                invoice.lines << test::line("Exercise band", 30000);
            storage::InvoiceRepository invoices(*desk.ui, desk.session);
            const auto draft = invoices.createDraft(invoice);
            ASSERT_TRUE(draft.ok()) << draft.error().message().toStdString();
            const auto issued = invoices.issue(draft.value().meta.id, {desk.name, 4});  // each desk its own series
            ASSERT_TRUE(issued.ok()) << issued.error().message().toStdString();
            const RowKey key{d, QStringLiteral("invoices"), issued.value().meta.id};
            m_created.push_back(key);
            m_references.push_back({key, QStringLiteral("patient_id"), {d, QStringLiteral("patients"), patient}});
        } else {
            const QList<qint64> invoices = ids(desk, QStringLiteral("invoices"), QStringLiteral("status = 'issued'"));
            if (invoices.isEmpty())
                return;
            const qint64 invoiceId = pick(invoices);
            const auto invoice = storage::InvoiceRepository(*desk.ui, desk.session).get(invoiceId);
            ASSERT_TRUE(invoice.ok());
            domain::Payment payment;
            payment.patientId = invoice.value().patientId;
            payment.invoiceId = invoiceId;
            payment.method = chance(0.5) ? domain::PaymentMethod::Cash : domain::PaymentMethod::Upi;
            payment.amountMinor = 1000 * between(1, 20);
            const auto recorded = storage::PaymentRepository(*desk.ui, desk.session).record(payment, true);
            if (!recorded.ok())
                return;  // refused (e.g. nothing outstanding and no patient on record): not acknowledged
            for (const domain::Payment &p : recorded.value()) {
                const RowKey key{d, QStringLiteral("payments"), p.meta.id};
                m_created.push_back(key);
                m_references.push_back({key, QStringLiteral("patient_id"), {d, QStringLiteral("patients"), p.patientId}});
                if (p.invoiceId)
                    m_references.push_back({key, QStringLiteral("invoice_id"), {d, QStringLiteral("invoices"), *p.invoiceId}});
            }
        }
        desk.manager->localChangeCommitted();
    }

    /// The cloud id the desk that wrote `row` gave it (0 = none).
    qint64 cloudIdOf(const RowKey &row) const
    {
        return scalar(m_desks[row.desk].ui->database(),
                      QStringLiteral("SELECT cloud_id FROM %1 WHERE id = %2").arg(row.table).arg(row.localId));
    }

    [[nodiscard]] bool converged() const
    {
        test::ServerDatabase server(m_url);
        const qint64 revision = server.scalar(QStringLiteral("SELECT revision FROM clinic_state WHERE clinic_id = %1").arg(m_clinic));
        for (const Desk &desk : m_desks) {
            if (scalar(desk.ui->database(), QStringLiteral("SELECT count(*) FROM sync_outbox")) != 0
                || scalar(desk.ui->database(), QStringLiteral("SELECT count(*) FROM sync_deferred")) != 0
                || sync::PullApplier::cursor(*desk.ui).value_or(-1) != revision)
                return false;
        }
        return true;
    }

    QTemporaryDir m_dir;
    QString m_url;
    qint64 m_clinic = 0;
    int m_port = 0;
    std::unique_ptr<test::ServerProcess> m_server;
    std::vector<Desk> m_desks;
    std::mt19937 m_random;
    std::vector<RowKey> m_created;
    std::vector<FieldWrite> m_writes;
    std::set<RowKey> m_deleted;
    std::vector<Reference> m_references;
};

TEST_P(SyncConvergenceTest, randomWorkOnSeveralDesksThroughFaultsConvergesWithNothingLostOrDuplicated)
{
    const int soak = envInt("CLINIC_SYNC_SOAK", 0);
    const quint32 seed = quint32(envInt("CLINIC_SYNC_SEED", int(std::get<0>(GetParam()))));
    const int deskCount = soak > 0 ? 5 : 3;
    const int operations = soak > 0 ? soak : 150;
    m_random.seed(seed);
    std::printf("[ seed ] %u, %d desks, %d operations\n", seed, deskCount, operations);
    for (int i = 0; i < deskCount; ++i) {
        addDesk(i);
        if (HasFatalFailure())
            return;
    }
    // Two practitioners from desk A, known everywhere before the random part starts.
    for (const char *name : {"Dr. Kapoor", "Dr. Vidal"}) {
        const auto created = storage::PractitionerRepository(*m_desks[0].ui, m_desks[0].session).create(test::practitioner(name));
        ASSERT_TRUE(created.ok());
        m_created.push_back({0, QStringLiteral("practitioners"), created.value().meta.id});
    }
    for (Desk &desk : m_desks) {
        QSignalSpy finished(desk.manager.get(), &sync::SyncManager::cycleFinished);
        desk.manager->syncNow();
        ASSERT_TRUE(QTest::qWaitFor([&] { return !ids(desk, QStringLiteral("practitioners")).isEmpty() || !finished.isEmpty(); }, 10000));
    }
    m_desks[0].manager->syncNow();
    for (Desk &desk : m_desks)
        ASSERT_TRUE(QTest::qWaitFor([&] { desk.manager->syncNow(); QTest::qWait(50); return ids(desk, QStringLiteral("practitioners")).size() == 2; }, 20000));

    for (Desk &desk : m_desks)
        desk.proxy->setFaults({0.04, 0.06, 0.04}, seed + quint32(desk.name.at(0).unicode()));

    int restarts = 0;
    for (int step = 0; step < operations; ++step) {
        const int d = between(0, deskCount - 1);
        randomWrite(d);
        if (HasFatalFailure())
            return;
        if (chance(0.08)) {
            Desk &desk = m_desks[between(0, deskCount - 1)];
            desk.offline = !desk.offline;
            desk.proxy->setOffline(desk.offline);
        }
        if (chance(0.15))
            m_desks[between(0, deskCount - 1)].manager->syncNow();
        if (chance(0.012)) {
            m_server->kill();
            startServer();
            ++restarts;
        }
        QTest::qWait(between(0, 15));
    }

    // Heal the network and let every desk sync until nothing is left to exchange.
    for (Desk &desk : m_desks) {
        desk.proxy->setFaults({}, 0);
        desk.proxy->setOffline(false);
    }
    int rounds = 0;
    for (; rounds < 12 && !(rounds >= 2 && converged()); ++rounds) {
        for (Desk &desk : m_desks) {
            QSignalSpy finished(desk.manager.get(), &sync::SyncManager::cycleFinished);
            desk.manager->syncNow();
            ASSERT_TRUE(QTest::qWaitFor([&] {
                for (const auto &args : finished) {
                    if (args.at(0).toBool())
                        return true;
                }
                return false;
            }, 30000)) << "desk " << desk.name.toStdString() << " completed a cycle";
        }
    }
    ASSERT_TRUE(converged()) << "after " << rounds << " rounds";

    test::FaultProxy::Stats faults;
    for (const Desk &desk : m_desks) {
        const auto s = desk.proxy->stats();
        faults.requests += s.requests;
        faults.refused += s.refused;
        faults.cutRequests += s.cutRequests;
        faults.droppedAnswers += s.droppedAnswers;
        faults.cutAnswers += s.cutAnswers;
    }
    std::printf("[ faults ] %d requests: %d refused (offline), %d cut, %d answers lost, %d answers cut; %d server restarts; "
                "%zu rows created, %zu field edits, %zu deletes; converged after %d final rounds\n",
                faults.requests, faults.refused, faults.cutRequests, faults.droppedAnswers, faults.cutAnswers, restarts,
                m_created.size(), m_writes.size(), m_deleted.size(), rounds);
    EXPECT_GT(faults.cutRequests + faults.droppedAnswers + faults.cutAnswers, 0) << "faults were injected";

    // 1. Every desk holds exactly the server's rows: same cloud ids, same values, same references.
    test::ServerDatabase server(m_url);
    const test::SyncSnapshot onServer = test::serverSnapshot(server.db(), m_clinic);
    for (const Desk &desk : m_desks) {
        QStringList problems;
        const test::SyncSnapshot local = test::deskSnapshot(desk.ui->database(), &problems);
        EXPECT_TRUE(problems.isEmpty()) << desk.name.toStdString() << ": " << problems.join(QLatin1Char('\n')).toStdString();
        const QString differences = test::compareSnapshots(onServer, local).join(QLatin1Char('\n'));
        EXPECT_TRUE(differences.isEmpty()) << "desk " << desk.name.toStdString() << " differs from the server:\n" << differences.toStdString();
        EXPECT_EQ(scalar(desk.ui->database(), QStringLiteral("SELECT count(*) FROM sync_rejections")), 0) << desk.name.toStdString();
    }
    // 2. Every acknowledged create is on the server exactly once.
    std::map<QString, std::set<qint64>> createdClouds;
    for (const RowKey &row : m_created) {
        const qint64 cloud = cloudIdOf(row);
        ASSERT_GT(cloud, 0) << row.table.toStdString() << " " << row.localId << " on " << m_desks[row.desk].name.toStdString();
        EXPECT_TRUE(createdClouds[row.table].insert(cloud).second) << "two creates share cloud id " << cloud;
        EXPECT_TRUE(onServer.at(row.table).count(cloud)) << row.table.toStdString() << " cloud " << cloud << " missing";
    }
    for (const QString &table : {QStringLiteral("patients"), QStringLiteral("appointments"), QStringLiteral("invoices"), QStringLiteral("payments"),
                                QStringLiteral("practitioners")})
        EXPECT_EQ(onServer.at(table).size(), createdClouds[table].size()) << table.toStdString() << ": no row more than was created";
    // 3. A field written by one desk only ends with that desk's last value; deletes stick.
    std::map<std::pair<qint64, QString>, std::pair<std::set<int>, QString>> byField;  // (cloud, table.field) -> writers, last value
    for (const FieldWrite &write : m_writes) {
        auto &entry = byField[{cloudIdOf(write.row), write.row.table + QLatin1Char('.') + write.field}];
        entry.first.insert(write.row.desk);
        entry.second = write.value;
    }
    int checkedFields = 0;
    for (const auto &[key, entry] : byField) {
        if (entry.first.size() != 1)
            continue;  // concurrent writers: identical everywhere (checked above), the loser on record
        const QString table = key.second.section(QLatin1Char('.'), 0, 0);
        const std::string field = key.second.section(QLatin1Char('.'), 1).toStdString();
        const nlohmann::json serverValue = onServer.at(table).at(key.first).value(field, nlohmann::json());
        if (serverValue != nlohmann::json(entry.second.toStdString())) {
            // Everything needed to replay what happened to this field (diagnostics on failure only).
            std::string history;
            for (const FieldWrite &write : m_writes) {
                if (cloudIdOf(write.row) == key.first && write.row.table + QLatin1Char('.') + write.field == key.second)
                    history += "\n  desk " + m_desks[write.row.desk].name.toStdString() + " local " + std::to_string(write.row.localId) + " wrote "
                               + write.value.toStdString();
            }
            QSqlQuery meta(server.db());
            meta.prepare(QStringLiteral("SELECT meta, revision, origin_device FROM records WHERE cloud_id = ?"));
            meta.addBindValue(key.first);
            if (meta.exec() && meta.next())
                history += "\n  server meta " + meta.value(0).toString().toStdString() + " revision " + meta.value(1).toString().toStdString()
                           + " created by device " + meta.value(2).toString().toStdString();
            ADD_FAILURE() << key.second.toStdString() << " of cloud " << key.first << ": server has " << serverValue.dump()
                          << ", the only writer last wrote " << entry.second.toStdString() << "; writes in order:" << history;
        }
        ++checkedFields;
    }
    for (const RowKey &row : m_deleted)
        EXPECT_TRUE(onServer.at(row.table).at(cloudIdOf(row))["_deleted"].get<bool>()) << "deleted " << row.table.toStdString();
    // 4. References point at the parent the writing desk meant.
    for (const Reference &ref : m_references) {
        const auto &child = onServer.at(ref.child.table).at(cloudIdOf(ref.child));
        EXPECT_EQ(child.value(ref.field.toStdString(), qint64(0)), cloudIdOf(ref.parent)) << ref.child.table.toStdString() << "." << ref.field.toStdString();
    }
    std::printf("[ checked ] %zu rows, %d single-writer fields, %zu deletes, %zu references\n", m_created.size(), checkedFields,
                m_deleted.size(), m_references.size());
}

INSTANTIATE_TEST_SUITE_P(Seeds, SyncConvergenceTest,
                         ::testing::Combine(::testing::Values(11u, 2026u), ::testing::Values(QStringLiteral("sqlite"), QStringLiteral("postgres"))),
                         [](const ::testing::TestParamInfo<std::tuple<quint32, QString>> &p) {
                             return std::to_string(std::get<0>(p.param)) + "_" + std::get<1>(p.param).toStdString();
                         });
