#pragma once
// Shared by the benchmark programs: the raw-SQLite limit and invented patients (never real data).

#include "clinic/domain/patient.h"

#include <QDate>
#include <QRandomGenerator>
#include <QString>

#include <sqlite3.h>

#include <algorithm>
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
        exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;");
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

} // namespace clinic::bench
