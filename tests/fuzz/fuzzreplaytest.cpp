// Replays the fuzz corpus and a bounded number of deterministic mutations of it through the fuzz
// target, so the suite catches parser crashes and hangs even where libFuzzer is not available.
#include "clinic/protocol/codec.h"
#include "clinic/server/httprequestparser.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <gtest/gtest.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

QList<QByteArray> corpus()
{
    QList<QByteArray> seeds;
    const QDir dir(QStringLiteral(CLINIC_FUZZ_CORPUS));
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            seeds << f.readAll();
    }
    return seeds;
}

QByteArray mutate(QByteArray input, QRandomGenerator &rng)
{
    const int edits = 1 + int(rng.bounded(8));
    for (int e = 0; e < edits; ++e) {
        const qsizetype at = input.isEmpty() ? 0 : qsizetype(rng.bounded(quint32(input.size())));
        switch (rng.bounded(6)) {
        case 0: if (!input.isEmpty()) input[at] = char(rng.bounded(256)); break;
        case 1: input.insert(at, char(rng.bounded(256))); break;
        case 2: input.remove(at, qsizetype(rng.bounded(16))); break;
        case 3: input.insert(at, input.mid(at, qsizetype(rng.bounded(64)))); break;
        case 4: input.truncate(at); break;
        case 5: input.insert(at, QByteArray::number(qint64(rng.generate64()))); break;
        }
    }
    return input;
}

} // namespace

TEST(FuzzReplay, theRequestParserAndCodecSurviveTheCorpusAndItsMutations)
{
    const QList<QByteArray> seeds = corpus();
    ASSERT_GE(seeds.size(), 5);
    QRandomGenerator rng(20261122);
    int runs = 0;
    for (const QByteArray &seed : seeds) {
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(seed.constData()), size_t(seed.size()));
        ++runs;
    }
    for (int i = 0; i < 30000; ++i) {
        const QByteArray input = mutate(seeds.at(int(rng.bounded(qint64(seeds.size())))), rng);
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
        ++runs;
    }
    EXPECT_EQ(runs, seeds.size() + 30000);
}

TEST(FuzzReplay, theCorpusHoldsRequestsTheParserAccepts)
{
    // Guards the replay above against a parser that refuses everything (it would never crash).
    using clinic::server::HttpRequestParser;
    QFile pipelined(QStringLiteral(CLINIC_FUZZ_CORPUS "/pipelined"));
    ASSERT_TRUE(pipelined.open(QIODevice::ReadOnly));
    QByteArray buffer = pipelined.readAll();
    HttpRequestParser parser(64 * 1024);
    ASSERT_EQ(parser.feed(buffer), HttpRequestParser::State::Complete);
    const auto pull = parser.takeRequest();
    EXPECT_EQ(pull.path, QByteArray("/v1/pull"));
    EXPECT_EQ(pull.query.queryItemValue(QStringLiteral("wait")), QStringLiteral("3"));
    EXPECT_EQ(pull.header("authorization"), QByteArray("Bearer abc"));
    ASSERT_EQ(parser.feed(buffer), HttpRequestParser::State::Complete) << "the second, pipelined request";
    EXPECT_EQ(parser.takeRequest().path, QByteArray("/health"));
    EXPECT_TRUE(buffer.isEmpty());

    QFile push(QStringLiteral(CLINIC_FUZZ_CORPUS "/push-patient"));
    ASSERT_TRUE(push.open(QIODevice::ReadOnly));
    const auto parsed = clinic::protocol::Codec::parsePush(push.readAll(), {});
    ASSERT_TRUE(std::holds_alternative<clinic::protocol::PushRequest>(parsed));
    EXPECT_EQ(std::get<clinic::protocol::PushRequest>(parsed).changes.size(), 1u);
}
