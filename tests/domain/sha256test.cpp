#include "clinic/domain/sha256.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>

using clinic::domain::Sha256;

namespace {

QByteArray hex(const Sha256::Digest &digest)
{
    return Sha256::toByteArray(digest).toHex();
}

QByteArray qtSha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

} // namespace

TEST(Sha256, matchesThePublishedExamples)
{
    // FIPS 180-4 examples (NIST CSRC "SHA-256" example values).
    EXPECT_EQ(hex(Sha256::hash("abc")), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    EXPECT_EQ(hex(Sha256::hash("")), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    EXPECT_EQ(hex(Sha256::hash("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")),
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST(Sha256, agreesWithQtForEveryLengthAroundTheBlockAndPaddingEdges)
{
    // Lengths 0..300 cover a message ending just before, at and after the 55/56/64-byte edges
    // where the padding needs one block or two; each is also added in two uneven pieces.
    QByteArray data;
    for (int n = 0; n <= 300; ++n) {
        const QByteArray expected = qtSha256(data);
        EXPECT_EQ(hex(Sha256::hash(data)), expected) << "length " << n;
        for (const qsizetype cut : {qsizetype(0), qsizetype(1), qsizetype(n / 3), qsizetype(n - 1)}) {
            if (cut < 0 || cut > data.size())
                continue;
            Sha256 pieces;
            pieces.addData(QByteArrayView(data).first(cut));
            pieces.addData(QByteArrayView(data).sliced(cut));
            EXPECT_EQ(hex(pieces.result()), expected) << "length " << n << " cut at " << cut;
        }
        data.append(char('a' + n % 26));
    }
}

TEST(Sha256, aCopyCarriesOnFromWhereItWasAndResultLeavesTheObjectUsable)
{
    Sha256 prefix;
    prefix.addData(QByteArray(64, 'k')); // one whole block, as HMAC's padded key
    Sha256 a = prefix;
    Sha256 b = prefix;
    a.addData("first message");
    b.addData("second");
    EXPECT_EQ(hex(a.result()), qtSha256(QByteArray(64, 'k').append("first message")));
    EXPECT_EQ(hex(b.result()), qtSha256(QByteArray(64, 'k').append("second")));
    EXPECT_EQ(hex(prefix.result()), qtSha256(QByteArray(64, 'k')));
    b.addData(QByteArrayView()); // nothing, from no memory at all, while a part block waits
    b.addData(" and more"); // result() did not finish b
    EXPECT_EQ(hex(b.result()), qtSha256(QByteArray(64, 'k').append("second and more")));
}
