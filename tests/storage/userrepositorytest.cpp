#include "clinic/storage/practitionerrepository.h"
#include "clinic/storage/settingsrepository.h"
#include "clinic/storage/userrepository.h"

#include "support/fixtures.h"
#include "support/tempdatabase.h"

using namespace clinic;

class UserRepositoryTest : public test::TempDatabaseTest
{
protected:
    std::unique_ptr<storage::UserRepository> repo()
    {
        auto r = std::make_unique<storage::UserRepository>(*m_db, m_session);
        r->setHashIterations(1000);
        return r;
    }
    domain::User user(const char *login, domain::Role role)
    {
        domain::User u;
        u.login = QLatin1String(login);
        u.displayName = QStringLiteral("Test User");
        u.role = role;
        return u;
    }
};

TEST_F(UserRepositoryTest, signInWorksOfflineWithTheRightPasswordOnly)
{
    ASSERT_TRUE(repo()->create(user("Asha.K", domain::Role::Reception), QStringLiteral("s3cret-pass")).ok());
    const auto ok = repo()->authenticate(QStringLiteral("asha.k"), QStringLiteral("s3cret-pass"));
    ASSERT_TRUE(ok.ok());
    EXPECT_EQ(ok.value().role, domain::Role::Reception);

    const auto wrong = repo()->authenticate(QStringLiteral("asha.k"), QStringLiteral("S3cret-pass"));
    const auto unknown = repo()->authenticate(QStringLiteral("nobody"), QStringLiteral("s3cret-pass"));
    ASSERT_FALSE(wrong.ok());
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(wrong.error().message(), unknown.error().message()) << "logins cannot be probed";
}

TEST_F(UserRepositoryTest, passwordsAreNeverStoredInTheClear)
{
    const auto saved = repo()->create(user("bala", domain::Role::Admin), QStringLiteral("plain-text-pw"));
    ASSERT_TRUE(saved.ok());
    EXPECT_FALSE(scalar(QStringLiteral("SELECT password_hash FROM users")).toString().contains(QStringLiteral("plain-text")));
    EXPECT_TRUE(scalar(QStringLiteral("SELECT password_hash FROM users")).toString().startsWith(QStringLiteral("pbkdf2-sha256$")));
}

TEST_F(UserRepositoryTest, onlyAdminsManageUsersAndSettings)
{
    m_session.role = domain::Role::Reception;
    EXPECT_EQ(repo()->create(user("x1", domain::Role::Admin), QStringLiteral("long enough")).error().code(),
              domain::ErrorCode::Forbidden);
    EXPECT_EQ(storage::SettingsRepository(*m_db, m_session).setValue(QStringLiteral("clinic.name"), QStringLiteral("X")).error().code(),
              domain::ErrorCode::Forbidden);
    EXPECT_EQ(storage::PractitionerRepository(*m_db, m_session).create(test::practitioner("Dr. X")).error().code(),
              domain::ErrorCode::Forbidden);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM users")).toInt(), 0);
}

TEST_F(UserRepositoryTest, loginsAreUniqueIgnoringCaseAndPasswordsHaveAMinimumLength)
{
    ASSERT_TRUE(repo()->create(user("meena", domain::Role::Reception), QStringLiteral("long enough")).ok());
    const auto dup = repo()->create(user("MEENA", domain::Role::Reception), QStringLiteral("long enough"));
    ASSERT_FALSE(dup.ok());
    EXPECT_EQ(dup.error().code(), domain::ErrorCode::Conflict);
    const auto shortPw = repo()->create(user("other", domain::Role::Reception), QStringLiteral("short"));
    ASSERT_FALSE(shortPw.ok());
    EXPECT_TRUE(shortPw.error().hasFieldError(QStringLiteral("password")));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM users")).toInt(), 1);
}

TEST_F(UserRepositoryTest, practitionerUsersAreLinkedToALivePractitioner)
{
    auto u = user("drnisha", domain::Role::Practitioner);
    EXPECT_TRUE(repo()->create(u, QStringLiteral("long enough")).error().hasFieldError(QStringLiteral("practitionerId")));
    u.practitionerId = 999;
    EXPECT_TRUE(repo()->create(u, QStringLiteral("long enough")).error().hasFieldError(QStringLiteral("practitionerId")));
    u.practitionerId = storage::PractitionerRepository(*m_db, m_session).create(test::practitioner("Dr. Nisha Rao")).value().meta.id;
    EXPECT_TRUE(repo()->create(u, QStringLiteral("long enough")).ok());
}

TEST_F(UserRepositoryTest, usersChangeTheirOwnPasswordButNotOthers)
{
    const auto a = repo()->create(user("usera", domain::Role::Reception), QStringLiteral("first password"));
    const auto b = repo()->create(user("userb", domain::Role::Reception), QStringLiteral("first password"));
    m_session.role = domain::Role::Reception;
    m_session.userId = a.value().meta.id;
    EXPECT_TRUE(repo()->setPassword(a.value().meta.id, QStringLiteral("second password")).ok());
    EXPECT_EQ(repo()->setPassword(b.value().meta.id, QStringLiteral("hijacked pass")).error().code(),
              domain::ErrorCode::Forbidden);
    EXPECT_TRUE(repo()->authenticate(QStringLiteral("usera"), QStringLiteral("second password")).ok());
    EXPECT_TRUE(repo()->authenticate(QStringLiteral("userb"), QStringLiteral("first password")).ok());
}
