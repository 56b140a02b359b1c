#include "clinic/domain/passwordhasher.h"

#include "clinic/domain/sha256.h"

#include <QList>
#include <QRandomGenerator>

#include <array>
#include <cstdint>

namespace clinic::domain {
namespace {

constexpr auto kScheme = "pbkdf2-sha256";
constexpr int kSaltBytes = 16;
constexpr std::size_t kKeyBytes = 32;

// PBKDF2-HMAC-SHA256 (RFC 8018, HMAC per RFC 2104) for a 32-byte key, i.e. exactly one block.
// Every HMAC starts by hashing the key XOR ipad (inner) or XOR opad (outer): those two states are
// computed once and copied for each of the 2 x `iterations` hashes (Sha256). Qt Core only
// (QPasswordDigestor lives in QtNetwork, which the domain must not link).
QByteArray derive(const QString &password, const QByteArray &salt, int iterations)
{
    constexpr std::size_t kBlock = Sha256::kBlockBytes;
    QByteArray key = password.toUtf8();
    if (std::size_t(key.size()) > kBlock)
        key = Sha256::toByteArray(Sha256::hash(key));
    key.resize(qsizetype(kBlock), '\0');
    std::array<std::uint8_t, kBlock> pad{};
    Sha256 innerStart;
    Sha256 outerStart;
    for (std::size_t i = 0; i < kBlock; ++i)
        pad[i] = std::uint8_t(std::uint8_t(key.at(qsizetype(i))) ^ 0x36);
    innerStart.addData(pad.data(), pad.size());
    for (std::size_t i = 0; i < kBlock; ++i)
        pad[i] = std::uint8_t(std::uint8_t(key.at(qsizetype(i))) ^ 0x5c);
    outerStart.addData(pad.data(), pad.size());
    const auto hmac = [&](const std::uint8_t *message, std::size_t size) {
        Sha256 inner = innerStart;
        inner.addData(message, size);
        const Sha256::Digest innerDigest = inner.result();
        Sha256 outer = outerStart;
        outer.addData(innerDigest.data(), innerDigest.size());
        return outer.result();
    };
    QByteArray first = salt + QByteArray::fromHex("00000001");  // U1 = HMAC(salt || INT(1))
    Sha256::Digest u = hmac(reinterpret_cast<const std::uint8_t *>(first.constData()), std::size_t(first.size()));
    Sha256::Digest t = u;
    for (int i = 1; i < iterations; ++i) {
        u = hmac(u.data(), u.size());
        for (std::size_t j = 0; j < t.size(); ++j)
            t[j] ^= u[j];
    }
    static_assert(Sha256::kDigestBytes == kKeyBytes);
    return Sha256::toByteArray(t);
}

struct Parsed
{
    int iterations = 0;
    QByteArray salt;
    QByteArray key;
};

std::optional<Parsed> parse(const QString &stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != QLatin1String(kScheme))
        return std::nullopt;
    bool ok = false;
    Parsed p;
    p.iterations = parts.at(1).toInt(&ok);
    if (!ok || p.iterations < 1 || p.iterations > 10'000'000)
        return std::nullopt;
    p.salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    p.key = QByteArray::fromBase64(parts.at(3).toLatin1());
    if (p.salt.size() < 4 || std::size_t(p.key.size()) != kKeyBytes)
        return std::nullopt;
    return p;
}

} // namespace

QString PasswordHasher::hash(const QString &password, int iterations)
{
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    const QByteArray key = derive(password, salt, iterations);
    return QStringLiteral("%1$%2$%3$%4")
        .arg(QLatin1String(kScheme))
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(key.toBase64()));
}

bool PasswordHasher::verify(const QString &password, const QString &storedHash)
{
    const auto parsed = parse(storedHash);
    if (!parsed)
        return false;
    return constantTimeEquals(derive(password, parsed->salt, parsed->iterations), parsed->key);
}

bool PasswordHasher::needsRehash(const QString &storedHash)
{
    const auto parsed = parse(storedHash);
    return !parsed || parsed->iterations < kDefaultIterations;
}

bool PasswordHasher::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    // Length is not secret (always kKeyBytes for keys); content comparison never short-circuits.
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace clinic::domain
