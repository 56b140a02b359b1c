#include "clinic/domain/passwordhasher.h"

#include <gtest/gtest.h>

using clinic::domain::PasswordHasher;

namespace {

// Builds a stored hash with a chosen salt, to check the KDF against published vectors.
QString storedWith(const char *salt, int iterations, const char *hexKey)
{
    return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
        .arg(iterations)
        .arg(QString::fromLatin1(QByteArray(salt).toBase64()),
             QString::fromLatin1(QByteArray::fromHex(hexKey).toBase64()));
}

} // namespace

TEST(PasswordHasher, matchesPublishedPbkdf2HmacSha256Vectors)
{
    // RFC 7914 section 11 / widely published PBKDF2-HMAC-SHA256 vectors (P="password", S="salt").
    EXPECT_TRUE(PasswordHasher::verify(QStringLiteral("password"),
        storedWith("salt", 1, "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b")));
    EXPECT_TRUE(PasswordHasher::verify(QStringLiteral("password"),
        storedWith("salt", 2, "ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43")));
    EXPECT_TRUE(PasswordHasher::verify(QStringLiteral("password"),
        storedWith("salt", 4096, "c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a")));
}

TEST(PasswordHasher, verifiesTheRightPasswordOnly)
{
    const QString stored = PasswordHasher::hash(QStringLiteral("Früh-Dienst 7"), 1000);
    EXPECT_TRUE(PasswordHasher::verify(QStringLiteral("Früh-Dienst 7"), stored));
    EXPECT_FALSE(PasswordHasher::verify(QStringLiteral("früh-Dienst 7"), stored));
    EXPECT_FALSE(PasswordHasher::verify(QString(), stored));
}

TEST(PasswordHasher, saltsEveryHash)
{
    const QString a = PasswordHasher::hash(QStringLiteral("same password"), 1000);
    const QString b = PasswordHasher::hash(QStringLiteral("same password"), 1000);
    EXPECT_NE(a, b);
    EXPECT_TRUE(a.startsWith(QStringLiteral("pbkdf2-sha256$1000$")));
}

TEST(PasswordHasher, refusesMalformedStoredHashes)
{
    for (const char *bad : {"", "plain", "pbkdf2-sha256$x$c2FsdA==$AAAA", "md5$1$c2FsdA==$AAAA",
                            "pbkdf2-sha256$1$c2FsdA==$AAAA", "pbkdf2-sha256$999999999$c2FsdHNhbHQ=$AAAA"})
        EXPECT_FALSE(PasswordHasher::verify(QStringLiteral("password"), QLatin1String(bad))) << bad;
}

TEST(PasswordHasher, defaultHashIsSlowEnoughToNeedNoRehash)
{
    const QString stored = PasswordHasher::hash(QStringLiteral("correct horse"));
    EXPECT_FALSE(PasswordHasher::needsRehash(stored));
    EXPECT_TRUE(PasswordHasher::needsRehash(PasswordHasher::hash(QStringLiteral("x"), 1000)));
    EXPECT_TRUE(PasswordHasher::verify(QStringLiteral("correct horse"), stored));
}

TEST(PasswordHasher, constantTimeEqualsComparesContent)
{
    EXPECT_TRUE(PasswordHasher::constantTimeEquals("abc", "abc"));
    EXPECT_FALSE(PasswordHasher::constantTimeEquals("abc", "abd"));
    EXPECT_FALSE(PasswordHasher::constantTimeEquals("abc", "abcd"));
}
