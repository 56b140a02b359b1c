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
    static constexpr int kDefaultIterations = 210'000;  ///< OWASP 2023 figure for PBKDF2-SHA256
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
