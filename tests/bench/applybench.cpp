// clinicdesk-apply-bench: the desk's side of an initial sync, without network or server.
// Prints one JSON line per figure; docs/performance.md keeps the results.
//
// A source desk gets N invented patients through the repository (each with its audit entry, as
// in real use); their rows are turned into pull pages of 1,000 rows in the server's wire format
// (patients and audit entries interleaved, as the feed orders them). Then it times, on an empty
// desk: reading the pages alone, applying them (reading included) with PullApplier (each page one transaction with
// its cursor, as the sync engine does), and the raw limit — the same patient rows inserted
// straight into SQLite in one transaction.
#include "clinic/protocol/schema.h"
#include "clinic/storage/connection.h"
#include "clinic/storage/patientrepository.h"
#include "clinic/storage/writetransaction.h"
#include "clinic/sync/pullapplier.h"

#include "benchsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include <cstdio>
#include <vector>

using namespace clinic;
using nlohmann::json;

namespace {

/// One stored row as the server sends it: {"table", "cloudId", "revision", "deleted", "fields", "hlc"}.
json wireRow(const protocol::TableSpec &spec, const QSqlQuery &q, qint64 cloudId)
{
    json fields = json::object();
    for (int i = 0; i < int(spec.fields.size()); ++i) {
        const protocol::FieldSpec &field = spec.fields[size_t(i)];
        const QVariant v = q.value(i);
        json &out = fields[field.name.toStdString()];
        if (v.isNull()) {
            out = nullptr;
            continue;
        }
        switch (field.type) {
        case protocol::FieldType::Text:
        case protocol::FieldType::Date: out = v.toString().toStdString(); break;
        case protocol::FieldType::Integer:
        case protocol::FieldType::Timestamp: out = v.toLongLong(); break;
        case protocol::FieldType::Boolean: out = v.toBool(); break;
        case protocol::FieldType::Reference: out = nullptr; break;  // none in this feed: users are not synced here
        }
    }
    return json{{"table", spec.name.toStdString()}, {"cloudId", cloudId}, {"revision", cloudId}, {"deleted", false},
                {"fields", std::move(fields)}, {"hlc", {{"*", 1'700'000'000'000LL + cloudId}}}};
}

std::vector<json> rowsOf(storage::Connection &source, const QString &table)
{
    const protocol::TableSpec *spec = protocol::Schema::instance().table(table);
    QStringList columns;
    for (const protocol::FieldSpec &field : spec->fields)
        columns << field.name;
    QSqlQuery q(source.database());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY id").arg(columns.join(QStringLiteral(", ")), table));
    std::vector<json> rows;
    while (q.next())
        rows.push_back(wireRow(*spec, q, 0));
    return rows;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("rows"), QStringLiteral("patients (each also brings its audit entry)"), QStringLiteral("n"), QStringLiteral("100000")},
                       {QStringLiteral("page"), QStringLiteral("rows per pull page"), QStringLiteral("n"), QStringLiteral("1000")},
                       {QStringLiteral("no-audit"), QStringLiteral("patients only, as an imported clinic's feed carries them")}});
    parser.process(app);
    const int n = parser.value(QStringLiteral("rows")).toInt();
    const int pageSize = std::max(1, parser.value(QStringLiteral("page")).toInt());
    const bool withAudit = !parser.isSet(QStringLiteral("no-audit"));
    QTemporaryDir dir;

    // The source rows, written the way the app writes them.
    QRandomGenerator rng(7);
    std::vector<domain::Patient> population;
    population.reserve(size_t(n));
    for (int i = 0; i < n; ++i)
        population.push_back(bench::inventPatient(rng, i));
    std::vector<json> patients, audit;
    {
        auto source = storage::Connection::open(dir.filePath(QStringLiteral("source.db")), QStringLiteral("source")).value();
        storage::PatientRepository repository(*source, storage::Session{});
        for (int i = 0; i < n;) {
            storage::WriteTransaction tx(*source, std::nullopt);
            for (int k = 0; k < 5000 && i < n; ++k, ++i)
                (void)repository.create(population[size_t(i)]);
            (void)tx.commit();
        }
        patients = rowsOf(*source, QStringLiteral("patients"));
        if (withAudit)
            audit = rowsOf(*source, QStringLiteral("audit_log"));
    }

    // The feed: patient, its audit entry, next patient ... cut into pages.
    std::vector<QByteArray> pages;
    qint64 bytes = 0;
    {
        json changes = json::array();
        qint64 revision = 0;
        const auto flush = [&](bool more) {
            const json page = {{"changes", std::move(changes)}, {"next", revision}, {"hasMore", more}};
            pages.push_back(QByteArray::fromStdString(page.dump()));
            bytes += pages.back().size();
            changes = json::array();
        };
        for (size_t i = 0; i < patients.size(); ++i) {
            for (json *row : {&patients[i], i < audit.size() ? &audit[i] : nullptr}) {
                if (!row)
                    continue;
                ++revision;
                (*row)["cloudId"] = revision;
                (*row)["revision"] = revision;
                changes.push_back(std::move(*row));
                if (int(changes.size()) == pageSize)
                    flush(true);
            }
        }
        flush(false);
    }
    const qint64 wireRows = qint64(patients.size() + audit.size());

    // Reading the pages alone, as the desk does (PulledPage).
    QElapsedTimer t;
    t.start();
    size_t parsed = 0;
    for (const QByteArray &page : pages)
        parsed += sync::PulledPage::parse(page).value().changes.size();
    const double parseMs = double(t.nsecsElapsed()) / 1e6;

    // Applying into an empty desk, page by page.
    auto desk = storage::Connection::open(dir.filePath(QStringLiteral("desk.db")), QStringLiteral("desk")).value();
    t.restart();
    for (const QByteArray &page : pages) {
        const auto applied = sync::PullApplier::apply(*desk, page);
        if (!applied) {
            std::fprintf(stderr, "apply failed: %s\n", qPrintable(applied.error().message()));
            return 1;
        }
    }
    const double applyMs = double(t.nsecsElapsed()) / 1e6;
    QSqlQuery count(desk->database());
    count.exec(QStringLiteral("SELECT (SELECT count(*) FROM patients), (SELECT count(*) FROM audit_log), "
                              "(SELECT count(*) FROM patient_search WHERE patient_search MATCH 'sharma')"));
    count.next();

    // The raw limit: the same patient rows into a table of the same columns, one transaction, no Qt.
    const double rawMs = bench::rawPatientInsertMs(dir.filePath(QStringLiteral("raw.db")), population);

    std::printf("{\"bench\":\"pull_apply\",\"patients\":%lld,\"audit\":%lld,\"wire_rows\":%lld,\"pages\":%zu,\"wire_mb\":%.1f,"
                "\"parse_ms\":%.0f,\"apply_ms\":%.0f,\"us_per_row\":%.1f,\"raw_sqlite_ms\":%.0f,\"ratio\":%.1f,\"search_hits\":%lld}\n",
                count.value(0).toLongLong(), count.value(1).toLongLong(), wireRows, pages.size(), double(bytes) / 1e6, parseMs,
                applyMs, applyMs * 1000 / double(wireRows), rawMs, applyMs / rawMs, count.value(2).toLongLong());
    return parsed == size_t(wireRows) ? 0 : 1;
}
