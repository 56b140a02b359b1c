// clinicdesk-sync-bench: the desk's sync engine against the real server (PostgreSQL by default).
// Prints one JSON line per figure; docs/performance.md keeps the results.
//
//   initial sync of N patient rows (~350 bytes each) into an empty desk, beside the raw limit
//   (the same rows inserted straight into SQLite in one transaction), with the UI thread's
//   longest stall while it runs (a 1 ms timer on the main thread that also reads the desk);
//   the same initial sync in a separate clinicdesk-sync process, with its peak RSS; the initial
//   sync of N patient rows alone (no audit entries) in a new device process;
//   push of N patients, of 10,000 patients and of 10,000 pending rows (5,000 patients and their
//   audit entries); 100 edits pushed by A and pulled by B;
//   propagation from a save on A to the row applied on B (p50/p90 over 50 changes).
#include "clinic/storage/connection.h"
#include "clinic/storage/patientrepository.h"
#include "clinic/storage/writetransaction.h"
#include "clinic/sync/pullapplier.h"
#include "clinic/sync/syncmanager.h"

#include "benchsupport.h"
#include "support/postgrescluster.h"
#include "support/serverprocess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace clinic;

namespace {

domain::Patient fullPatient(QRandomGenerator &rng, int i)
{
    domain::Patient p = bench::inventPatient(rng, i);
    p.email = QStringLiteral("patient.%1@example.org").arg(i);
    p.altPhone = QStringLiteral("8%1").arg(100'000'000 + i, 9, 10, QLatin1Char('0'));
    p.postalCode = QStringLiteral("5600%1").arg(i % 100, 2, 10, QLatin1Char('0'));
    p.referralSource = QStringLiteral("Referred by Dr. Menon, orthopaedics");
    p.alerts = QStringLiteral("Mild hypertension; avoid deep heat over the lower back. Prefers morning slots.");
    p.address = QStringLiteral("Flat %1, Lakeview Residency, %2 Cross, Indiranagar").arg(i % 900).arg(i % 40);
    p.consentSms = true;
    return p;
}

/// Peak resident memory (VmHWM) of a running process, in kB, 0 when unreadable.
qint64 peakRssKb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

/// The UI thread's view: a 1 ms timer that reads the desk on every tick, remembering the longest
/// gap between ticks. Anything that blocks the main thread (a lock held, a blocking call into the
/// sync thread) shows up as a long gap.
class StallMeter
{
public:
    explicit StallMeter(storage::Connection &ui) : m_ui(ui)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const double now = double(m_clock.nsecsElapsed()) / 1e6;
            m_worst = std::max(m_worst, now - m_last);
            QSqlQuery q(m_ui.database());
            q.exec(QStringLiteral("SELECT id, first_name, last_name FROM patients ORDER BY id DESC LIMIT 20"));
            while (q.next()) {
            }
            ++m_ticks;
            m_last = double(m_clock.nsecsElapsed()) / 1e6;
        });
    }
    void start()
    {
        m_worst = 0;
        m_ticks = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    [[nodiscard]] double worstMs() const { return m_worst; }
    [[nodiscard]] int ticks() const { return m_ticks; }

private:
    storage::Connection &m_ui;
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_last = 0;
    double m_worst = 0;
    int m_ticks = 0;
};

struct Desk
{
    QString path;
    std::unique_ptr<storage::Connection> ui;
    std::unique_ptr<sync::SyncManager> manager;
};

/// Runs the main thread's event loop until `done` or the timeout. Unlike QTest::qWaitFor it never
/// sleeps, so the stall meter's timer keeps its 1 ms pace and timings are not rounded to 10 ms.
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer check;
    check.setTimerType(Qt::PreciseTimer);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    check.start(1);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // CLINIC_BENCH_LOG=debug prints the server's request log (each request and its time) at the
    // end, to see where a figure goes; off by default, logging costs time.
    const bool trace = qgetenv("CLINIC_BENCH_LOG") == "debug";
    spdlog::set_level(trace ? spdlog::level::debug : spdlog::level::warn);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("rows"), QStringLiteral("patient rows for the initial sync"), QStringLiteral("n"), QStringLiteral("100000")},
                       {QStringLiteral("sqlite"), QStringLiteral("server on SQLite instead of PostgreSQL")},
                       {QStringLiteral("push-only"), QStringLiteral("stop after the first push (to profile it)")}});
    parser.process(app);
    const int rows = parser.value(QStringLiteral("rows")).toInt();
    QTemporaryDir dir;
    test::PostgresCluster pg;
    QString url;
    if (parser.isSet(QStringLiteral("sqlite"))) {
        url = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("server.db"));
    } else {
        if (!pg.start()) {
            std::fprintf(stderr, "cannot start PostgreSQL\n");
            return 1;
        }
        url = pg.url();
    }
    const qint64 clinic = test::ServerProcess::admin(url, {QStringLiteral("create-clinic"), QStringLiteral("Bench clinic")}).toLongLong();
    test::ServerProcess server(url, {QStringLiteral("--rate-per-minute"), QStringLiteral("1000000")});
    QString output;
    if (!server.start(&output)) {
        std::fprintf(stderr, "server did not start: %s\n", qPrintable(output));
        return 1;
    }
    const QString serverUrl = QStringLiteral("http://127.0.0.1:%1").arg(server.port());
    const auto codeFor = [&](qint64 forClinic) {
        return test::ServerProcess::admin(url, {QStringLiteral("create-enrollment"), QString::number(forClinic)});
    };
    const auto code = [&] { return codeFor(clinic); };
    const auto makeDesk = [&](const QString &name, int longPoll, qint64 forClinic) {
        Desk desk;
        desk.path = dir.filePath(name + QStringLiteral(".db"));
        storage::OpenOptions uiOptions;  // as the app opens its UI connection
        uiOptions.walAutoCheckpointPages = sync::SyncManager::kBackstopCheckpointPages;
        desk.ui = storage::Connection::open(desk.path, QStringLiteral("ui") + name, uiOptions).value();
        sync::SyncEngine::Options options;
        options.databasePath = desk.path;
        options.connectionName = QStringLiteral("sync") + name;
        options.longPollSeconds = longPoll;
        desk.manager = std::make_unique<sync::SyncManager>(options);
        desk.manager->start();
        bool enrolled = false;
        QObject::connect(desk.manager.get(), &sync::SyncManager::enrolled, [&](bool ok, const QString &) { enrolled = ok; });
        desk.manager->enroll(serverUrl, codeFor(forClinic), name);
        if (!waitFor([&] { return enrolled; }, 10000))
            std::fprintf(stderr, "enrollment of %s failed\n", qPrintable(name));
        return desk;
    };

    // --- The rows: N invented patients on desk A, pending in its outbox. ---------------------------
    QRandomGenerator rng(7);
    std::vector<domain::Patient> population;
    population.reserve(size_t(rows));
    for (int i = 0; i < rows; ++i)
        population.push_back(fullPatient(rng, i));
    Desk a = makeDesk(QStringLiteral("A"), 25, clinic);
    {
        storage::PatientRepository repository(*a.ui, storage::Session{});
        for (int i = 0; i < rows;) {
            storage::WriteTransaction tx(*a.ui, std::nullopt);
            for (int k = 0; k < 5000 && i < rows; ++k, ++i)
                (void)repository.create(population[size_t(i)]);
            (void)tx.commit();
        }
    }
    QSqlQuery sizeQuery(a.ui->database());
    sizeQuery.exec(QStringLiteral("SELECT avg(length(first_name) + length(last_name) + length(phone) + length(alt_phone) + length(email)"
                                  " + length(address) + length(city) + length(postal_code) + length(referral_source) + length(alerts)"
                                  " + length(patient_number) + 10 + 8 * 8) FROM patients"));
    sizeQuery.next();
    const double rowBytes = sizeQuery.value(0).toDouble();
    sizeQuery.finish();  // an active statement would pin this connection's read snapshot

    // --- Push of N rows (A's first sync): until A's outbox is empty. -----------------------------------
    const auto outboxEmpty = [](Desk &desk) {
        return [&desk] {
            QSqlQuery q(desk.ui->database());
            return q.exec(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM sync_outbox)")) && q.next() && q.value(0).toBool();
        };
    };
    const auto timed = [](const std::function<void()> &start, const std::function<bool()> &done, int timeoutMs) -> double {
        QElapsedTimer t;
        t.start();
        start();
        return waitFor(done, timeoutMs) ? double(t.nsecsElapsed()) / 1e6 : -1;
    };
    std::fprintf(stderr, "push starts\n");
    const double pushAllMs = timed([&] { a.manager->syncNow(); }, outboxEmpty(a), 600000);
    std::printf("{\"bench\":\"push_pending\",\"rows\":%d,\"ms\":%.0f,\"rows_per_s\":%.0f,\"row_bytes\":%.0f}\n", rows, pushAllMs,
                rows / (pushAllMs / 1000), rowBytes);
    std::fflush(stdout);
    if (parser.isSet(QStringLiteral("push-only"))) {
        a.manager->stop();
        return 0;
    }

    // A pulls back what it pushed (its cursor has to pass its own rows): let that finish first, so the
    // raw insert and B's initial sync do not share the two cores with it.
    {
        qint64 last = -1;
        for (int i = 0; i < 1200; ++i) {
            const qint64 now = sync::PullApplier::cursor(*a.ui).value_or(-1);
            if (now == last && now > 0)
                break;
            last = now;
            waitFor([] { return false; }, 250);
        }
    }

    // --- Raw limit: the same rows straight into SQLite, one transaction; the best of three runs
    // (each into a new file), as a limit is the best the machine does. --------------------------------
    struct RawFigure
    {
        double insertMs = 1e18;      ///< up to COMMIT
        double checkpointMs = 1e18;  ///< the checkpoint SQLite's defaults would add at that commit
    };
    int rawRuns = 0;
    const auto rawLimit = [&] {
        RawFigure best;
        for (int i = 0; i < 3; ++i) {
            double checkpointMs = 0;
            const double ms = bench::rawPatientInsertMs(dir.filePath(QStringLiteral("raw-%1.db").arg(++rawRuns)), population, &checkpointMs);
            best.insertMs = std::min(best.insertMs, ms);
            best.checkpointMs = std::min(best.checkpointMs, checkpointMs);
        }
        return best;
    };
    const double rawMs = rawLimit().insertMs;
    double rawWithAuditMs = 1e18;
    for (int i = 0; i < 3; ++i)
        rawWithAuditMs = std::min(rawWithAuditMs, bench::rawPatientAndAuditInsertMs(dir.filePath(QStringLiteral("raw-audit-%1.db").arg(i)), population));

    // --- Initial sync into an empty desk, in this process, with the UI thread watched. -----------------
    Desk b = makeDesk(QStringLiteral("B"), 25, clinic);
    StallMeter meter(*b.ui);
    meter.start();
    const auto patientsAtLeast = [](Desk &desk, qint64 n) {
        return [&desk, n] {
            QSqlQuery q(desk.ui->database());
            return q.exec(QStringLiteral("SELECT max(id) FROM patients")) && q.next() && q.value(0).toLongLong() >= n;
        };
    };
    const double initialMs = timed([&] { b.manager->syncNow(); }, patientsAtLeast(b, rows), 600000);
    meter.stop();
    QSqlQuery count(b.ui->database());
    count.exec(QStringLiteral("SELECT count(*) FROM patients"));
    count.next();
    const qint64 pulledRows = count.value(0).toLongLong();
    count.finish();
    std::printf("{\"bench\":\"initial_sync\",\"rows\":%lld,\"ms\":%.0f,\"rows_per_s\":%.0f,\"raw_sqlite_ms\":%.0f,\"ratio\":%.2f,"
                "\"raw_with_audit_ms\":%.0f,\"ratio_with_audit\":%.2f,\"ui_stall_max_ms\":%.1f,\"ui_ticks\":%d,\"server\":\"%s\"}\n",
                pulledRows, initialMs, rows / (initialMs / 1000), rawMs, initialMs / rawMs, rawWithAuditMs, initialMs / rawWithAuditMs,
                meter.worstMs(), meter.ticks(),
                parser.isSet(QStringLiteral("sqlite")) ? "sqlite" : "postgresql");
    std::fflush(stdout);

    // --- The same initial sync as a separate headless process (a new device): time and peak memory. ---
    struct ProcessRun
    {
        double ms = 0;
        double peakMb = 0;
        int exit = -1;
    };
    const auto newDeviceProcess = [&](const QString &file, const QString &enrollmentCode) {
        const QString path = dir.filePath(file);
        QProcess::execute(QStringLiteral(CLINICDESK_SYNC_BINARY),
                          {QStringLiteral("--db"), path, QStringLiteral("--enroll"), enrollmentCode, QStringLiteral("--server"), serverUrl});
        QProcess process;
        process.setStandardOutputFile(QProcess::nullDevice());
        std::fprintf(stderr, "new device %s starts\n", qPrintable(file));
        QElapsedTimer t;
        t.start();
        QStringList arguments{QStringLiteral("--db"), path, QStringLiteral("--once")};
        if (trace) {  // the engine's step timings, in the temporary directory
            arguments << QStringLiteral("--verbose");
            process.setStandardErrorFile(QDir::temp().filePath(QStringLiteral("clinicdesk-sync-bench-%1.log").arg(file)));
        }
        // CLINIC_BENCH_PERF=DIR: the process runs under `perf record` (DWARF call stacks: the system
        // libraries have no frame pointers), its profile in DIR/<file>.perf; the figures then include
        // perf's own cost and the peak RSS is perf's: for finding where the time goes, not for the table.
        const QString perfDir = qEnvironmentVariable("CLINIC_BENCH_PERF");
        if (!perfDir.isEmpty()) {
            arguments.prepend(QStringLiteral(CLINICDESK_SYNC_BINARY));
            arguments = QStringList{QStringLiteral("record"), QStringLiteral("--call-graph=dwarf,16384"), QStringLiteral("-o"),
                                    QDir(perfDir).filePath(file + QStringLiteral(".perf")), QStringLiteral("--")} + arguments;
            process.start(QStringLiteral("perf"), arguments);
        } else {
            process.start(QStringLiteral(CLINICDESK_SYNC_BINARY), arguments);
        }
        if (!process.waitForStarted()) {  // e.g. CLINIC_BENCH_PERF set where perf is not installed
            std::fprintf(stderr, "new device %s did not start: %s\n", qPrintable(file), qPrintable(process.errorString()));
            return ProcessRun{};
        }
        qint64 peak = 0;
        // waitForFinished() is false at once for a process that is gone without being waited for:
        // the state ends the loop too.
        while (process.state() != QProcess::NotRunning && !process.waitForFinished(10))
            peak = std::max(peak, peakRssKb(process.processId()));
        return ProcessRun{double(t.nsecsElapsed()) / 1e6, double(peak) / 1024, process.exitCode()};
    };
    {
        const ProcessRun run = newDeviceProcess(QStringLiteral("C.db"), code());
        std::printf("{\"bench\":\"initial_sync_process\",\"rows\":%d,\"ms\":%.0f,\"ratio\":%.2f,\"ratio_with_audit\":%.2f,"
                    "\"peak_rss_mb\":%.1f,\"exit\":%d}\n", rows, run.ms, run.ms / rawMs, run.ms / rawWithAuditMs, run.peakMb, run.exit);
        std::fflush(stdout);
    }

    // --- Initial sync of N patient rows and nothing else (architecture §10's figure): a clinic whose
    // patients were imported, not typed in, so they carry no audit entries. Desk Q inserts them
    // with SQL (the capture triggers put them in its outbox) and pushes them; a new device process
    // then pulls them, beside the raw insert of the same N rows.
    {
        const qint64 importedClinic = test::ServerProcess::admin(url, {QStringLiteral("create-clinic"), QStringLiteral("Imported clinic")}).toLongLong();
        Desk q = makeDesk(QStringLiteral("Q"), 0, importedClinic);
        {
            storage::WriteTransaction tx(*q.ui, std::nullopt);
            QSqlQuery insert(q.ui->database());
            insert.prepare(QStringLiteral("INSERT INTO patients (patient_number, first_name, last_name, date_of_birth, phone, alt_phone, email,"
                                          " address, city, postal_code, referral_source, alerts, consent_sms, created_at, updated_at)"
                                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1, 1)"));
            for (const domain::Patient &p : population) {
                for (const QVariant &v : {QVariant(p.patientNumber), QVariant(p.firstName), QVariant(p.lastName),
                                          QVariant(p.dateOfBirth.toString(Qt::ISODate)), QVariant(p.phone), QVariant(p.altPhone),
                                          QVariant(p.email), QVariant(p.address), QVariant(p.city), QVariant(p.postalCode),
                                          QVariant(p.referralSource), QVariant(p.alerts)})
                    insert.addBindValue(v);
                if (!insert.exec())
                    std::fprintf(stderr, "import failed\n");
            }
            // The capture trigger wrote an audit entry per patient too: an import brings none to
            // the server, so they stay on Q (the feed then holds exactly the N patient rows).
            if (!insert.exec(QStringLiteral("DELETE FROM sync_outbox WHERE table_name = 'audit_log'")))
                std::fprintf(stderr, "import failed\n");
            (void)tx.commit();
        }
        q.manager->syncNow();
        if (!waitFor(outboxEmpty(q), 600000))
            std::fprintf(stderr, "Q did not push its patients\n");
        q.manager->stop();
        const RawFigure raw = rawLimit();  // measured again now, in the same conditions as the sync below
        const ProcessRun run = newDeviceProcess(QStringLiteral("R.db"), codeFor(importedClinic));
        // What the new device holds: the patients and nothing else.
        bench::RawDb r(dir.filePath(QStringLiteral("R.db")));
        sqlite3_stmt *held = r.prepare("SELECT (SELECT count(*) FROM patients), (SELECT count(*) FROM audit_log)");
        sqlite3_step(held);
        const qint64 patientsOnR = sqlite3_column_int64(held, 0), auditOnR = sqlite3_column_int64(held, 1);
        sqlite3_finalize(held);
        std::printf("{\"bench\":\"initial_sync_patients_only\",\"rows\":%d,\"ms\":%.0f,\"raw_sqlite_ms\":%.0f,\"ratio\":%.2f,"
                    "\"raw_checkpoint_ms\":%.0f,\"ratio_with_checkpoint\":%.2f,"
                    "\"peak_rss_mb\":%.1f,\"exit\":%d,\"patients_on_device\":%lld,\"audit_on_device\":%lld}\n", rows, run.ms, raw.insertMs,
                    run.ms / raw.insertMs, raw.checkpointMs, run.ms / (raw.insertMs + raw.checkpointMs), run.peakMb, run.exit, patientsOnR, auditOnR);
        std::fflush(stdout);
    }

    // --- Pushes of pending work: 10,000 patients, and 10,000 pending rows (every patient saved also
    // writes an audit entry, and both are rows in the outbox, so 5,000 patients make 10,000 pending
    // rows). First by desk P of another clinic on the same server, alone (other desks are other
    // machines); then by A with B long-polling and pulling them meanwhile on this 2-core machine.
    const auto pushPatients = [&](Desk &desk, qint64 &patientsOnDesk, const char *name, int patients, const char *others) {
        {
            storage::PatientRepository repository(*desk.ui, storage::Session{});
            storage::WriteTransaction tx(*desk.ui, std::nullopt);
            for (int i = 0; i < patients; ++i)
                (void)repository.create(fullPatient(rng, int(patientsOnDesk) + i));
            (void)tx.commit();
        }
        patientsOnDesk += patients;
        QSqlQuery q(desk.ui->database());
        const qint64 pending = q.exec(QStringLiteral("SELECT count(DISTINCT table_name || ':' || row_id) FROM sync_outbox")) && q.next()
                                   ? q.value(0).toLongLong() : -1;
        q.finish();
        std::fprintf(stderr, "%s (others: %s) starts\n", name, others);
        const double ms = timed([&] { desk.manager->localChangeCommitted(); }, outboxEmpty(desk), 120000);
        std::printf("{\"bench\":\"%s\",\"others\":\"%s\",\"patients\":%d,\"pending_rows\":%lld,\"ms\":%.0f,\"rows_per_s\":%.0f}\n", name,
                    others, patients, qlonglong(pending), ms, double(pending) / (ms / 1000));
        std::fflush(stdout);
    };
    const std::pair<const char *, int> pushes[] = {{"push_10k", std::min(10000, rows)}, {"push_10k_rows", std::min(5000, rows)}};
    {
        const qint64 otherClinic = test::ServerProcess::admin(url, {QStringLiteral("create-clinic"), QStringLiteral("Other clinic")}).toLongLong();
        Desk p = makeDesk(QStringLiteral("P"), 0, otherClinic);  // no long-poll: it only pushes
        qint64 patientsOnP = 0;
        for (const auto &[name, patients] : pushes) {
            waitFor([] { return false; }, 300);  // its previous push pulled back
            pushPatients(p, patientsOnP, name, patients, "none");
        }
        p.manager->stop();
    }

    // --- The same pushes with B long-polling and pulling them meanwhile, on this same machine. ---------
    const auto settled = [&] {
        const qint64 ca = sync::PullApplier::cursor(*a.ui).value_or(-1);
        const qint64 cb = sync::PullApplier::cursor(*b.ui).value_or(-2);
        return ca == cb && outboxEmpty(a)() && outboxEmpty(b)();
    };
    qint64 patientsOnA = rows;
    for (const auto &[name, patients] : pushes) {
        if (!waitFor(settled, 120000))
            std::fprintf(stderr, "the desks did not settle\n");
        pushPatients(a, patientsOnA, name, patients, "b_pulling");
        if (!waitFor(patientsAtLeast(b, patientsOnA), 60000))
            std::fprintf(stderr, "B did not pull the pushed rows\n");
    }

    if (!waitFor(settled, 120000))
        std::fprintf(stderr, "the desks did not settle\n");
    waitFor([] { return false; }, 500);

    // --- 100 edits on A, pushed, and pulled by B. ---------------------------------------------------------
    {
        QSet<qint64> seen;
        const auto c = QObject::connect(b.manager.get(), &sync::SyncManager::dataChanged, [&](const QString &table, const QList<qint64> &ids) {
            if (table == QLatin1String("patients"))
                seen.unite(QSet<qint64>(ids.begin(), ids.end()));
        });
        waitFor([] { return false; }, 300);  // let B's long-poll settle
        seen.clear();
        QElapsedTimer t;
        t.start();
        {
            storage::WriteTransaction tx(*a.ui, std::nullopt);
            QSqlQuery q(a.ui->database());
            q.exec(QStringLiteral("UPDATE patients SET alerts = 'Edited in the round-trip bench', updated_at = updated_at + 1 WHERE id <= 100"));
            (void)tx.commit();
        }
        // Where the time goes: A's push answered and applied, B's first rows applied.
        const auto since = [&t] { return double(t.nsecsElapsed()) / 1e6; };
        double pushedMs = -1, firstOnBMs = -1;
        const auto pushed = QObject::connect(a.manager.get(), &sync::SyncManager::progress, [&](int rowsPushed, int) {
            if (rowsPushed > 0 && pushedMs < 0)
                pushedMs = since();
        });
        const auto first = QObject::connect(b.manager.get(), &sync::SyncManager::dataChanged, [&] {
            if (firstOnBMs < 0)
                firstOnBMs = since();
        });
        const double committedMs = since();
        a.manager->localChangeCommitted();
        waitFor([&] { return seen.size() >= 100; }, 30000);
        const double ms = since();
        QObject::disconnect(c);
        QObject::disconnect(pushed);
        QObject::disconnect(first);
        std::printf("{\"bench\":\"edits_round_trip\",\"edits\":100,\"ms\":%.1f,\"seen_on_b\":%lld,\"committed_on_a_ms\":%.1f,"
                    "\"pushed_by_a_ms\":%.1f,\"first_on_b_ms\":%.1f}\n",
                    ms, qlonglong(seen.size()), committedMs, pushedMs, firstOnBMs);
        std::fflush(stdout);
    }

    // --- Propagation: one save on A, visible on B (B long-polls). ----------------------------------------
    {
        std::vector<double> latencies;
        StallMeter uiMeter(*a.ui);
        uiMeter.start();
        for (int i = 0; i < 50; ++i) {
            waitFor([] { return false; }, 50);
            bool arrived = false;
            const auto c = QObject::connect(b.manager.get(), &sync::SyncManager::dataChanged,
                                            [&](const QString &table, const QList<qint64> &) { arrived = arrived || table == QLatin1String("patients"); });
            QElapsedTimer t;
            t.start();
            {
                storage::WriteTransaction tx(*a.ui, std::nullopt);
                QSqlQuery q(a.ui->database());
                q.exec(QStringLiteral("UPDATE patients SET alerts = 'Change %1', updated_at = updated_at + 1 WHERE id = %2").arg(i).arg(200 + i));
                (void)tx.commit();
            }
            a.manager->localChangeCommitted();
            waitFor([&] { return arrived; }, 10000);
            latencies.push_back(double(t.nsecsElapsed()) / 1e6);
            QObject::disconnect(c);
        }
        uiMeter.stop();
        std::printf("{\"bench\":\"propagation\",\"changes\":50,\"p50_ms\":%.1f,\"p90_ms\":%.1f,\"max_ms\":%.1f,\"ui_stall_max_ms\":%.1f}\n",
                    bench::percentile(latencies, 0.5), bench::percentile(latencies, 0.9), bench::percentile(latencies, 1.0), uiMeter.worstMs());
        std::fflush(stdout);
    }
    a.manager->stop();
    b.manager->stop();
    if (trace) {
        const QStringList lines = server.output().split(QLatin1Char('\n'));
        for (const QString &line : lines)
            std::fprintf(stderr, "server: %s\n", qPrintable(line));
    }
    return 0;
}
