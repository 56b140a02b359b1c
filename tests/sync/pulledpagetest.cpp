#include "clinic/sync/pulledpage.h"

#include <gtest/gtest.h>

using namespace clinic;
using sync::CloudRef;
using sync::PulledPage;
using sync::PulledRow;
using sync::Unreadable;
using sync::WireValue;

namespace {

const WireValue *field(const PulledRow &row, const std::string &name)
{
    for (const auto &[key, value] : row.fields) {
        if (key == name)
            return &value;
    }
    return nullptr;
}

} // namespace

TEST(PulledPageTest, readsEveryValueTypeAndSkipsWhatItDoesNotKnow)
{
    // Keys a newer server might add sit at every level, with nested objects and arrays.
    const QByteArray body = R"({"server":{"v":[1,{"x":2}]},"changes":[
        {"hlc":{"*":17,"first_name":[3]},"table":"appointments","cloudId":12,"revision":12,"deleted":true,"localId":4,"createdAt":1700000000000,
         "fields":{"patient_id":{"cloudId":9,"extra":{"a":[]}},"notes":"Tab\there \"quoted\" \u0939\u093f","start_at":-5,
                   "arrived_at":null,"confirmed":false,"weird":[1,2],"odd":{"nested":{}},"ratio":1.5,"big":18446744073709551615}},
        42,
        {"table":"patients","cloudId":13,"fields":{}}],
      "next":13,"hasMore":true,"more":null})";
    const auto page = PulledPage::parse(body);
    ASSERT_TRUE(page.ok()) << page.error().message().toStdString();
    EXPECT_EQ(page.value().next, 13);
    EXPECT_TRUE(page.value().hasMore);
    ASSERT_EQ(page.value().changes.size(), 2u) << "a value in the list that is not a row is not a row";
    const PulledRow &row = page.value().changes[0];
    EXPECT_EQ(row.table, "appointments");
    EXPECT_EQ(row.cloudId, 12);
    EXPECT_TRUE(row.deleted);
    ASSERT_TRUE(row.localId.has_value());
    EXPECT_EQ(*row.localId, 4);
    EXPECT_EQ(row.createdAt, std::optional<qint64>(1700000000000LL));
    ASSERT_NE(field(row, "patient_id"), nullptr);
    EXPECT_EQ(std::get<CloudRef>(*field(row, "patient_id")).cloudId, 9) << "the reference keeps its field's name";
    EXPECT_EQ(std::get<std::string>(*field(row, "notes")), "Tab\there \"quoted\" \xE0\xA4\xB9\xE0\xA4\xBF");
    EXPECT_EQ(std::get<qint64>(*field(row, "start_at")), -5);
    EXPECT_TRUE(std::holds_alternative<std::nullptr_t>(*field(row, "arrived_at")));
    EXPECT_FALSE(std::get<bool>(*field(row, "confirmed")));
    for (const char *bad : {"weird", "odd", "ratio", "big"})
        EXPECT_TRUE(std::holds_alternative<Unreadable>(*field(row, bad))) << bad;
    EXPECT_EQ(page.value().changes[1].table, "patients");
    EXPECT_FALSE(page.value().changes[1].localId.has_value());
    EXPECT_FALSE(page.value().changes[1].createdAt.has_value()) << "from a server before the tenth session";
}

TEST(PulledPageTest, aRowKeptAsJsonReadsBackTheSame)
{
    PulledRow row;
    row.table = "invoices";
    row.cloudId = 77;
    row.localId = 5;
    row.createdAt = 1700000000000;
    row.deleted = true;
    row.fields = {{"patient_id", CloudRef{3}}, {"notes", std::string("Line\nbreak")}, {"total", qint64(-12)},
                  {"paid", true}, {"void_reason", nullptr}, {"junk", Unreadable{}}};
    const auto back = PulledPage::parseRow(QByteArray::fromStdString(row.toJson()));
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back.value().table, row.table);
    EXPECT_EQ(back.value().cloudId, 77);
    EXPECT_EQ(back.value().localId, std::optional<qint64>(5));
    EXPECT_EQ(back.value().createdAt, std::optional<qint64>(1700000000000LL));
    EXPECT_TRUE(back.value().deleted);
    ASSERT_EQ(back.value().fields.size(), row.fields.size());
    EXPECT_EQ(std::get<CloudRef>(*field(back.value(), "patient_id")).cloudId, 3);
    EXPECT_EQ(std::get<std::string>(*field(back.value(), "notes")), "Line\nbreak");
    EXPECT_EQ(std::get<qint64>(*field(back.value(), "total")), -12);
    EXPECT_TRUE(std::get<bool>(*field(back.value(), "paid")));
    EXPECT_TRUE(std::holds_alternative<std::nullptr_t>(*field(back.value(), "void_reason")));
    EXPECT_TRUE(std::holds_alternative<Unreadable>(*field(back.value(), "junk")));
    EXPECT_FALSE(PulledPage::parseRow("{\"table\":").ok());
}

TEST(PulledPageTest, whatIsNotAPageIsRefused)
{
    for (const QByteArray &body : {QByteArray(""), QByteArray("[]"), QByteArray("{}"), QByteArray(R"({"changes":[]})"),
                                  QByteArray(R"({"next":1})"), QByteArray(R"({"changes":{},"next":1})"),
                                  QByteArray(R"({"changes":[],"next":1.5})"), QByteArray(R"({"changes":[],"next":1} x)"),
                                  QByteArray(R"({"changes":[{"table":1}],"next":1})"),
                                  QByteArray(R"({"changes":[{"table":"patients","cloudId":"1"}],"next":1})"),
                                  QByteArray(R"({"changes":[{"table":"patients","deleted":0}],"next":1})"),
                                  QByteArray(R"({"changes":[{"table":"patients","fields":{"a":"b"}],"next":1})")}) {
        EXPECT_FALSE(PulledPage::parse(body).ok()) << body.toStdString();
    }
    EXPECT_TRUE(PulledPage::parse(R"( {"changes":[],"next":0} )").ok()) << "whitespace around a page is fine";
}
