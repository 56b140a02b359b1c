#pragma once

#include "clinic/protocol/utf8.h"

#include <charconv>
#include <cstdint>
#include <limits>
#include <string>

namespace clinic::protocol {

/// Reads one JSON text (RFC 8259) and reports it as events to `handler`, in the order and with
/// the types of nlohmann::json's SAX interface, so the same handler serves both:
///   null(), boolean(bool), number_integer(std::int64_t) for negative integers,
///   number_unsigned(std::uint64_t) for the others, number_float(double, const std::string &)
///   for fractions, exponents and integers too large for 64 bits, string(std::string &),
///   key(std::string &), start_object(std::size_t), end_object(), start_array(std::size_t),
///   end_array(). A handler returning false stops the reading.
///
/// Why not nlohmann's own SAX parser: it copies every character of the text twice (its token and
/// a token string kept for error messages), and that was most of reading a pulled page, which a
/// new desk does thousands of times. This reader appends unescaped runs of a string in one go.
///
/// Strict like nlohmann: invalid UTF-8, control characters in strings, bad escapes, leading zeros,
/// trailing commas, anything but whitespace after the text, and nesting deeper than kMaxDepth are
/// refused (returns false). Lone UTF-16 surrogates in \u escapes are refused too.
template <class Handler>
class JsonEvents
{
public:
    static constexpr int kMaxDepth = 256;

    JsonEvents(const char *begin, const char *end, Handler &handler) : m_p(begin), m_end(end), m_handler(handler) {}

    /// True when the whole input is one JSON text and the handler accepted every event.
    bool read()
    {
        skipSpace();
        if (!value(0))
            return false;
        skipSpace();
        return m_p == m_end;
    }

private:
    void skipSpace()
    {
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    bool literal(const char *word)
    {
        for (; *word; ++word, ++m_p) {
            if (m_p == m_end || *m_p != *word)
                return false;
        }
        return true;
    }

    bool value(int depth)
    {
        if (m_p == m_end)
            return false;
        switch (*m_p) {
        case '{':
            return container(depth + 1, true);
        case '[':
            return container(depth + 1, false);
        case '"':
            return string(m_text) && m_handler.string(m_text);
        case 't':
            return literal("true") && m_handler.boolean(true);
        case 'f':
            return literal("false") && m_handler.boolean(false);
        case 'n':
            return literal("null") && m_handler.null();
        default:
            return number();
        }
    }

    /// An object or an array: the same walk, an object with a key before each value.
    bool container(int depth, bool object)
    {
        if (depth > kMaxDepth)
            return false;
        ++m_p;  // '{' or '['
        const char close = object ? '}' : ']';
        if (!(object ? m_handler.start_object(std::size_t(-1)) : m_handler.start_array(std::size_t(-1))))
            return false;
        const auto closeHere = [&] {
            ++m_p;
            return object ? m_handler.end_object() : m_handler.end_array();
        };
        skipSpace();
        if (m_p != m_end && *m_p == close)
            return closeHere();
        for (;;) {
            skipSpace();
            if (object) {
                if (m_p == m_end || *m_p != '"' || !string(m_text) || !m_handler.key(m_text))
                    return false;
                skipSpace();
                if (m_p == m_end || *m_p != ':')
                    return false;
                ++m_p;
                skipSpace();
            }
            if (!value(depth))
                return false;
            skipSpace();
            if (m_p == m_end)
                return false;
            if (*m_p == ',') {
                ++m_p;
                continue;
            }
            if (*m_p != close)
                return false;
            return closeHere();
        }
    }

    static int hexDigit(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    bool hex4(std::uint32_t &out)
    {
        if (m_end - m_p < 4)
            return false;
        out = 0;
        for (int i = 0; i < 4; ++i) {
            const int d = hexDigit(*m_p++);
            if (d < 0)
                return false;
            out = out * 16 + std::uint32_t(d);
        }
        return true;
    }

    static void appendUtf8(std::string &out, std::uint32_t cp)
    {
        if (cp < 0x80) {
            out += char(cp);
        } else if (cp < 0x800) {
            out += char(0xC0 | (cp >> 6));
            out += char(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += char(0xE0 | (cp >> 12));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        } else {
            out += char(0xF0 | (cp >> 18));
            out += char(0x80 | ((cp >> 12) & 0x3F));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        }
    }

    /// Reads a string starting at its opening quote into `out` (unescaped, UTF-8).
    bool string(std::string &out)
    {
        out.clear();
        ++m_p;  // opening quote
        for (;;) {
            // A run of plain characters is appended in one go.
            const char *run = m_p;
            m_p = jsonPlainRunEnd(m_p, m_end);
            out.append(run, std::size_t(m_p - run));
            if (m_p == m_end)
                return false;
            const char c = *m_p++;
            if (c == '"')
                return true;
            if (c != '\\')
                return false;  // a raw control character, or a byte that is not UTF-8
            if (m_p == m_end)
                return false;
            switch (*m_p++) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                std::uint32_t cp = 0;
                if (!hex4(cp))
                    return false;
                if (cp >= 0xD800 && cp <= 0xDBFF) {  // a high surrogate needs its low half
                    std::uint32_t low = 0;
                    if (m_end - m_p < 6 || m_p[0] != '\\' || m_p[1] != 'u')
                        return false;
                    m_p += 2;
                    if (!hex4(low) || low < 0xDC00 || low > 0xDFFF)
                        return false;
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    return false;
                }
                appendUtf8(out, cp);
                break;
            }
            default:
                return false;
            }
        }
    }

    bool number()
    {
        const char *start = m_p;
        const bool negative = *m_p == '-';
        if (negative)
            ++m_p;
        if (m_p == m_end || *m_p < '0' || *m_p > '9')
            return false;
        std::uint64_t magnitude = 0;
        bool overflow = false;
        if (*m_p == '0') {
            ++m_p;
        } else {
            while (m_p != m_end && *m_p >= '0' && *m_p <= '9') {
                const auto digit = std::uint64_t(*m_p - '0');
                if (magnitude > (std::numeric_limits<std::uint64_t>::max() - digit) / 10)
                    overflow = true;
                else
                    magnitude = magnitude * 10 + digit;
                ++m_p;
            }
        }
        bool fraction = false;
        if (m_p != m_end && *m_p == '.') {
            fraction = true;
            ++m_p;
            if (m_p == m_end || *m_p < '0' || *m_p > '9')
                return false;
            while (m_p != m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
        }
        if (m_p != m_end && (*m_p == 'e' || *m_p == 'E')) {
            fraction = true;
            ++m_p;
            if (m_p != m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (m_p == m_end || *m_p < '0' || *m_p > '9')
                return false;
            while (m_p != m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
        }
        constexpr std::uint64_t kMinMagnitude = std::uint64_t(std::numeric_limits<std::int64_t>::max()) + 1;
        if (!fraction && !overflow) {
            if (!negative)
                return m_handler.number_unsigned(magnitude);
            if (magnitude <= kMinMagnitude)
                return m_handler.number_integer(magnitude == kMinMagnitude ? std::numeric_limits<std::int64_t>::min()
                                                                           : -std::int64_t(magnitude));
        }
        m_text.assign(start, std::size_t(m_p - start));
        double approximate = 0;  // from_chars: the C locale's decimal point whatever the process's locale
        const auto parsed = std::from_chars(m_text.data(), m_text.data() + m_text.size(), approximate);
        if (parsed.ec == std::errc::result_out_of_range && !tiny(m_text))
            return false;  // beyond a double, as nlohmann refuses it (too small reads as 0)
        return m_handler.number_float(approximate, m_text);
    }

    /// Whether a well-formed number out of a double's range is below 1 in magnitude (an
    /// underflow) rather than above (an overflow): the decimal position of its first significant
    /// digit, moved by its exponent, is not above the decimal point.
    static bool tiny(const std::string &number)
    {
        std::size_t i = number[0] == '-' ? 1 : 0;
        long long position = 0;  // digits of the integer part from the first significant one
        bool significant = false;
        for (; i < number.size() && number[i] >= '0' && number[i] <= '9'; ++i) {
            significant = significant || number[i] != '0';
            position += significant ? 1 : 0;
        }
        if (i < number.size() && number[i] == '.') {
            for (++i; i < number.size() && number[i] >= '0' && number[i] <= '9' && !significant; ++i) {
                significant = number[i] != '0';
                position -= significant ? 0 : 1;
            }
            while (i < number.size() && number[i] >= '0' && number[i] <= '9')
                ++i;
        }
        long long exponent = 0;
        if (i < number.size() && (number[i] == 'e' || number[i] == 'E')) {
            ++i;
            const bool negative = i < number.size() && number[i] == '-';
            if (i < number.size() && (number[i] == '-' || number[i] == '+'))
                ++i;
            for (; i < number.size() && exponent < 1'000'000'000; ++i)
                exponent = exponent * 10 + (number[i] - '0');
            exponent = negative ? -exponent : exponent;
        }
        return position + exponent <= 0;
    }

    const char *m_p;
    const char *m_end;
    Handler &m_handler;
    std::string m_text;  ///< the current string or key; handlers may move from it
};

} // namespace clinic::protocol
