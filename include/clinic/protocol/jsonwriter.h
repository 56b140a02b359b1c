#pragma once

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <string>
#include <string_view>

namespace clinic::protocol {

/// Writes compact JSON text into a string it does not own, without building a document first:
/// the desk writes a push of 1,000 rows straight from its database columns with it (building an
/// nlohmann::json tree and dumping it was a quarter of the desk's work in a push).
///
/// Commas are placed automatically; the caller keeps the nesting right (key() before each value
/// in an object). Strings are written as UTF-8 with `"`, `\` and control characters escaped the
/// way nlohmann::json::dump() does; a byte that is not part of well-formed UTF-8 becomes U+FFFD,
/// like dump() with error_handler_t::replace, so the output is always valid JSON.
class JsonWriter
{
public:
    explicit JsonWriter(std::string &out) : m_out(out) {}

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    void key(std::string_view name);
    void string(std::string_view utf8);
    void integer(std::int64_t value);
    void boolean(bool value);
    void null();
    /// A whole document, written as nlohmann::json::dump() writes it (object members in key
    /// order; numbers with a fraction through dump() itself), only faster.
    void value(const nlohmann::json &document);
    /// A value already written as JSON by someone trusted to have made it valid.
    void raw(std::string_view json);

    /// `text` as a JSON string literal (quotes included), appended to `out`.
    static void appendQuoted(std::string &out, std::string_view utf8);

private:
    void separate()
    {
        if (m_needComma)
            m_out += ',';
        m_needComma = true;
    }
    void open(char bracket)
    {
        separate();
        m_out += bracket;
        m_needComma = false;
    }
    void close(char bracket)
    {
        m_out += bracket;
        m_needComma = true;
    }

    std::string &m_out;
    bool m_needComma = false;  ///< a value or member came before at this level
};

} // namespace clinic::protocol
