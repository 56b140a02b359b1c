#include "clinic/protocol/codec.h"
#include "clinic/protocol/schema.h"

#include <gtest/gtest.h>

using namespace clinic::protocol;
using nlohmann::json;

namespace {

WireError parseError(const QByteArray &body, int maxRows = 1000)
{
    const auto parsed = Codec::parsePush(body, Codec::Limits{maxRows});
    EXPECT_TRUE(std::holds_alternative<WireError>(parsed)) << body.left(200).toStdString();
    return std::holds_alternative<WireError>(parsed) ? std::get<WireError>(parsed) : WireError{};
}

RowChange patientChange(json fields)
{
    RowChange c;
    c.table = QStringLiteral("patients");
    c.localId = 1;
    c.hlc = 1;
    c.fields = std::move(fields);
    return c;
}

json fullPatient()
{
    return {{"patient_number", ""}, {"first_name", "Asha"}, {"last_name", "Kale"}, {"date_of_birth", "1990-02-03"},
            {"sex", "female"}, {"phone", "+919876543210"}, {"alt_phone", ""}, {"email", ""}, {"address", ""},
            {"city", ""}, {"postal_code", ""}, {"national_id", ""}, {"referral_source", ""}, {"alerts", ""},
            {"consent_sms", false}, {"consent_whatsapp", false}, {"consent_email", false}, {"archived", false}};
}

} // namespace

TEST(Codec, parsesAWellFormedPushAndIgnoresUnknownEnvelopeKeys)
{
    const QByteArray body = R"({"protocol":1,"schema":4,"base":41,"futureKey":{"x":1},"changes":[
        {"table":"patients","localId":12,"cloudId":null,"hlc":115292150460684697,"createdAt":1700000000000,"fields":{"first_name":"Asha"}},
        {"table":"appointments","localId":3,"cloudId":77,"deleted":true,"hlc":2,"createdAt":null}]})";
    const auto parsed = Codec::parsePush(body, {});
    ASSERT_TRUE(std::holds_alternative<PushRequest>(parsed));
    const auto &push = std::get<PushRequest>(parsed);
    EXPECT_EQ(push.protocol, 1);
    EXPECT_EQ(push.schema, 4);
    EXPECT_EQ(push.base, 41);
    ASSERT_EQ(push.changes.size(), 2u);
    EXPECT_EQ(push.changes[0].table, QStringLiteral("patients"));
    EXPECT_EQ(push.changes[0].localId, 12);
    EXPECT_FALSE(push.changes[0].cloudId.has_value());
    EXPECT_EQ(push.changes[0].hlc, 115292150460684697LL);
    EXPECT_EQ(push.changes[0].createdAt, std::optional<qint64>(1700000000000LL));
    EXPECT_FALSE(push.changes[1].createdAt.has_value()) << "null: not sent (a desk before the tenth session)";
    EXPECT_EQ(push.changes[1].cloudId, 77);
    EXPECT_TRUE(push.changes[1].deleted);
}

TEST(Codec, malformedBodiesGiveSpecificCodes)
{
    EXPECT_EQ(parseError("{not json").code, QStringLiteral("invalid_json"));
    EXPECT_EQ(parseError(R"({"protocol":1,"schema":4,"changes":[)").code, QStringLiteral("invalid_json")) << "truncated";
    EXPECT_EQ(parseError("\xff\xfe{}").code, QStringLiteral("invalid_json"));
    EXPECT_EQ(parseError(R"({"protocol":1,"schema":4,"changes":[{"table":"patients","localId":1,"hlc":1,"fields":{"first_name":"\xC3\x28"}}]})").code,
              QStringLiteral("invalid_json")) << "invalid UTF-8 inside a string";
    EXPECT_EQ(parseError("[]").code, QStringLiteral("invalid_request"));
    EXPECT_EQ(parseError(R"({"schema":4,"changes":[]})").field, QStringLiteral("protocol"));
    EXPECT_EQ(parseError(R"({"protocol":"1","schema":4,"changes":[]})").code, QStringLiteral("invalid_request"));
    EXPECT_EQ(parseError(R"({"protocol":1,"schema":4,"changes":{}})").field, QStringLiteral("changes"));
    EXPECT_EQ(parseError(R"({"protocol":1,"schema":4,"base":-1,"changes":[]})").field, QStringLiteral("base"));
    EXPECT_EQ(parseError(R"({"protocol":1,"schema":4,"base":"7","changes":[]})").field, QStringLiteral("base"));
    EXPECT_EQ(parseError(R"({"protocol":1,"schema":4,"changes":[{"table":"patients","localId":-5,"hlc":1}]})").field,
              QStringLiteral("changes[0].localId"));
    EXPECT_EQ(parseError(R"({"protocol":1,"schema":4,"changes":[{"table":"patients","localId":99999999999999999999,"hlc":1}]})").field,
              QStringLiteral("changes[0].localId")) << "numbers beyond 64 bits";
    EXPECT_EQ(parseError(R"({"protocol":1,"schema":4,"changes":[{"table":7,"localId":1,"hlc":1}]})").field,
              QStringLiteral("changes[0].table"));
    EXPECT_EQ(parseError(R"({"protocol":1,"schema":4,"changes":[{"table":"patients","localId":1}]})").field,
              QStringLiteral("changes[0].hlc"));
    EXPECT_EQ(parseError(R"({"protocol":1,"schema":4,"changes":[{"table":"patients","localId":1,"hlc":1,"fields":[]}]})").field,
              QStringLiteral("changes[0].fields"));
    for (const char *created : {"\"2023-11-14\"", "-1", "0", "1.5", "{}"})
        EXPECT_EQ(parseError(QByteArray(R"({"protocol":1,"schema":4,"changes":[{"table":"patients","localId":1,"hlc":1,"createdAt":)") + created
                             + "}]}").field,
                  QStringLiteral("changes[0].createdAt")) << created;
}

TEST(Codec, tooManyRowsIsRefusedWhole)
{
    json changes = json::array();
    for (int i = 1; i <= 11; ++i)
        changes.push_back({{"table", "rooms"}, {"localId", i}, {"hlc", 1}});
    const json body = {{"protocol", 1}, {"schema", 4}, {"changes", changes}};
    const WireError error = parseError(QByteArray::fromStdString(body.dump()), 10);
    EXPECT_EQ(error.code, QStringLiteral("too_many_rows"));
    EXPECT_EQ(error.httpStatus, 413);
}

TEST(Codec, rowsAreCheckedAgainstTheirTable)
{
    EXPECT_FALSE(Codec::validateRow(patientChange(fullPatient()), true).has_value());
    EXPECT_FALSE(Codec::validateRow(patientChange({{"city", "Pune"}}), false).has_value()) << "an update carries only changes";

    RowChange unknownTable = patientChange({});
    unknownTable.table = QStringLiteral("sqlite_master");
    EXPECT_EQ(Codec::validateRow(unknownTable, true)->code, QStringLiteral("unknown_table"));
    EXPECT_EQ(Codec::validateRow(patientChange({{"is_admin", true}}), false)->code, QStringLiteral("unknown_field"));
    EXPECT_EQ(Codec::validateRow(patientChange({{"first_name", 5}}), false)->field, QStringLiteral("first_name"));
    EXPECT_EQ(Codec::validateRow(patientChange({{"first_name", std::string(101, 'a')}}), false)->code,
              QStringLiteral("invalid_value"));
    EXPECT_EQ(Codec::validateRow(patientChange({{"first_name", std::string(1'000'000, 'a')}}), false)->code,
              QStringLiteral("invalid_value")) << "1 MB string";
    // Limits count the desk's characters (UTF-16 units, as QString does), not bytes: 100
    // two-byte letters fit first_name's 100, 50 emoji are 100 units, 51 are too many.
    std::string accents, emoji;
    for (int i = 0; i < 100; ++i)
        accents += "\xC3\xA9";
    for (int i = 0; i < 50; ++i)
        emoji += "\xF0\x9F\x98\x80";
    EXPECT_FALSE(Codec::validateRow(patientChange({{"first_name", accents}}), false).has_value());
    EXPECT_FALSE(Codec::validateRow(patientChange({{"first_name", emoji}}), false).has_value());
    EXPECT_EQ(Codec::validateRow(patientChange({{"first_name", accents + "a"}}), false)->code, QStringLiteral("invalid_value"));
    EXPECT_EQ(Codec::validateRow(patientChange({{"first_name", emoji + "\xF0\x9F\x98\x80"}}), false)->code, QStringLiteral("invalid_value"));
    EXPECT_EQ(Codec::validateRow(patientChange({{"sex", "robot"}}), false)->field, QStringLiteral("sex"));
    EXPECT_EQ(Codec::validateRow(patientChange({{"date_of_birth", "1990-02-30"}}), false)->field, QStringLiteral("date_of_birth"));
    EXPECT_EQ(Codec::validateRow(patientChange({{"archived", "yes"}}), false)->field, QStringLiteral("archived"));
    EXPECT_EQ(Codec::validateRow(patientChange({{"first_name", nullptr}}), false)->field, QStringLiteral("first_name"));

    json missing = fullPatient();
    missing.erase("first_name");
    EXPECT_EQ(Codec::validateRow(patientChange(missing), true)->code, QStringLiteral("missing_field"));
}

TEST(Codec, referencesAndNumbersAreTyped)
{
    RowChange a;
    a.table = QStringLiteral("payments");
    a.localId = 1;
    a.hlc = 1;
    a.fields = {{"patient_id", {{"localId", 3}}}, {"amount_minor", 500}};
    EXPECT_FALSE(Codec::validateRow(a, false).has_value());
    a.fields = {{"patient_id", {{"cloudId", 3}, {"localId", 4}}}};
    EXPECT_EQ(Codec::validateRow(a, false)->field, QStringLiteral("patient_id"));
    a.fields = {{"patient_id", 3}};
    EXPECT_EQ(Codec::validateRow(a, false)->field, QStringLiteral("patient_id"));
    a.fields = {{"patient_id", {{"deviceId", 3}}}};
    EXPECT_EQ(Codec::validateRow(a, false)->field, QStringLiteral("patient_id"));
    a.fields = {{"amount_minor", -1}};
    EXPECT_EQ(Codec::validateRow(a, false)->field, QStringLiteral("amount_minor"));
    a.fields = {{"amount_minor", 1.5}};
    EXPECT_EQ(Codec::validateRow(a, false)->field, QStringLiteral("amount_minor"));
    a.fields = {{"amount_minor", 1e30}};
    EXPECT_EQ(Codec::validateRow(a, false)->field, QStringLiteral("amount_minor"));
    a.fields = {{"method", "cheque"}};
    EXPECT_EQ(Codec::validateRow(a, false)->field, QStringLiteral("method"));
}

TEST(Codec, errorBodiesAreJsonWithCodeMessageAndField)
{
    const QByteArray body = Codec::errorBody(WireError::make(400, "unknown_field", QStringLiteral("No column 'x'."), QStringLiteral("x")));
    const json parsed = json::parse(body.toStdString());
    EXPECT_EQ(parsed["error"]["code"], "unknown_field");
    EXPECT_EQ(parsed["error"]["message"], "No column 'x'.");
    EXPECT_EQ(parsed["error"]["field"], "x");
}

TEST(Schema, referencesPointAtTablesOfLowerOrEqualRank)
{
    for (const TableSpec &table : Schema::instance().tables()) {
        for (const FieldSpec &field : table.fields) {
            if (field.type != FieldType::Reference)
                continue;
            const TableSpec *parent = Schema::instance().table(field.refTable);
            ASSERT_NE(parent, nullptr) << table.name.toStdString() << "." << field.name.toStdString();
            EXPECT_LE(parent->rank, table.rank) << table.name.toStdString() << "." << field.name.toStdString();
        }
    }
    EXPECT_TRUE(Schema::instance().table(QStringLiteral("clinical_notes"))->clinical);
    EXPECT_FALSE(Schema::instance().table(QStringLiteral("patients"))->clinical);
}
