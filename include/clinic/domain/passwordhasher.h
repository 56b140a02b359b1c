#pragma once

#include <QByteArray>
#include <QString>

namespace clinic::domain {

/// Salted, slow password hashing for desk users (works offline).
/// Format: "pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>"; the iteration count travels
/// with the hash so it can be raised later without invalidating old hashes.
/// Thread-safe: stateless.
class PasswordHasher
{
public:
    /// OWASP's recommendation for PBKDF2-HMAC-SHA256 (2023); about 0.3 s per sign-in on a desk PC.
    static constexpr int kDefaultIterations = 600'000;
    static constexpr int kMinimumLength = 8;

    static QString hash(const QString &password, int iterations = kDefaultIterations);
    /// Constant-time check of `password` against a stored hash; false for malformed hashes.
    static bool verify(const QString &password, const QString &storedHash);
    /// True when the stored hash uses fewer iterations than the current default.
    static bool needsRehash(const QString &storedHash);
    /// Compares two byte arrays in time independent of where they differ.
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
};

} // namespace clinic::domain
