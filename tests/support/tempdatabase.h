#pragma once

#include "clinic/domain/clock.h"
#include "clinic/domain/role.h"
#include "clinic/storage/connection.h"
#include "clinic/storage/session.h"

#include <QSqlQuery>
#include <QTimeZone>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace clinic::test {

/// A clock the test sets by hand.
class ManualClock final : public domain::Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 11, 2), QTime(9, 0), QTimeZone::utc()))
        : m_now(std::move(start)) {}
    [[nodiscard]] QDateTime now() const override { return m_now; }
    void set(QDateTime t) { m_now = std::move(t); }
    void advanceMs(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};

/// Fixture: a fresh database file in a temporary folder per test, opened as "test", with a
/// session (admin, India, clinic time zone Asia/Kolkata) on a manual clock.
class TempDatabaseTest : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;

    /// Runs a query and returns the first column of the first row (test helper).
    QVariant scalar(const QString &sql) const;
    /// Reopens the database (closes the connection first).
    void reopen();
    /// Creates a desk user with `role` (fast hash) and returns its id.
    qint64 makeUser(const char *login, domain::Role role, std::optional<qint64> practitionerId = {});

    QTemporaryDir m_dir;
    QString m_path;
    ManualClock m_clock;
    storage::Session m_session;
    std::unique_ptr<storage::Connection> m_db;
};

} // namespace clinic::test
