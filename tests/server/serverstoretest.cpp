#include "clinic/protocol/schema.h"

#include "storebackend.h"

#include "support/serverdatabase.h"

#include <QThread>

#include <atomic>
#include <set>
#include <thread>

using namespace clinic;
using nlohmann::json;
using protocol::RowChange;
using server::DeviceIdentity;

namespace {

RowChange change(const char *table, qint64 localId, json fields, qint64 hlc = 1, std::optional<qint64> cloudId = {})
{
    RowChange c;
    c.table = QLatin1String(table);
    c.localId = localId;
    c.cloudId = cloudId;
    c.hlc = hlc;
    c.fields = std::move(fields);
    return c;
}

json patient(const char *first, const char *phone = "+919800000001")
{
    return {{"patient_number", ""}, {"first_name", first}, {"last_name", "Test"}, {"date_of_birth", nullptr},
            {"sex", "unknown"}, {"phone", phone}, {"alt_phone", ""}, {"email", ""}, {"address", ""}, {"city", ""},
            {"postal_code", ""}, {"national_id", ""}, {"referral_source", ""}, {"alerts", ""}, {"consent_sms", false},
            {"consent_whatsapp", false}, {"consent_email", false}, {"archived", false}};
}

json practitioner(const char *name)
{
    return {{"name", name}, {"title", ""}, {"colour", ""}, {"phone", ""}, {"email", ""}, {"registration_no", ""}, {"active", true}};
}

json invoice(json patientRef, const char *status, std::optional<int> number)
{
    return {{"patient_id", std::move(patientRef)}, {"practitioner_id", nullptr}, {"appointment_id", nullptr},
            {"status", status}, {"series", "FD"}, {"fiscal_year", "2026-27"},
            {"number", number ? json(*number) : json(nullptr)}, {"number_text", number ? "FD-2627-000001" : ""},
            {"issued_at", number ? json(1763800000000LL) : json(nullptr)}, {"currency", "INR"}, {"notes", ""},
            {"subtotal_minor", 1000}, {"discount_minor", 0}, {"tax_minor", 0}, {"total_minor", 1000}};
}

protocol::PushRequest push(std::vector<RowChange> changes)
{
    protocol::PushRequest request{1, 4, 0, {}};
    request.changes = std::move(changes);
    return request;
}

} // namespace

class ServerStoreTest : public test::BackendTest
{
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        if (HasFatalFailure())
            return;
        m_clinic = m_store->createClinic(QStringLiteral("Clinic A")).value();
        m_a = enroll(m_clinic, "aaaaaaaa01", QStringLiteral("full"));
        m_b = enroll(m_clinic, "bbbbbbbb02", QStringLiteral("full"));
    }

    DeviceIdentity enroll(qint64 clinic, const char *uid, const QString &scope)
    {
        const auto code = m_store->createEnrollmentCode(clinic, scope, 3600);
        EXPECT_TRUE(code.ok());
        const auto enrolled = m_store->enroll(code.value(), QLatin1String(uid), QStringLiteral("Desk"));
        EXPECT_TRUE(enrolled.ok()) << enrolled.error().message().toStdString();
        const auto identity = m_store->authenticate(enrolled.value().token);
        EXPECT_TRUE(identity.ok());
        return identity.value();
    }

    std::vector<server::PushOutcome> pushOk(const DeviceIdentity &device, std::vector<RowChange> changes, qint64 base = 0)
    {
        protocol::PushRequest request = push(std::move(changes));
        request.base = base;
        auto result = m_store->push(device, request);
        EXPECT_TRUE(result.ok()) << result.error().message().toStdString();
        return result.ok() ? result.value().outcomes : std::vector<server::PushOutcome>{};
    }

    std::vector<server::PulledRow> pullAll(const DeviceIdentity &device, qint64 since = 0)
    {
        std::vector<server::PulledRow> rows;
        for (;;) {
            auto page = m_store->pull(device, since, 100);
            EXPECT_TRUE(page.ok());
            for (auto &r : page.value().rows)
                rows.push_back(r);
            since = page.value().next;
            if (!page.value().hasMore)
                return rows;
        }
    }

    qint64 m_clinic = 0;
    DeviceIdentity m_a, m_b;
};

TEST_P(ServerStoreTest, enrollmentCodesAreSingleUseAndTokensAreRevocable)
{
    const QString code = m_store->createEnrollmentCode(m_clinic, QStringLiteral("front_desk"), 3600).value();
    const auto first = m_store->enroll(code, QStringLiteral("cccccccc03"), QStringLiteral("Front desk"));
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(first.value().scope, QStringLiteral("front_desk"));
    EXPECT_GE(first.value().token.size(), 40);
    const auto reused = m_store->enroll(code, QStringLiteral("dddddddd04"), QStringLiteral("Another"));
    ASSERT_FALSE(reused.ok());
    EXPECT_EQ(reused.error().code(), domain::ErrorCode::NotFound);
    EXPECT_EQ(m_store->enroll(QStringLiteral("NOTACODE"), QStringLiteral("eeeeeeee05"), QStringLiteral("x")).error().code(),
              domain::ErrorCode::NotFound);

    ASSERT_TRUE(m_store->authenticate(first.value().token).ok());
    ASSERT_TRUE(m_store->revokeDevice(m_clinic, first.value().deviceId).ok());
    EXPECT_EQ(m_store->authenticate(first.value().token).error().code(), domain::ErrorCode::Forbidden);
    EXPECT_EQ(m_store->authenticate(QStringLiteral("forged-token")).error().code(), domain::ErrorCode::NotFound);
}

TEST_P(ServerStoreTest, aRetriedCreateGetsTheSameCloudIdAndNoDuplicate)
{
    const auto first = pushOk(m_a, {change("patients", 7, patient("Asha"))});
    ASSERT_EQ(first.size(), 1u);
    ASSERT_TRUE(first[0].accepted);
    const qint64 revision = m_store->revision(m_clinic).value();
    // The answer was lost; the desk sends the same push again.
    const auto again = pushOk(m_a, {change("patients", 7, patient("Asha"))});
    ASSERT_TRUE(again[0].accepted);
    EXPECT_EQ(again[0].cloudId, first[0].cloudId);
    EXPECT_EQ(m_store->revision(m_clinic).value(), revision) << "an identical retry changes nothing";
    const auto rows = pullAll(m_b);
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_FALSE(rows[0].localId.has_value()) << "B did not create it";
    EXPECT_EQ(pullAll(m_a)[0].localId, 7) << "A learns its own local id back";
}

TEST_P(ServerStoreTest, textComesBackExactlyAsPushedAndAPushSpansManyStatements)
{
    // What COPY's text format and the JSON in it must carry through unchanged: tabs, newlines,
    // carriage returns, backslashes (also before an n or a t), quotes, \N, and non-ASCII.
    json awkward = patient("Zo\u00eb\tN\u00fa\u00f1ez");
    awkward["alerts"] = "Line one\nLine two\r\nback\\slash \\n \\t \\N \"quoted\" 'single' \u6f22\u5b57 \u0928\u092e\u0938\u094d\u0924\u0947";
    awkward["address"] = "\\";
    awkward["city"] = "\\N";
    std::vector<RowChange> changes{change("patients", 1, awkward)};
    // 450 rows: several multi-row statements on SQLite (20 rows each) and one COPY on PostgreSQL.
    for (qint64 i = 2; i <= 450; ++i)
        changes.push_back(change("patients", i, patient("Many", "+919800000002")));
    const auto outcomes = pushOk(m_a, changes);
    ASSERT_EQ(outcomes.size(), 450u);
    std::set<qint64> cloudIds;
    for (const auto &o : outcomes) {
        ASSERT_TRUE(o.accepted) << o.error.message.toStdString();
        cloudIds.insert(o.cloudId);
    }
    EXPECT_EQ(cloudIds.size(), 450u) << "every row its own cloud id";

    const auto rows = pullAll(m_b);
    ASSERT_EQ(rows.size(), 450u);
    const auto first = std::find_if(rows.begin(), rows.end(), [&](const server::PulledRow &r) { return r.cloudId == outcomes[0].cloudId; });
    ASSERT_NE(first, rows.end());
    EXPECT_EQ(json::parse(first->fieldsJson.toStdString()), awkward);
    // A's own rows come back to it with their local ids: the mappings went in with the rows.
    const auto mine = pullAll(m_a);
    ASSERT_EQ(mine.size(), 450u);
    for (const auto &r : mine) {
        ASSERT_TRUE(r.localId.has_value());
        EXPECT_EQ(outcomes[size_t(*r.localId - 1)].cloudId, r.cloudId);
    }
    // And a retry of the whole push is recognised row by row: nothing new.
    const qint64 revision = m_store->revision(m_clinic).value();
    const auto again = pushOk(m_a, changes);
    for (size_t i = 0; i < again.size(); ++i)
        EXPECT_EQ(again[i].cloudId, outcomes[i].cloudId);
    EXPECT_EQ(m_store->revision(m_clinic).value(), revision);

    // Updates and new rows in one push (on PostgreSQL: UPDATE statements, then COPY).
    json edited = patient("Many", "+919800000002");
    edited["alerts"] = "Edited\twith a tab";
    const auto mixed = pushOk(m_a, {change("patients", 2, {{"alerts", edited["alerts"]}}, 5, outcomes[1].cloudId),
                                    change("patients", 451, patient("Late"), 5)});
    ASSERT_EQ(mixed.size(), 2u);
    ASSERT_TRUE(mixed[0].accepted) << mixed[0].error.message.toStdString();
    ASSERT_TRUE(mixed[1].accepted) << mixed[1].error.message.toStdString();
    const auto after = pullAll(m_b, revision);
    ASSERT_EQ(after.size(), 2u);
    for (const auto &r : after) {
        if (r.cloudId == outcomes[1].cloudId)
            EXPECT_EQ(json::parse(r.fieldsJson.toStdString()), edited);
        else
            EXPECT_EQ(json::parse(r.fieldsJson.toStdString())["first_name"], "Late");
    }
    EXPECT_EQ(pullAll(m_a, revision).back().localId, 451) << "the new row's mapping was stored";
}

TEST_P(ServerStoreTest, postgresStatisticsFollowAFirstUploadWithoutWaitingForAutovacuum)
{
    if (GetParam() != QLatin1String("postgres"))
        GTEST_SKIP() << "PostgreSQL plans from statistics; SQLite has no such step here";
    test::ServerDatabase server(m_url);
    const auto analyses = [&] {
        return server.scalar(QStringLiteral("SELECT sum(analyze_count) FROM pg_stat_user_tables WHERE relname IN ('records', 'id_map')"));
    };
    const auto upload = [&](qint64 from, qint64 to) {
        std::vector<RowChange> changes;
        for (qint64 i = from; i <= to; ++i)
            changes.push_back(change("patients", i, patient("Upload", "+919800000003")));
        pushOk(m_a, changes);
        m_store->refreshStatisticsIfDue();  // as the HTTP API does after answering each push
    };
    const qint64 before = analyses();
    upload(1, 400);  // 800 new rows (records and mappings): below the first threshold of 1,000
    EXPECT_EQ(analyses(), before) << "not after every push";
    upload(401, 800);
    EXPECT_EQ(analyses(), before + 2) << "records and id_map analyzed once 1,000 rows went in";
    EXPECT_EQ(server.scalar(QStringLiteral("SELECT reltuples FROM pg_class WHERE relname = 'records'")), 800);
    upload(801, 1200);  // the next refresh waits until as many rows again have gone in
    EXPECT_EQ(analyses(), before + 2);
}

TEST_P(ServerStoreTest, referencesResolveByLocalIdWithinAndAcrossPushes)
{
    const auto outcomes = pushOk(m_a, {change("patients", 1, patient("Ravi")), change("practitioners", 1, practitioner("Dr. Uma")),
                                       change("invoices", 1, invoice({{"localId", 1}}, "draft", std::nullopt))});
    ASSERT_EQ(outcomes.size(), 3u);
    for (const auto &o : outcomes)
        EXPECT_TRUE(o.accepted) << o.error.code.toStdString() << ": " << o.error.message.toStdString();
    const auto later = pushOk(m_a, {change("payments", 5, {{"patient_id", {{"localId", 1}}}, {"invoice_id", {{"cloudId", outcomes[2].cloudId}}},
                                                            {"kind", "payment"}, {"method", "cash"}, {"amount_minor", 1000},
                                                            {"currency", "INR"}, {"reference", ""}, {"received_at", 1763800000000LL},
                                                            {"received_by", nullptr}, {"notes", ""}})});
    ASSERT_TRUE(later[0].accepted) << later[0].error.message.toStdString();
    for (const auto &row : pullAll(m_b)) {
        if (row.table == QLatin1String("payments")) {
            EXPECT_EQ(row.fields()["patient_id"]["cloudId"], outcomes[0].cloudId);
            EXPECT_EQ(row.fields()["invoice_id"]["cloudId"], outcomes[2].cloudId);
        }
    }
}

TEST_P(ServerStoreTest, oneBadRowIsRejectedAndTheOthersAreAccepted)
{
    json broken = patient("Broken");
    broken["sex"] = "robot";
    const json orphan = {{"patient_id", {{"localId", 99}}}, {"practitioner_id", {{"localId", 98}}}, {"room_id", nullptr},
                         {"service_id", nullptr}, {"start_at", 1764061200000LL}, {"end_at", 1764063000000LL}, {"status", "booked"},
                         {"arrived_at", nullptr}, {"cancel_reason", ""}, {"cancelled_by", nullptr}, {"cancelled_at", nullptr},
                         {"notes", ""}, {"series_id", ""}};
    const auto outcomes = pushOk(m_a, {change("patients", 1, patient("Good")), change("patients", 2, broken),
                                       change("appointments", 3, orphan),
                                       change("nosuchtable", 4, json::object()), change("patients", 5, patient("Also good"))});
    ASSERT_EQ(outcomes.size(), 5u);
    EXPECT_TRUE(outcomes[0].accepted);
    EXPECT_EQ(outcomes[1].error.code, QStringLiteral("invalid_value"));
    EXPECT_EQ(outcomes[1].error.field, QStringLiteral("sex"));
    EXPECT_EQ(outcomes[2].error.code, QStringLiteral("unresolved_reference"));
    EXPECT_EQ(outcomes[2].error.field, QStringLiteral("patient_id"));
    EXPECT_EQ(outcomes[3].error.code, QStringLiteral("unknown_table"));
    EXPECT_TRUE(outcomes[4].accepted);
    EXPECT_EQ(pullAll(m_b).size(), 2u) << "nothing of the rejected rows was written";
}

TEST_P(ServerStoreTest, anotherClinicsRowsAreNotFound)
{
    const qint64 other = m_store->createClinic(QStringLiteral("Clinic B")).value();
    const DeviceIdentity stranger = enroll(other, "ffffffff06", QStringLiteral("full"));
    const auto mine = pushOk(m_a, {change("patients", 1, patient("Private"))});
    const auto attempt = pushOk(stranger, {change("patients", 1, {{"first_name", "Stolen"}}, 5, mine[0].cloudId),
                                           change("payments", 2, {{"patient_id", {{"cloudId", mine[0].cloudId}}}, {"invoice_id", nullptr},
                                                                  {"kind", "payment"}, {"method", "cash"}, {"amount_minor", 100},
                                                                  {"currency", "INR"}, {"reference", ""}, {"received_at", 1},
                                                                  {"received_by", nullptr}, {"notes", ""}})});
    EXPECT_EQ(attempt[0].error.code, QStringLiteral("not_found"));
    EXPECT_EQ(attempt[1].error.code, QStringLiteral("not_found"));
    EXPECT_TRUE(pullAll(stranger).empty());
    EXPECT_EQ(pullAll(m_b)[0].fields()["first_name"], "Private");
}

TEST_P(ServerStoreTest, editsToDifferentFieldsBothSurvive)
{
    const auto created = pushOk(m_a, {change("patients", 1, patient("Meena"), 100)});
    const qint64 id = created[0].cloudId;
    const qint64 base = m_store->revision(m_clinic).value();
    // Both desks edited offline, each a different field.
    ASSERT_TRUE(pushOk(m_a, {change("patients", 1, {{"city", "Pune"}}, 200, id)}, base)[0].accepted);
    ASSERT_TRUE(pushOk(m_b, {change("patients", 9, {{"phone", "+919811111111"}}, 150, id)}, base)[0].accepted);
    const auto rows = pullAll(m_a);
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].fields()["city"], "Pune");
    EXPECT_EQ(rows[0].fields()["phone"], "+919811111111");
    EXPECT_EQ(rows[0].fields()["first_name"], "Meena");
}

TEST_P(ServerStoreTest, sameFieldEditsResolveByClockAndKeepTheLoserAsAConflict)
{
    const qint64 id = pushOk(m_a, {change("patients", 1, patient("Kiran"), 100)})[0].cloudId;
    const qint64 base = m_store->revision(m_clinic).value();
    ASSERT_TRUE(pushOk(m_a, {change("patients", 1, {{"city", "Goa"}}, 300, id)}, base)[0].accepted);
    ASSERT_TRUE(pushOk(m_b, {change("patients", 4, {{"city", "Surat"}}, 200, id)}, base)[0].accepted)
        << "the older edit is accepted (answered) but loses";
    EXPECT_EQ(pullAll(m_b)[0].fields()["city"], "Goa");
    // The later clock wins whatever the arrival order.
    ASSERT_TRUE(pushOk(m_b, {change("patients", 4, {{"city", "Delhi"}}, 400, id)}, base)[0].accepted);
    EXPECT_EQ(pullAll(m_a)[0].fields()["city"], "Delhi");
    // Both losing values are on record, for review and restore.
    const auto records = m_store->conflicts(m_a, 0, 100);
    ASSERT_TRUE(records.ok());
    ASSERT_EQ(records.value().size(), 2u);
    EXPECT_EQ(records.value()[0].field, QStringLiteral("city"));
    EXPECT_EQ(records.value()[0].winnerJson, QByteArray("\"Goa\""));
    EXPECT_EQ(records.value()[0].loserJson, QByteArray("\"Surat\""));
    EXPECT_EQ(records.value()[0].loserDevice, m_b.deviceId);
    EXPECT_EQ(records.value()[1].winnerJson, QByteArray("\"Delhi\""));
    EXPECT_EQ(records.value()[1].loserJson, QByteArray("\"Goa\""));
    EXPECT_TRUE(m_store->conflicts(m_a, records.value()[1].id, 100).value().empty());
}

TEST_P(ServerStoreTest, issuedInvoicesAreImmutableAndNumbersUniquePerClinic)
{
    const auto base = pushOk(m_a, {change("patients", 1, patient("Tara")), change("invoices", 2, invoice({{"localId", 1}}, "issued", 1))});
    ASSERT_TRUE(base[1].accepted) << base[1].error.message.toStdString();
    const auto edit = pushOk(m_a, {change("invoices", 2, {{"total_minor", 1}}, 50, base[1].cloudId)});
    EXPECT_EQ(edit[0].error.code, QStringLiteral("immutable"));
    RowChange deletion = change("invoices", 2, json::object(), 60, base[1].cloudId);
    deletion.deleted = true;
    EXPECT_EQ(pushOk(m_a, {deletion})[0].error.code, QStringLiteral("immutable"));
    const auto clash = pushOk(m_b, {change("invoices", 8, invoice({{"cloudId", base[0].cloudId}}, "issued", 1))});
    EXPECT_EQ(clash[0].error.code, QStringLiteral("duplicate_number"));
}

TEST_P(ServerStoreTest, aFrontDeskDeviceNeverSeesOrWritesClinicalNotes)
{
    const DeviceIdentity desk = enroll(m_clinic, "abababab07", QStringLiteral("front_desk"));
    const auto rows = pushOk(m_a, {change("patients", 1, patient("Nila")), change("practitioners", 2, practitioner("Dr. Roy")),
                                   change("clinical_notes", 3, {{"patient_id", {{"localId", 1}}}, {"practitioner_id", {{"localId", 2}}},
                                                                {"appointment_id", nullptr}, {"amends_note_id", nullptr},
                                                                {"subjective", "Invented"}, {"objective", ""}, {"assessment", ""},
                                                                {"plan", ""}, {"pain_score", 3}, {"signed_at", nullptr},
                                                                {"signed_by", nullptr}})});
    ASSERT_TRUE(rows[2].accepted) << rows[2].error.message.toStdString();
    const auto seen = pullAll(desk);
    EXPECT_EQ(seen.size(), 2u);
    for (const auto &row : seen)
        EXPECT_NE(row.table, QStringLiteral("clinical_notes"));
    const auto page = m_store->pull(desk, 0, 100).value();
    EXPECT_EQ(page.next, m_store->revision(m_clinic).value()) << "the cursor still moves past what it may not see";
    EXPECT_EQ(pushOk(desk, {change("clinical_notes", 1, json::object())})[0].error.code, QStringLiteral("forbidden"));
}

TEST_P(ServerStoreTest, aReaderFollowingTheFeedDuringConcurrentPushesSeesEveryRowOnce)
{
    constexpr int kWriters = 4;
    constexpr int kPushes = 15;
    constexpr int kRows = 5;
    std::atomic<int> writersDone{0};
    std::vector<std::thread> writers;
    for (int w = 0; w < kWriters; ++w) {
        writers.emplace_back([&, w] {
            const DeviceIdentity device = w % 2 ? m_a : m_b;
            for (int p = 0; p < kPushes; ++p) {
                std::vector<RowChange> changes;
                for (int r = 0; r < kRows; ++r) {
                    const qint64 local = qint64(w) * 100000 + p * 100 + r + 1;
                    changes.push_back(change("rooms", local, {{"name", "Room"}, {"active", true}}, local));
                }
                auto result = m_store->push(device, push(std::move(changes)));
                EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().message().toStdString());
            }
            ++writersDone;
        });
    }
    std::set<qint64> seen;
    qint64 cursor = 0;
    int duplicates = 0;
    for (;;) {
        const bool finished = writersDone.load() == kWriters;
        auto page = m_store->pull(m_a, cursor, 7);
        ASSERT_TRUE(page.ok());
        for (const auto &row : page.value().rows)
            duplicates += seen.insert(row.cloudId).second ? 0 : 1;
        cursor = page.value().next;
        if (finished && !page.value().hasMore)
            break;
    }
    for (auto &t : writers)
        t.join();
    EXPECT_EQ(duplicates, 0);
    EXPECT_EQ(seen.size(), size_t(kWriters * kPushes * kRows)) << "the cursor never skipped a committed row";
}

INSTANTIATE_TEST_SUITE_P(Backends, ServerStoreTest, ::testing::Values(QStringLiteral("sqlite"), QStringLiteral("postgres")),
                         test::backendName);
