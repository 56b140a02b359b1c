#include "clinic/domain/passwordhasher.h"

#include <QCryptographicHash>
#include <QList>
#include <QRandomGenerator>

namespace clinic::domain {
namespace {

constexpr auto kScheme = "pbkdf2-sha256";
constexpr int kSaltBytes = 16;
constexpr int kKeyBytes = 32;

// HMAC-SHA256 with the key already padded and XORed (RFC 2104).
QByteArray hmac(const QByteArray &innerPad, const QByteArray &outerPad, const QByteArray &message)
{
    QCryptographicHash inner(QCryptographicHash::Sha256);
    inner.addData(innerPad);
    inner.addData(message);
    QCryptographicHash outer(QCryptographicHash::Sha256);
    outer.addData(outerPad);
    outer.addData(inner.result());
    return outer.result();
}

// PBKDF2-HMAC-SHA256 (RFC 8018) for a 32-byte key, i.e. exactly one block. Qt Core only
// (QPasswordDigestor lives in QtNetwork, which the domain must not link).
QByteArray derive(const QString &password, const QByteArray &salt, int iterations)
{
    constexpr int kBlock = 64;
    QByteArray key = password.toUtf8();
    if (key.size() > kBlock)
        key = QCryptographicHash::hash(key, QCryptographicHash::Sha256);
    key.resize(kBlock, '\0');
    QByteArray innerPad(kBlock, Qt::Uninitialized);
    QByteArray outerPad(kBlock, Qt::Uninitialized);
    for (int i = 0; i < kBlock; ++i) {
        innerPad[i] = static_cast<char>(key.at(i) ^ 0x36);
        outerPad[i] = static_cast<char>(key.at(i) ^ 0x5c);
    }
    QByteArray u = hmac(innerPad, outerPad, salt + QByteArray::fromHex("00000001"));
    QByteArray t = u;
    for (int i = 1; i < iterations; ++i) {
        u = hmac(innerPad, outerPad, u);
        for (int j = 0; j < kKeyBytes; ++j)
            t[j] = static_cast<char>(t.at(j) ^ u.at(j));
    }
    return t;
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
    if (p.salt.size() < 4 || p.key.size() != kKeyBytes)
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
