#include "clinic/protocol/jsonwriter.h"

#include "clinic/protocol/utf8.h"

#include <nlohmann/json.hpp>

#include <charconv>

namespace clinic::protocol {
namespace {

/// An integer's decimal digits, as JSON (and nlohmann's dump()) write it.
template<typename Integer>
void appendDigits(std::string &out, Integer value)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    out.append(digits, std::size_t(end - digits));
}

} // namespace

void JsonWriter::key(std::string_view name)
{
    separate();
    appendQuoted(m_out, name);
    m_out += ':';
    m_needComma = false;  // the value follows without a comma
}

void JsonWriter::string(std::string_view utf8)
{
    separate();
    appendQuoted(m_out, utf8);
}

void JsonWriter::integer(std::int64_t value)
{
    separate();
    appendDigits(m_out, value);
}

void JsonWriter::boolean(bool value)
{
    separate();
    m_out += value ? "true" : "false";
}

void JsonWriter::null()
{
    separate();
    m_out += "null";
}

void JsonWriter::value(const nlohmann::json &document)
{
    switch (document.type()) {
    case nlohmann::json::value_t::object:
        beginObject();
        for (auto it = document.begin(); it != document.end(); ++it) {
            key(it.key());
            value(it.value());
        }
        endObject();
        return;
    case nlohmann::json::value_t::array:
        beginArray();
        for (const nlohmann::json &element : document)
            value(element);
        endArray();
        return;
    case nlohmann::json::value_t::string:
        string(document.get_ref<const std::string &>());
        return;
    case nlohmann::json::value_t::boolean:
        boolean(document.get<bool>());
        return;
    case nlohmann::json::value_t::number_integer:
        integer(document.get<std::int64_t>());
        return;
    case nlohmann::json::value_t::number_unsigned:
        separate();
        appendDigits(m_out, document.get<std::uint64_t>());
        return;
    case nlohmann::json::value_t::null:
    case nlohmann::json::value_t::discarded:
        null();
        return;
    case nlohmann::json::value_t::number_float:
    case nlohmann::json::value_t::binary:
        raw(document.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
        return;
    }
}

void JsonWriter::raw(std::string_view json)
{
    separate();
    m_out += json;
}

void JsonWriter::appendQuoted(std::string &out, std::string_view utf8)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    const char *p = utf8.data();
    const char *const end = p + utf8.size();
    while (p != end) {
        // A run of characters that need no escaping is appended in one go.
        const char *run = p;
        p = jsonPlainRunEnd(p, end);
        out.append(run, std::size_t(p - run));
        if (p == end)
            break;
        const auto c = static_cast<unsigned char>(*p++);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (c < 0x20) {
                const char escaped[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
                out.append(escaped, sizeof escaped);
            } else {
                out += "\xEF\xBF\xBD";  // not well-formed UTF-8: U+FFFD, one per bad byte
            }
        }
    }
    out += '"';
}

} // namespace clinic::protocol
