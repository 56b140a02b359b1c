// clinicdesk-storage-bench: measures the local store against the architecture's targets and
// against the raw SQLite limit on the same machine in the same run. Prints one JSON object per
// figure on stdout. Run on demand (never part of the test suite):
//
//   cmake --build --preset release --target clinicdesk-storage-bench
//   ./build/release/tests/bench/clinicdesk-storage-bench [--patients 100000] [--appointments 500000]
//
// "raw" figures use the sqlite3 C API directly (prepared statements, WAL, synchronous=NORMAL),
// i.e. the cost of the same rows or the same query with no repository, validation, capture or Qt.
#include "clinic/domain/phonenumber.h"
#include "clinic/storage/appointmentrepository.h"
#include "clinic/storage/checkpointer.h"
#include "clinic/storage/connection.h"
#include "clinic/storage/patientrepository.h"
#include "clinic/storage/patientsearchquery.h"
#include "clinic/storage/paymentrepository.h"
#include "clinic/storage/practitionerrepository.h"
#include "clinic/storage/writetransaction.h"

#include "benchsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <spdlog/spdlog.h>
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <functional>
#include <vector>

using namespace clinic;
using bench::RawDb;
using bench::inventPatient;

namespace {

using Clock = std::chrono::steady_clock;

struct Stats
{
    double p50 = 0, p95 = 0, p99 = 0, max = 0, mean = 0;
    size_t n = 0;
};

Stats stats(std::vector<double> us)
{
    Stats s;
    if (us.empty())
        return s;
    std::sort(us.begin(), us.end());
    const auto at = [&](double q) { return bench::percentile(us, q); };
    s.p50 = at(0.50);
    s.p95 = at(0.95);
    s.p99 = at(0.99);
    s.max = us.back();
    double sum = 0;
    for (double v : us)
        sum += v;
    s.mean = sum / double(us.size());
    s.n = us.size();
    return s;
}

void report(const char *name, const Stats &ours, const Stats &raw, const char *target)
{
    std::printf("{\"bench\":\"%s\",\"n\":%zu,\"p50_ms\":%.3f,\"p95_ms\":%.3f,\"p99_ms\":%.3f,\"max_ms\":%.3f,"
                "\"raw_p50_ms\":%.3f,\"raw_p95_ms\":%.3f,\"raw_p99_ms\":%.3f,"
                "\"ratio_p50\":%.2f,\"ratio_p99\":%.2f,\"target\":\"%s\"}\n",
                name, ours.n, ours.p50 / 1000, ours.p95 / 1000, ours.p99 / 1000, ours.max / 1000,
                raw.p50 / 1000, raw.p95 / 1000, raw.p99 / 1000,
                raw.p50 > 0 ? ours.p50 / raw.p50 : 0.0, raw.p99 > 0 ? ours.p99 / raw.p99 : 0.0, target);
    std::fflush(stdout);
}

template<typename F>
double timeUs(F &&f)
{
    const auto t0 = Clock::now();
    f();
    return std::chrono::duration<double, std::micro>(Clock::now() - t0).count();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("patients"), QStringLiteral("patients in the search DB"), QStringLiteral("n"), QStringLiteral("100000")},
                       {QStringLiteral("appointments"), QStringLiteral("appointments in the calendar DB"), QStringLiteral("n"), QStringLiteral("500000")},
                       {QStringLiteral("saves"), QStringLiteral("single saves timed per entity"), QStringLiteral("n"), QStringLiteral("2000")}});
    parser.process(app);
    const int patientCount = parser.value(QStringLiteral("patients")).toInt();
    const int appointmentCount = parser.value(QStringLiteral("appointments")).toInt();
    const int saves = parser.value(QStringLiteral("saves")).toInt();

    QTemporaryDir dir;
    storage::Session session;
    session.timeZone = QTimeZone("Asia/Kolkata");
    auto opened = storage::Connection::open(dir.filePath(QStringLiteral("bench.db")), QStringLiteral("bench"));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message()));
        return 1;
    }
    storage::Connection &db = *opened.value();
    QRandomGenerator rng(42);

    // --- Fixture: practitioners and the patient population (through the repository). ---------
    const qint64 drA = storage::PractitionerRepository(db, session).create([] {
        domain::Practitioner p; p.name = QStringLiteral("Dr. Bench A"); return p; }()).value().meta.id;
    const qint64 drB = storage::PractitionerRepository(db, session).create([] {
        domain::Practitioner p; p.name = QStringLiteral("Dr. Bench B"); return p; }()).value().meta.id;
    storage::PatientRepository patients(db, session);
    std::vector<domain::Patient> population;
    population.reserve(size_t(patientCount));
    for (int i = 0; i < patientCount; ++i)
        population.push_back(inventPatient(rng, i));
    QElapsedTimer seedTimer;
    seedTimer.start();
    for (int i = 0; i < patientCount;) {
        storage::WriteTransaction tx(db, std::nullopt);
        for (int k = 0; k < 5000 && i < patientCount; ++k, ++i) {
            auto saved = patients.create(population[size_t(i)]);
            if (!saved) {
                std::fprintf(stderr, "seed failed: %s\n", qPrintable(saved.error().message()));
                return 1;
            }
        }
        (void)tx.commit();
    }
    const double seedMs = double(seedTimer.elapsed());
    {
        // Raw: the same rows into a plain table of the same shape, one transaction.
        RawDb raw(dir.filePath(QStringLiteral("raw.db")));
        raw.exec("CREATE TABLE patients (id INTEGER PRIMARY KEY, patient_number TEXT, first_name TEXT, last_name TEXT,"
                 " date_of_birth TEXT, phone TEXT, city TEXT, address TEXT, created_at INTEGER, updated_at INTEGER)");
        sqlite3_stmt *ins = raw.prepare("INSERT INTO patients (patient_number, first_name, last_name, date_of_birth,"
                                        " phone, city, address, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)");
        // UTF-8 before the clock starts: the limit is SQLite's work, not Qt's text conversion.
        std::vector<std::array<QByteArray, 7>> encoded;
        encoded.reserve(population.size());
        for (const auto &p : population)
            encoded.push_back({p.patientNumber.toUtf8(), p.firstName.toUtf8(), p.lastName.toUtf8(),
                               p.dateOfBirth.toString(Qt::ISODate).toUtf8(), p.phone.toUtf8(), p.city.toUtf8(),
                               p.address.toUtf8()});
        QElapsedTimer t;
        t.start();
        raw.exec("BEGIN");
        for (const auto &f : encoded) {
            for (int c = 0; c < 7; ++c)
                sqlite3_bind_text(ins, c + 1, f[size_t(c)].constData(), int(f[size_t(c)].size()), SQLITE_STATIC);
            sqlite3_bind_int64(ins, 8, 1);
            sqlite3_bind_int64(ins, 9, 1);
            sqlite3_step(ins);
            sqlite3_reset(ins);
        }
        raw.exec("COMMIT");
        sqlite3_finalize(ins);
        const double rawMs = double(t.elapsed());
        std::printf("{\"bench\":\"bulk_insert_patients\",\"rows\":%d,\"ms\":%.0f,\"rows_per_s\":%.0f,"
                    "\"raw_ms\":%.0f,\"ratio\":%.2f,\"note\":\"repository with validation, outbox, audit and search index vs plain INSERTs\"}\n",
                    patientCount, seedMs, patientCount / (seedMs / 1000.0), rawMs, seedMs / std::max(rawMs, 1.0));
        std::fflush(stdout);
    }

    // --- Single saves: each in its own transaction, as the UI does. ------------------------------
    RawDb raw(dir.filePath(QStringLiteral("raw-saves.db")));
    raw.exec("CREATE TABLE patients (id INTEGER PRIMARY KEY, patient_number TEXT, first_name TEXT, last_name TEXT,"
             " date_of_birth TEXT, phone TEXT, created_at INTEGER, updated_at INTEGER);"
             "CREATE TABLE appointments (id INTEGER PRIMARY KEY, patient_id INTEGER, practitioner_id INTEGER,"
             " start_at INTEGER, end_at INTEGER, status TEXT, created_at INTEGER, updated_at INTEGER);"
             "CREATE TABLE payments (id INTEGER PRIMARY KEY, patient_id INTEGER, amount_minor INTEGER, method TEXT,"
             " received_at INTEGER, created_at INTEGER, updated_at INTEGER);");
    // First with SQLite's automatic checkpoint on the writing thread (the default), then as the
    // app runs: checkpoints on the Checkpointer's thread, automatic ones only as a backstop.
    storage::Checkpointer checkpointer(db.path());
    for (const bool background : {false, true}) {
        if (background) {
            QSqlQuery(db.database()).exec(QStringLiteral("PRAGMA wal_autocheckpoint = 10000"));
            checkpointer.start();
        }
        std::vector<double> ours, rawUs;
        sqlite3_stmt *ins = raw.prepare("INSERT INTO patients (patient_number, first_name, last_name, date_of_birth,"
                                        " phone, created_at, updated_at) VALUES (?,?,?,?,?,1,1)");
        for (int i = 0; i < saves; ++i) {
            const domain::Patient p = inventPatient(rng, patientCount + i);
            ours.push_back(timeUs([&] { (void)patients.create(p); }));
            const QByteArray f[] = {p.patientNumber.toUtf8(), p.firstName.toUtf8(), p.lastName.toUtf8(),
                                    p.dateOfBirth.toString(Qt::ISODate).toUtf8(), p.phone.toUtf8()};
            rawUs.push_back(timeUs([&] {
                raw.exec("BEGIN");
                for (int c = 0; c < 5; ++c)
                    sqlite3_bind_text(ins, c + 1, f[c].constData(), int(f[c].size()), SQLITE_TRANSIENT);
                sqlite3_step(ins);
                sqlite3_reset(ins);
                raw.exec("COMMIT");
            }));
        }
        sqlite3_finalize(ins);
        report(background ? "save_patient" : "save_patient_checkpoint_on_writer", stats(ours), stats(rawUs),
               "p99 < 5 ms");
    }
    storage::AppointmentRepository appointments(db, session);
    {
        std::vector<double> ours, rawUs;
        sqlite3_stmt *ins = raw.prepare("INSERT INTO appointments (patient_id, practitioner_id, start_at, end_at,"
                                        " status, created_at, updated_at) VALUES (?,?,?,?,'booked',1,1)");
        const QDateTime base(QDate(2026, 12, 1), QTime(9, 0), session.timeZone);
        for (int i = 0; i < saves; ++i) {
            domain::Appointment a;
            a.patientId = 1 + rng.bounded(qint64(patientCount));
            a.practitionerId = (i % 2) ? drA : drB;
            a.startAt = base.addSecs(qint64(i) * 1800).toUTC();
            a.endAt = a.startAt.addSecs(1800);
            ours.push_back(timeUs([&] { (void)appointments.create(a); }));
            rawUs.push_back(timeUs([&] {
                raw.exec("BEGIN");
                sqlite3_bind_int64(ins, 1, a.patientId);
                sqlite3_bind_int64(ins, 2, a.practitionerId);
                sqlite3_bind_int64(ins, 3, a.startAt.toMSecsSinceEpoch());
                sqlite3_bind_int64(ins, 4, a.endAt.toMSecsSinceEpoch());
                sqlite3_step(ins);
                sqlite3_reset(ins);
                raw.exec("COMMIT");
            }));
        }
        sqlite3_finalize(ins);
        report("save_appointment", stats(ours), stats(rawUs), "p99 < 5 ms");
    }
    {
        storage::PaymentRepository payments(db, session);
        std::vector<double> ours, rawUs;
        sqlite3_stmt *ins = raw.prepare("INSERT INTO payments (patient_id, amount_minor, method, received_at,"
                                        " created_at, updated_at) VALUES (?,?,'cash',?,1,1)");
        for (int i = 0; i < saves; ++i) {
            domain::Payment p;
            p.patientId = 1 + rng.bounded(qint64(patientCount));
            p.amountMinor = 50000 + rng.bounded(100000);
            ours.push_back(timeUs([&] { (void)payments.record(p); }));
            rawUs.push_back(timeUs([&] {
                raw.exec("BEGIN");
                sqlite3_bind_int64(ins, 1, p.patientId);
                sqlite3_bind_int64(ins, 2, p.amountMinor);
                sqlite3_bind_int64(ins, 3, 1);
                sqlite3_step(ins);
                sqlite3_reset(ins);
                raw.exec("COMMIT");
            }));
        }
        sqlite3_finalize(ins);
        report("save_payment", stats(ours), stats(rawUs), "p99 < 5 ms");
    }

    // --- Search as you type over the patient population. -----------------------------------------
    {
        // What a receptionist types: a name growing letter by letter, first + last name prefixes,
        // phone prefixes, a file number and a birth date.
        QStringList keystrokes;
        for (int i = 0; i < 60; ++i) {
            const domain::Patient &p = population[size_t(rng.bounded(patientCount))];
            const QString full = p.firstName + QLatin1Char(' ') + p.lastName;
            for (int len = 2; len <= std::min<int>(int(full.size()), 12); ++len)
                keystrokes << full.left(len);
            for (int len = 3; len <= 10; ++len)
                keystrokes << p.phone.left(len);
            keystrokes << p.patientNumber << p.dateOfBirth.toString(QStringLiteral("dd/MM/yyyy"));
        }
        std::vector<double> ours, rawUs;
        RawDb same(db.path());
        sqlite3_stmt *fts = same.prepare(
            "SELECT rowid FROM patient_search WHERE patient_search MATCH ? LIMIT 501");
        sqlite3_stmt *phones = same.prepare(
            "SELECT id FROM patients WHERE phone >= ? AND phone < ? AND phone <> '' AND deleted_at IS NULL LIMIT 501");
        for (const QString &typed : keystrokes) {
            ours.push_back(timeUs([&] { (void)patients.search(typed); }));
            const auto parsed = storage::PatientSearchQuery::parse(typed, QStringLiteral("IN"));
            const QByteArray match = parsed.match.toUtf8();
            rawUs.push_back(timeUs([&] {
                sqlite3_bind_text(fts, 1, match.constData(), int(match.size()), SQLITE_TRANSIENT);
                while (sqlite3_step(fts) == SQLITE_ROW) {
                }
                sqlite3_reset(fts);
                for (const QString &prefix : parsed.phonePrefixes) {
                    const QByteArray lo = prefix.toUtf8();
                    const QByteArray hi = lo + ':';
                    sqlite3_bind_text(phones, 1, lo.constData(), int(lo.size()), SQLITE_TRANSIENT);
                    sqlite3_bind_text(phones, 2, hi.constData(), int(hi.size()), SQLITE_TRANSIENT);
                    while (sqlite3_step(phones) == SQLITE_ROW) {
                    }
                    sqlite3_reset(phones);
                }
            }));
        }
        sqlite3_finalize(fts);
        sqlite3_finalize(phones);
        report("search_as_you_type", stats(ours), stats(rawUs), "p95 < 10 ms over 100,000 patients");
        std::fprintf(stderr, "search: raw = the bare candidate queries (FTS5 MATCH, phone index range) through sqlite3\n");

        // The duplicate check the registration form runs before it saves a new patient: someone
        // already registered comes in again (same phone, or same name and birth date).
        std::vector<double> dupUs, rawDupUs;
        sqlite3_stmt *byPhone = same.prepare("SELECT id FROM patients WHERE phone = ? AND phone <> '' AND deleted_at IS NULL");
        for (int i = 0; i < 300; ++i) {
            domain::Patient again = population[size_t(rng.bounded(patientCount))];
            if (i % 2)
                again.phone.clear();  // half of them found by name and birth date
            dupUs.push_back(timeUs([&] { (void)patients.likelyDuplicates(again); }));
            const QByteArray phone = domain::PhoneNumber::normalize(population[size_t(i)].phone, QStringLiteral("IN")).value_or(QString()).toUtf8();
            rawDupUs.push_back(timeUs([&] {
                sqlite3_bind_text(byPhone, 1, phone.constData(), int(phone.size()), SQLITE_TRANSIENT);
                while (sqlite3_step(byPhone) == SQLITE_ROW) {
                }
                sqlite3_reset(byPhone);
            }));
        }
        sqlite3_finalize(byPhone);
        report("duplicate_check", stats(dupUs), stats(rawDupUs), "part of saving a new patient (p99 < 5 ms)");
        std::fprintf(stderr, "duplicate check: raw = one phone lookup through sqlite3\n");
    }

    // --- Calendar day over a large appointment history. ------------------------------------------
    {
        // Fixture rows are written with plain SQL (capture suppressed, like rows pulled by sync);
        // the measured query is the repository's day view.
        const QDate firstDay(2020, 1, 1);
        const int perDay = 30;
        const int days = std::max(1, appointmentCount / perDay);
        {
            storage::WriteTransaction tx(db, std::nullopt, storage::CaptureMode::Suppress);
            QSqlQuery q(db.database());
            q.prepare(QStringLiteral("INSERT INTO appointments (patient_id, practitioner_id, start_at, end_at, status,"
                                     " created_at, updated_at) VALUES (?, ?, ?, ?, 'completed', 1, 1)"));
            for (int d = 0; d < days; ++d) {
                const qint64 dayStart = QDateTime(firstDay.addDays(d), QTime(9, 0), session.timeZone).toMSecsSinceEpoch();
                for (int k = 0; k < perDay; ++k) {
                    q.addBindValue(1 + rng.bounded(qint64(patientCount)));
                    q.addBindValue(k % 2 ? drA : drB);
                    q.addBindValue(dayStart + qint64(k / 2) * 1'800'000);
                    q.addBindValue(dayStart + qint64(k / 2) * 1'800'000 + 1'800'000);
                    q.exec();
                }
            }
            (void)tx.commit();
        }
        std::vector<double> ours, oursOne, rawUs;
        RawDb same(db.path());
        sqlite3_stmt *day = same.prepare(
            "SELECT * FROM appointments WHERE deleted_at IS NULL AND start_at >= ? AND start_at < ? "
            "ORDER BY start_at, practitioner_id, id");
        size_t rowsPerDay = 0;
        for (int i = 0; i < 300; ++i) {
            const QDate d = firstDay.addDays(rng.bounded(days));
            ours.push_back(timeUs([&] { rowsPerDay = appointments.forDay(d).value().size(); }));
            oursOne.push_back(timeUs([&] { (void)appointments.forDay(d, drA); }));
            rawUs.push_back(timeUs([&] {
                sqlite3_bind_int64(day, 1, QDateTime(d, QTime(0, 0), session.timeZone).toMSecsSinceEpoch());
                sqlite3_bind_int64(day, 2, QDateTime(d.addDays(1), QTime(0, 0), session.timeZone).toMSecsSinceEpoch());
                while (sqlite3_step(day) == SQLITE_ROW) {
                }
                sqlite3_reset(day);
            }));
        }
        sqlite3_finalize(day);
        std::fprintf(stderr, "calendar: %d appointments over %d days, %zu on a day\n", days * perDay, days, rowsPerDay);
        report("calendar_day_30_of_500k", stats(ours), stats(rawUs), "< 30 ms");
        report("calendar_day_one_practitioner", stats(oursOne), stats(rawUs), "< 30 ms");
    }
    return 0;
}
