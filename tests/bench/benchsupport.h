#pragma once
// Shared by the benchmark programs: the raw-SQLite limit and invented patients (never real data).

#include "clinic/domain/patient.h"

#include <QDate>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QString>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <vector>

namespace clinic::bench {

/// The value below which a fraction `q` of `values` lies (nearest rank); 0 for no values.
inline double percentile(std::vector<double> values, double q)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(q * double(values.size())))];
}

/// The raw limit: a sqlite3 handle with the same pragmas, no Qt, no repository.
class RawDb
{
public:
    explicit RawDb(const QString &path)
    {
        sqlite3_open(path.toUtf8().constData(), &m_db);
        // No automatic checkpoint: the commit that crosses SQLite's default threshold would copy
        // the WAL into the file and fsync both (75-150 ms for 100,000 patients, varying with the
        // disk) — not part of inserting rows; rawPatientInsertMs() times it apart.
        exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA wal_autocheckpoint=0;");
    }
    ~RawDb() { sqlite3_close(m_db); }
    RawDb(const RawDb &) = delete;
    RawDb &operator=(const RawDb &) = delete;
    void exec(const char *sql) { sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr); }
    sqlite3_stmt *prepare(const char *sql)
    {
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr);
        return stmt;
    }
    sqlite3 *handle() { return m_db; }

private:
    sqlite3 *m_db = nullptr;
};

inline domain::Patient inventPatient(QRandomGenerator &rng, int i)
{
    static const char *first[] = {"Aarav", "Priya", "Rohan", "Ananya", "Vikram", "Kavya", "José", "María",
                                  "Lucía", "Javier", "Sneha", "Íñigo", "Meera", "Arjun", "Diya", "Pablo"};
    static const char *last[] = {"Sharma", "Patel", "Iyer", "Reddy", "Nair", "García", "López", "Núñez",
                                 "Gupta", "Menon", "Rao", "Fernández", "Joshi", "Desai", "Pillai", "Ruiz"};
    domain::Patient p;
    p.firstName = QString::fromUtf8(first[rng.bounded(16)]);
    p.lastName = QString::fromUtf8(last[rng.bounded(16)]) + (i % 7 == 0 ? QStringLiteral("-Kumar") : QString());
    p.phone = QStringLiteral("9%1").arg(100'000'000 + i, 9, 10, QLatin1Char('0'));
    p.dateOfBirth = QDate(1940, 1, 1).addDays(rng.bounded(25000));
    p.patientNumber = QStringLiteral("P%1").arg(i, 6, 10, QLatin1Char('0'));
    p.city = QStringLiteral("Bengaluru");
    p.address = QStringLiteral("%1 MG Road").arg(i % 500);
    return p;
}

/// The raw limit for patient rows: the same patients inserted straight into a plain SQLite table
/// of the same columns (no repository, validation, triggers, indexes or Qt), in one transaction,
/// from UTF-8 prepared before the clock starts. Returns the time in ms up to COMMIT; the checkpoint
/// SQLite's defaults would run at that commit is timed apart into *checkpointMs. (Until the ninth
/// session the QString-to-UTF-8 conversion was inside the timed loop: 390-530 ms where SQLite
/// needs 160-260, which flattered every ratio against it by about 1.6; until the tenth, the
/// commit's automatic checkpoint was timed too: another 75-150 ms.)
inline double rawPatientInsertMs(const QString &path, const std::vector<domain::Patient> &population, double *checkpointMs = nullptr)
{
    RawDb raw(path);
    raw.exec("CREATE TABLE patients (id INTEGER PRIMARY KEY, cloud_id INTEGER UNIQUE, patient_number TEXT, first_name TEXT,"
             " last_name TEXT, date_of_birth TEXT, phone TEXT, alt_phone TEXT, email TEXT, address TEXT, city TEXT,"
             " postal_code TEXT, referral_source TEXT, alerts TEXT, consent_sms INTEGER, created_at INTEGER, updated_at INTEGER)");
    sqlite3_stmt *ins = raw.prepare("INSERT INTO patients (cloud_id, patient_number, first_name, last_name, date_of_birth, phone,"
                                    " alt_phone, email, address, city, postal_code, referral_source, alerts, consent_sms,"
                                    " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,1,1,1)");
    // The rows as UTF-8 before the clock starts: the limit is SQLite's, not Qt's text conversion.
    std::vector<std::array<QByteArray, 12>> encoded;
    encoded.reserve(population.size());
    for (const auto &p : population)
        encoded.push_back({p.patientNumber.toUtf8(), p.firstName.toUtf8(), p.lastName.toUtf8(),
                           p.dateOfBirth.toString(Qt::ISODate).toUtf8(), p.phone.toUtf8(), p.altPhone.toUtf8(),
                           p.email.toUtf8(), p.address.toUtf8(), p.city.toUtf8(), p.postalCode.toUtf8(),
                           p.referralSource.toUtf8(), p.alerts.toUtf8()});
    QElapsedTimer t;
    t.start();
    raw.exec("BEGIN");
    qint64 cloud = 1;
    for (const auto &f : encoded) {
        sqlite3_bind_int64(ins, 1, cloud++);
        for (int c = 0; c < 12; ++c)
            sqlite3_bind_text(ins, c + 2, f[size_t(c)].constData(), int(f[size_t(c)].size()), SQLITE_STATIC);
        sqlite3_step(ins);
        sqlite3_reset(ins);
    }
    raw.exec("COMMIT");
    const double insertMs = double(t.nsecsElapsed()) / 1e6;
    sqlite3_finalize(ins);
    if (checkpointMs) {
        t.restart();
        raw.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        *checkpointMs = double(t.nsecsElapsed()) / 1e6;
    }
    return insertMs;
}

} // namespace clinic::bench

namespace clinic::bench {

/// The raw limit for everything an initial sync writes per patient: the patient row as above and
/// its audit entry (the row's values as JSON, as the capture trigger writes it) into plain tables
/// of the same columns, in one transaction, no indexes, triggers or search index. In ms.
inline double rawPatientAndAuditInsertMs(const QString &path, const std::vector<domain::Patient> &population)
{
    std::vector<QByteArray> changes;
    changes.reserve(population.size());
    for (const auto &p : population) {
        const auto quoted = [](const QString &s) -> QByteArray {  // a QByteArray, not a builder of temporaries
            return '"' + s.toUtf8().replace('\\', "\\\\").replace('"', "\\\"") + '"';
        };
        changes.push_back("{\"patient_number\":" + quoted(p.patientNumber) + ",\"first_name\":" + quoted(p.firstName)
                          + ",\"last_name\":" + quoted(p.lastName) + ",\"date_of_birth\":" + quoted(p.dateOfBirth.toString(Qt::ISODate))
                          + ",\"sex\":\"unknown\",\"phone\":" + quoted(p.phone) + ",\"alt_phone\":" + quoted(p.altPhone)
                          + ",\"email\":" + quoted(p.email) + ",\"address\":" + quoted(p.address) + ",\"city\":" + quoted(p.city)
                          + ",\"postal_code\":" + quoted(p.postalCode) + ",\"national_id\":\"\",\"referral_source\":"
                          + quoted(p.referralSource) + ",\"alerts\":" + quoted(p.alerts)
                          + ",\"consent_sms\":1,\"consent_whatsapp\":0,\"consent_email\":0,\"archived\":0,\"deleted_at\":null}");
    }
    RawDb raw(path);
    raw.exec("CREATE TABLE audit_log (id INTEGER PRIMARY KEY, cloud_id INTEGER UNIQUE, at INTEGER, user_id INTEGER, device_id TEXT,"
             " table_name TEXT, row_id INTEGER, action TEXT, changes TEXT, created_at INTEGER, updated_at INTEGER)");
    sqlite3_stmt *ins = raw.prepare("INSERT INTO audit_log (cloud_id, at, user_id, device_id, table_name, row_id, action, changes,"
                                    " created_at, updated_at) VALUES (?, 1, NULL, 'd3b07384d113edec49eaa6238ad5ff00', 'patients', ?,"
                                    " 'insert', ?, 1, 1)");
    const double patientsMs = rawPatientInsertMs(path, population);  // its own transaction, timed alone
    QElapsedTimer t;
    t.start();
    raw.exec("BEGIN");
    qint64 cloud = qint64(population.size()) + 1;
    for (size_t i = 0; i < changes.size(); ++i) {
        sqlite3_bind_int64(ins, 1, cloud++);
        sqlite3_bind_int64(ins, 2, qint64(i) + 1);
        sqlite3_bind_text(ins, 3, changes[i].constData(), int(changes[i].size()), nullptr);
        sqlite3_step(ins);
        sqlite3_reset(ins);
    }
    raw.exec("COMMIT");
    sqlite3_finalize(ins);
    return patientsMs + double(t.nsecsElapsed()) / 1e6;
}

} // namespace clinic::bench
