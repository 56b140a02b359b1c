#include "support/tempdatabase.h"

#include "clinic/storage/userrepository.h"

#include <QSqlError>

namespace clinic::test {

void TempDatabaseTest::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("clinic.db"));
    m_session.clock = &m_clock;
    m_session.timeZone = QTimeZone("Asia/Kolkata");
    m_session.defaultCountry = QStringLiteral("IN");
    m_session.currency = QStringLiteral("INR");
    auto opened = storage::Connection::open(m_path, QStringLiteral("test"));
    ASSERT_TRUE(opened.ok()) << opened.error().message().toStdString();
    m_db = std::move(opened).value();
}

void TempDatabaseTest::TearDown()
{
    m_db.reset();
}

QVariant TempDatabaseTest::scalar(const QString &sql) const
{
    QSqlQuery q(m_db->database());
    if (!q.exec(sql) || !q.next()) {
        ADD_FAILURE() << "query failed: " << sql.toStdString() << ": "
                      << q.lastError().text().toStdString();
        return {};
    }
    return q.value(0);
}

qint64 TempDatabaseTest::makeUser(const char *login, domain::Role role, std::optional<qint64> practitionerId)
{
    storage::Session admin = m_session;
    admin.role = domain::Role::Admin;
    storage::UserRepository users(*m_db, admin);
    users.setHashIterations(1000);
    domain::User u;
    u.login = QLatin1String(login);
    u.displayName = QStringLiteral("Test User");
    u.role = role;
    u.practitionerId = practitionerId;
    const auto saved = users.create(u, QStringLiteral("test password"));
    EXPECT_TRUE(saved.ok()) << (saved.ok() ? "" : saved.error().message().toStdString());
    return saved.ok() ? saved.value().meta.id : 0;
}

void TempDatabaseTest::reopen()
{
    m_db.reset();
    auto opened = storage::Connection::open(m_path, QStringLiteral("test"));
    ASSERT_TRUE(opened.ok()) << opened.error().message().toStdString();
    m_db = std::move(opened).value();
}

} // namespace clinic::test
