#include "clinic/domain/sha256.h"

#include <algorithm>
#include <cstring>

namespace clinic::domain {
namespace {

// clang-format off
// FIPS 180-4 §4.2.2 and §5.3.3: the first 32 bits of the fractional parts of the cube roots of
// the first 64 primes, and of the square roots of the first 8.
constexpr std::array<std::uint32_t, 64> kRound = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};
constexpr std::array<std::uint32_t, 8> kInitial = {
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
};
// clang-format on

constexpr std::uint32_t rotr(std::uint32_t x, int n)
{
    return (x >> n) | (x << (32 - n));
}

} // namespace

Sha256::Sha256() : m_state(kInitial)
{ }

void Sha256::compress(const std::uint8_t *block)
{
    compress(m_state, block);
}

void Sha256::compress(std::array<std::uint32_t, 8> &state, const std::uint8_t *block)
{
    // Each entry is written before it is read; zeroing it first would be 2.4 million memsets a sign-in.
    std::array<std::uint32_t, 64> w; // NOLINT(cppcoreguidelines-pro-type-member-init)
    for (std::size_t i = 0; i < 16; ++i)
        w[i] = (std::uint32_t(block[4 * i]) << 24) | (std::uint32_t(block[4 * i + 1]) << 16)
            | (std::uint32_t(block[4 * i + 2]) << 8) | std::uint32_t(block[4 * i + 3]);
    for (std::size_t i = 16; i < 64; ++i) {
        const std::uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
        const std::uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    std::uint32_t a = state[0], b = state[1], c = state[2], d = state[3];
    std::uint32_t e = state[4], f = state[5], g = state[6], h = state[7];
    for (std::size_t i = 0; i < 64; ++i) {
        const std::uint32_t t1 =
            h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + kRound[i] + w[i];
        const std::uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
        h = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    state[0] += a;
    state[1] += b;
    state[2] += c;
    state[3] += d;
    state[4] += e;
    state[5] += f;
    state[6] += g;
    state[7] += h;
}

void Sha256::addData(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return; // `data` may be null (an empty QByteArrayView): memcpy must not see it
    m_length += size;
    if (m_buffered > 0) {
        const std::size_t take = std::min(size, kBlockBytes - m_buffered);
        std::memcpy(m_buffer.data() + m_buffered, data, take);
        m_buffered += take;
        data += take;
        size -= take;
        if (m_buffered < kBlockBytes)
            return;
        compress(m_buffer.data());
        m_buffered = 0;
    }
    for (; size >= kBlockBytes; data += kBlockBytes, size -= kBlockBytes)
        compress(data);
    if (size > 0) {
        std::memcpy(m_buffer.data(), data, size);
        m_buffered = size;
    }
}

void Sha256::addData(QByteArrayView data)
{
    addData(reinterpret_cast<const std::uint8_t *>(data.data()), std::size_t(data.size()));
}

Sha256::Digest Sha256::result() const
{
    // Padding (§5.1.1): 0x80, zeros up to 56 bytes into a block, the length in bits big-endian.
    // Finished on a copy of the state: this object can go on.
    std::array<std::uint32_t, 8> state = m_state;
    // Bytes up to blocks * kBlockBytes are written below; the rest is never read.
    std::array<std::uint8_t, kBlockBytes * 2> tail; // NOLINT(cppcoreguidelines-pro-type-member-init)
    const std::size_t blocks = m_buffered + 1 + 8 <= kBlockBytes ? 1 : 2;
    std::memcpy(tail.data(), m_buffer.data(), m_buffered);
    tail[m_buffered] = 0x80;
    std::memset(tail.data() + m_buffered + 1, 0, blocks * kBlockBytes - 8 - m_buffered - 1);
    const std::uint64_t bits = m_length * 8;
    for (std::size_t i = 0; i < 8; ++i)
        tail[blocks * kBlockBytes - 1 - i] = std::uint8_t(bits >> (8 * i));
    for (std::size_t b = 0; b < blocks; ++b)
        compress(state, tail.data() + b * kBlockBytes);
    Digest digest;
    for (std::size_t i = 0; i < 8; ++i) {
        digest[4 * i] = std::uint8_t(state[i] >> 24);
        digest[4 * i + 1] = std::uint8_t(state[i] >> 16);
        digest[4 * i + 2] = std::uint8_t(state[i] >> 8);
        digest[4 * i + 3] = std::uint8_t(state[i]);
    }
    return digest;
}

Sha256::Digest Sha256::hash(QByteArrayView data)
{
    Sha256 h;
    h.addData(data);
    return h.result();
}

QByteArray Sha256::toByteArray(const Digest &digest)
{
    return QByteArray(reinterpret_cast<const char *>(digest.data()), qsizetype(digest.size()));
}

} // namespace clinic::domain
