#pragma once

#include <cstddef>

namespace clinic::protocol {

/// Length of the well-formed UTF-8 sequence (RFC 3629) that starts at `p`, whose first byte is a
/// lead byte >= 0x80, or 0 when it is not one: overlong forms, UTF-16 surrogates, code points
/// above U+10FFFF and sequences cut by `end` are all 0. Shared by the JSON reader (which refuses
/// such text) and the JSON writer (which replaces it), so both agree on what is valid.
inline std::ptrdiff_t utf8SequenceLength(const char *p, const char *end)
{
    const auto byte = [&](std::ptrdiff_t i) { return static_cast<unsigned char>(p[i]); };
    const auto cont = [&](std::ptrdiff_t i, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
        return p + i < end && byte(i) >= lo && byte(i) <= hi;
    };
    const unsigned char lead = byte(0);
    if (lead >= 0xC2 && lead <= 0xDF)
        return cont(1) ? 2 : 0;
    if (lead == 0xE0)
        return cont(1, 0xA0, 0xBF) && cont(2) ? 3 : 0;
    if ((lead >= 0xE1 && lead <= 0xEC) || lead == 0xEE || lead == 0xEF)
        return cont(1) && cont(2) ? 3 : 0;
    if (lead == 0xED)
        return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;  // no UTF-16 surrogates
    if (lead == 0xF0)
        return cont(1, 0x90, 0xBF) && cont(2) && cont(3) ? 4 : 0;
    if (lead >= 0xF1 && lead <= 0xF3)
        return cont(1) && cont(2) && cont(3) ? 4 : 0;
    if (lead == 0xF4)
        return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
    return 0;
}

/// Where the run of characters from `p` that a JSON string carries as they are ends: at a quote,
/// a backslash, a control character, a byte that does not start well-formed UTF-8, or `end`.
/// The JSON reader and writer both scan strings with it and append each run in one go.
inline const char *jsonPlainRunEnd(const char *p, const char *end)
{
    while (p != end) {
        const auto c = static_cast<unsigned char>(*p);
        if (c == '"' || c == '\\' || c < 0x20)
            return p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        const std::ptrdiff_t length = utf8SequenceLength(p, end);
        if (length == 0)
            return p;
        p += length;
    }
    return p;
}

} // namespace clinic::protocol
