#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <array>
#include <cstddef>
#include <cstdint>

namespace clinic::domain {

/// SHA-256 (FIPS 180-4) as a copyable value: a copy carries the state of everything hashed so
/// far, which QCryptographicHash cannot give.
///
/// Why it exists: PBKDF2-HMAC-SHA256 (PasswordHasher) runs two hashes per iteration, 600,000
/// iterations per sign-in, and each starts with the same 64-byte padded key block. Hashing that
/// block once and copying the state halves the work; hashing without Qt's per-call allocations
/// does most of the rest (release build: 0.72 s of CPU per password check through
/// QCryptographicHash, 0.32 s through this; OpenSSL's PBKDF2 0.17 s on the same machine).
/// Thread-safe: a value type; distinct objects are independent.
class Sha256
{
public:
    static constexpr std::size_t kBlockBytes = 64;
    static constexpr std::size_t kDigestBytes = 32;
    using Digest = std::array<std::uint8_t, kDigestBytes>;

    Sha256();

    void addData(const std::uint8_t *data, std::size_t size);
    void addData(QByteArrayView data);
    /// The digest of everything added so far; this object is unchanged (more can be added).
    [[nodiscard]] Digest result() const;

    static Digest hash(QByteArrayView data);
    static QByteArray toByteArray(const Digest &digest);

private:
    void compress(const std::uint8_t *block);
    static void compress(std::array<std::uint32_t, 8> &state, const std::uint8_t *block);

    std::array<std::uint32_t, 8> m_state {};
    std::array<std::uint8_t, kBlockBytes> m_buffer {};
    std::size_t m_buffered = 0; ///< bytes of m_buffer in use (< kBlockBytes between calls)
    std::uint64_t m_length = 0; ///< bytes added in all
};

} // namespace clinic::domain
