// protocol::JsonEvents against nlohmann::json's own SAX parser: the same events for the same
// text, and the same verdict (accepted or refused), on hand-picked awkward texts and on
// thousands of generated and mutated ones.
#include "clinic/protocol/jsonevents.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <random>

namespace {

using nlohmann::json;

/// Writes every event as a line of text.
class Recorder final : public nlohmann::json_sax<json>
{
public:
    std::string events;

    bool null() override { return add("null"); }
    bool boolean(bool v) override { return add(v ? "true" : "false"); }
    bool number_integer(number_integer_t v) override { return add("int " + std::to_string(v)); }
    bool number_unsigned(number_unsigned_t v) override { return add("uint " + std::to_string(v)); }
    bool number_float(number_float_t, const string_t &text) override { return add("float " + text); }
    bool string(string_t &v) override { return add("string " + v); }
    bool binary(binary_t &) override { return add("binary"); }
    bool start_object(std::size_t) override { return add("{"); }
    bool key(string_t &v) override { return add("key " + v); }
    bool end_object() override { return add("}"); }
    bool start_array(std::size_t) override { return add("["); }
    bool end_array() override { return add("]"); }
    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &) override { return false; }

private:
    bool add(const std::string &line)
    {
        events += line;
        events += '\n';
        return true;
    }
};

struct Verdict
{
    bool accepted = false;
    std::string events;
};

Verdict ours(const std::string &text)
{
    Recorder r;
    const bool ok = clinic::protocol::JsonEvents<Recorder>(text.data(), text.data() + text.size(), r).read();
    return {ok, ok ? r.events : std::string()};
}

Verdict theirs(const std::string &text)
{
    Recorder r;
    const bool ok = json::sax_parse(text, &r, nlohmann::detail::input_format_t::json, true);
    return {ok, ok ? r.events : std::string()};
}

void expectSame(const std::string &text)
{
    const Verdict a = ours(text);
    const Verdict b = theirs(text);
    EXPECT_EQ(a.accepted, b.accepted) << "text: " << text;
    EXPECT_EQ(a.events, b.events) << "text: " << text;
}

/// A random JSON value: the shapes of a pull page, and then some.
std::string randomValue(std::mt19937 &rng, int depth)
{
    const auto pick = [&](int n) { return int(rng() % unsigned(n)); };
    static const char *const strings[] = {"", "a", "Tab\\there", "\\\"quoted\\\"", "\\u00e9\\u0939", "\\ud83d\\ude00", "caf\xC3\xA9",
                                          "\xE0\xA4\xB9\xE0\xA4\xBF", "\xF0\x9F\x98\x80", "slash\\/", "\\b\\f\\n\\r"};
    static const char *const numbers[] = {"0", "-0", "7", "-7", "1.5", "-2.5e3", "1E+2", "9223372036854775807", "-9223372036854775808",
                                          "9223372036854775808", "18446744073709551615", "18446744073709551616", "-9223372036854775809", "1e400"};
    switch (depth > 3 ? pick(5) : pick(7)) {
    case 0: return "null";
    case 1: return pick(2) ? "true" : "false";
    case 2: return numbers[pick(int(std::size(numbers)))];
    case 3:
    case 4: return std::string("\"") + strings[pick(int(std::size(strings)))] + "\"";
    case 5: {
        std::string out = "{";
        for (int i = pick(4); i > 0; --i)
            out += std::string("\"k") + char('a' + pick(26)) + "\" : " + randomValue(rng, depth + 1) + (i > 1 ? "," : "");
        return out + "}";
    }
    default: {
        std::string out = "[ ";
        for (int i = pick(4); i > 0; --i)
            out += randomValue(rng, depth + 1) + (i > 1 ? ", " : "");
        return out + "]";
    }
    }
}

} // namespace

TEST(JsonEventsTest, handPickedTextsReadAsNlohmannReadsThem)
{
    const char *const texts[] = {
        R"({"changes":[{"table":"patients","cloudId":1,"fields":{"a":"b","c":null,"d":true,"e":{"cloudId":2}}}],"next":1,"hasMore":false})",
        " \t\r\n{} \n", "[]", "0", "-0", "\"\"", "true", "nul", "tru", "{", "}", "[1,]", "{\"a\":1,}", "{\"a\" 1}", "{a:1}", "[01]",
        "[1.]", "[.5]", "[1e]", "[-]", "[+1]", "[1 2]", "{\"a\":1} {}", "\"\\x\"", "\"\\u12\"", "\"\\uZZZZ\"", "\"\\ud800\"",
        "\"\\udc00\"", "\"\\ud800\\u0041\"", "\"a\tb\"", "\"a\x01\"", "\"\xC3\"", "\"\xC0\xAF\"", "\"\xED\xA0\x80\"", "\"\xF4\x90\x80\x80\"",
        "\"\xFF\"", "\"\xE2\x82\"", "[\"\xE2\x82\xAC\"]", "[1e400, -1e-400, 123456789012345678901234567890]", "", "   ",
        "[0.00001e-320, 1e-400, 0.0e999, 123e-500]", "[10e308]", "[0.01e310]", "[-1.7976931348623157e308]", "[1.8e308]",
        "[[[[[[[[[[]]]]]]]]]]", "{\"\":\"\"}", "{\"dup\":1,\"dup\":2}", "\"\\/\\\\\\\"\"",
    };
    for (const char *text : texts)
        expectSame(text);
}

TEST(JsonEventsTest, generatedAndMutatedTextsReadAsNlohmannReadsThem)
{
    std::mt19937 rng(20261122);
    for (int i = 0; i < 3000; ++i) {
        const std::string text = randomValue(rng, 0);
        expectSame(text);
        // A truncated body (a connection cut mid-answer) and a damaged byte.
        expectSame(text.substr(0, rng() % (text.size() + 1)));
        std::string damaged = text;
        if (!damaged.empty())
            damaged[rng() % damaged.size()] = "\"\\{}[],:0a \x80\x01"[rng() % 13];
        expectSame(damaged);
        if (HasFailure())
            return;  // one example is enough
    }
}

TEST(JsonEventsTest, nestingBeyondTheLimitIsRefusedWithoutExhaustingTheStack)
{
    const int depth = clinic::protocol::JsonEvents<Recorder>::kMaxDepth;
    Recorder r;
    const std::string fits = std::string(size_t(depth), '[') + std::string(size_t(depth), ']');
    EXPECT_TRUE(clinic::protocol::JsonEvents<Recorder>(fits.data(), fits.data() + fits.size(), r).read());
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    EXPECT_FALSE(clinic::protocol::JsonEvents<Recorder>(deep.data(), deep.data() + deep.size(), r).read());
}
