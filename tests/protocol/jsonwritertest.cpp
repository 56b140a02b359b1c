// protocol::JsonWriter against nlohmann::json::dump(): the same text for the same values, valid
// JSON whatever bytes a string holds, and commas in the right places.
#include "clinic/protocol/jsonwriter.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <random>

namespace {

using clinic::protocol::JsonWriter;
using nlohmann::json;

std::string asJsonString(std::string_view text)
{
    std::string out;
    JsonWriter::appendQuoted(out, text);
    return out;
}

TEST(JsonWriterTest, writesWellFormedTextExactlyAsNlohmannDumpsIt)
{
    const std::vector<std::string> texts = {
        "", "Asha Rao", "quote \" backslash \\ slash /", "tab\tnewline\nreturn\rbell\a nul", std::string("embedded\0nul", 12),
        "\x01\x1f\x7f", "Ñandú, Zoë, Łódź", "देवनागरी 中文 한국어", "emoji \xF0\x9F\x98\x80 at the end \xF0\x9F\xA6\xB4",
        "\\n is not a newline", "\xEF\xBF\xBD already a replacement"};
    for (const std::string &text : texts)
        EXPECT_EQ(asJsonString(text), json(text).dump()) << text;
}

TEST(JsonWriterTest, randomWellFormedStringsMatchDump)
{
    std::mt19937 rng(2026);
    const std::vector<std::string> pieces = {"a", "Z", " ", "\"", "\\", "\n", "\t", std::string(1, '\0'), "\x1b", "é", "€", "𝄞", "/", "\x7f"};
    for (int i = 0; i < 3000; ++i) {
        std::string text;
        const int n = int(rng() % 12);
        for (int k = 0; k < n; ++k)
            text += pieces[rng() % pieces.size()];
        ASSERT_EQ(asJsonString(text), json(text).dump()) << i;
    }
}

TEST(JsonWriterTest, bytesThatAreNotUtf8BecomeReplacementCharactersAndTheTextStaysValid)
{
    // A lone continuation byte, an overlong '/', a UTF-16 surrogate, a cut sequence at the end,
    // a code point above U+10FFFF.
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"a\x80z", "a\xEF\xBF\xBDz"},
        {"\xC0\xAF", "\xEF\xBF\xBD\xEF\xBF\xBD"},
        {"x\xED\xA0\x80y", "x\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBDy"},
        {"cut \xE2\x82", "cut \xEF\xBF\xBD\xEF\xBF\xBD"},
        {"\xF4\x90\x80\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},
    };
    for (const auto &[bad, expected] : cases) {
        const std::string out = asJsonString(bad);
        const json back = json::parse(out, nullptr, false);
        ASSERT_TRUE(back.is_string()) << out;
        EXPECT_EQ(back.get<std::string>(), expected);
    }
    std::mt19937 rng(11);
    for (int i = 0; i < 3000; ++i) {
        std::string bytes(size_t(rng() % 10), '\0');
        for (char &c : bytes)
            c = char(rng() % 256);
        ASSERT_TRUE(json::parse(asJsonString(bytes), nullptr, false).is_string()) << i;
    }
}

TEST(JsonWriterTest, nestedDocumentsMatchDump)
{
    std::string out;
    JsonWriter w(out);
    w.beginObject();
    w.key("protocol");
    w.integer(1);
    w.key("empty");
    w.beginObject();
    w.endObject();
    w.key("list");
    w.beginArray();
    w.integer(-9223372036854775807LL - 1);
    w.boolean(true);
    w.null();
    w.beginArray();
    w.endArray();
    w.beginObject();
    w.key("cloudId");
    w.integer(42);
    w.endObject();
    w.string("last");
    w.endArray();
    w.key("raw");
    w.raw("{\"a\":[1,2]}");
    w.key("false");
    w.boolean(false);
    w.endObject();
    const json expected = {{"protocol", 1}, {"empty", json::object()},
                           {"list", {std::numeric_limits<std::int64_t>::min(), true, nullptr, json::array(), {{"cloudId", 42}}, "last"}},
                           {"raw", {{"a", {1, 2}}}}, {"false", false}};
    ASSERT_TRUE(json::accept(out)) << out;
    EXPECT_EQ(json::parse(out), expected);
    EXPECT_EQ(out.find(' '), std::string::npos);
}

} // namespace

namespace {

TEST(JsonWriterTest, documentsAreWrittenExactlyAsDumpWritesThem)
{
    const json fixed = json::parse(R"({"z":1,"a":{"cloudId":18446744073709551615},"list":[-5,0,1.5,2e-7,true,null,"tab\t",{},[]],
                                       "name":"Zoë \"Z\" \\ Ω","n":-9223372036854775808,"empty":""})");
    std::mt19937 rng(5);
    std::vector<json> documents{fixed, json::object(), json::array(), json("just a string"), json(42)};
    for (int i = 0; i < 500; ++i) {
        json doc = json::object();
        const int members = int(rng() % 8);
        for (int m = 0; m < members; ++m) {
            const std::string name = "k" + std::to_string(rng() % 20) + (rng() % 3 == 0 ? "é" : "");
            switch (rng() % 6) {
            case 0: doc[name] = std::int64_t(rng()) - std::int64_t(rng()); break;
            case 1: doc[name] = std::string(size_t(rng() % 5), char('a' + rng() % 26)) + (rng() % 2 ? "\n\x01" : "\""); break;
            case 2: doc[name] = rng() % 2 == 0; break;
            case 3: doc[name] = nullptr; break;
            case 4: doc[name] = {{"cloudId", rng()}}; break;
            default: doc[name] = json::array({rng() % 7, "x", json::object()}); break;
            }
        }
        documents.push_back(std::move(doc));
    }
    for (const json &doc : documents) {
        std::string out;
        JsonWriter(out).value(doc);
        ASSERT_EQ(out, doc.dump()) << doc.dump();
    }
}

} // namespace
