// server::FieldStamps: the per-column stamps of a record, read from and written as the JSON text
// records.meta and records.hlc hold.
#include "clinic/server/fieldstamps.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

using clinic::server::FieldStamps;
using clinic::server::Stamp;
using nlohmann::json;

TEST(FieldStampsTest, writesTheStoredFormatAndReadsItBack)
{
    FieldStamps stamps;
    stamps.set("phone", Stamp{1700000000123, 2, 0});
    stamps.set("city", Stamp{1700000000100, 3, 41});
    stamps.set("first_name", Stamp{1700000000123, 2, 0});
    stamps.fillRevision(42);
    EXPECT_EQ(stamps.toJson(), json({{"city", {1700000000100, 3, 41}}, {"first_name", {1700000000123, 2, 42}},
                                     {"phone", {1700000000123, 2, 42}}}).dump());
    EXPECT_EQ(stamps.clocksJson(), R"({"*":1700000000123,"city":1700000000100})");
    const FieldStamps back = FieldStamps::fromJson(stamps.toJson());
    EXPECT_EQ(back.toJson(), stamps.toJson());
    EXPECT_EQ(back.get("city").revision, 41);
    EXPECT_EQ(back.get("nowhere").hlc, 0) << "a column never written is older than any write";
    stamps.set("city", Stamp{1700000000200, 5, 0});
    EXPECT_EQ(stamps.get("city").device, 5);
    EXPECT_EQ(FieldStamps().clocksJson(), R"({"*":0})");
}

TEST(FieldStampsTest, entriesThatAreNotThreeIntegersAreLeftOutAndNonObjectsGiveNothing)
{
    const FieldStamps mixed = FieldStamps::fromJson(
        R"({"ok":[1,2,3],"short":[1,2],"text":[1,"2",3],"float":[1,2.5,3],"nested":[[1,2,3]],"obj":{"a":[1,2,3]},"late":[4,5,6]})");
    EXPECT_EQ(mixed.toJson(), R"({"late":[4,5,6],"ok":[1,2,3]})");
    EXPECT_EQ(FieldStamps::fromJson("[[1,2,3]]").toJson(), "{}");
    EXPECT_EQ(FieldStamps::fromJson("not json").toJson(), "{}");
    EXPECT_EQ(FieldStamps::fromJson(R"({"cut":[1,2,3)").toJson(), "{}");
}

TEST(FieldStampsTest, aRowWrittenAtOnceKeepsOneStampForAllAndLaterEditsGetTheirOwn)
{
    FieldStamps stamps;
    stamps.setAll(Stamp{1700000000100, 2, 0});
    stamps.fillRevision(7);
    EXPECT_EQ(stamps.toJson(), R"({"*":[1700000000100,2,7]})") << "one stamp, not one per column";
    EXPECT_EQ(stamps.get("first_name").revision, 7);
    EXPECT_EQ(stamps.get("phone").device, 2);
    stamps.set("city", Stamp{1700000000900, 3, 0});
    stamps.fillRevision(9);
    EXPECT_EQ(stamps.get("city").hlc, 1700000000900);
    EXPECT_EQ(stamps.get("city").revision, 9);
    EXPECT_EQ(stamps.get("first_name").revision, 7) << "the others keep the create's stamp";
    EXPECT_EQ(stamps.toJson(), R"({"*":[1700000000100,2,7],"city":[1700000000900,3,9]})");
    EXPECT_EQ(stamps.clocksJson(), R"({"*":1700000000100,"city":1700000000900})");
    const FieldStamps back = FieldStamps::fromJson(stamps.toJson());
    EXPECT_EQ(back.toJson(), stamps.toJson());
    EXPECT_EQ(back.get("alerts").hlc, 1700000000100);
}
