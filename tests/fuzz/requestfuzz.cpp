// Fuzz target: everything a client controls before authentication and business rules — the
// HTTP request parser (fed in arbitrary chunks) and the JSON push codec with row validation.
// Built as a libFuzzer binary with clang (-DCLINIC_FUZZ=ON); replayed by the test suite otherwise.
#include "clinic/protocol/codec.h"
#include "clinic/server/httprequestparser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using clinic::server::HttpRequestParser;
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));

    // The first byte chooses how the bytes arrive (TCP splits requests anywhere).
    const int chunk = size > 0 ? 1 + data[0] % 64 : 1;
    HttpRequestParser parser(64 * 1024, 2048);
    QByteArray buffer;
    for (qsizetype at = 0; at < input.size(); at += chunk) {
        buffer += input.mid(at, chunk);
        for (int guard = 0; guard < 16; ++guard) {
            const auto state = parser.feed(buffer);
            if (state == HttpRequestParser::State::Complete) {
                (void)parser.takeRequest();
                continue;  // a pipelined request may follow
            }
            break;
        }
        if (parser.errorStatus() != 0)
            break;
    }

    // The same bytes as a push body.
    const auto parsed = clinic::protocol::Codec::parsePush(input, clinic::protocol::Codec::Limits{50});
    if (const auto *push = std::get_if<clinic::protocol::PushRequest>(&parsed)) {
        for (const auto &change : push->changes) {
            (void)clinic::protocol::Codec::validateRow(change, true);
            (void)clinic::protocol::Codec::validateRow(change, false);
        }
    }
    return 0;
}
