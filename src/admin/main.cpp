// clinicdesk-admin: the headless tool for the local database. Creates, seeds, checks, backs up
// and restores a ClinicDesk database without any window. Prints what it did; exits non-zero
// with a clear message when something fails. Never prints patient data.
#include "clinic/log/logging.h"
#include "clinic/storage/backupservice.h"
#include "clinic/storage/billingaudit.h"
#include "clinic/storage/changecapture.h"
#include "clinic/storage/connection.h"
#include "clinic/storage/demoseeder.h"
#include "clinic/storage/migrator.h"
#include "clinic/storage/patientrepository.h"
#include "clinic/storage/patientsearchindex.h"
#include "clinic/storage/settingsrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimeZone>

#include <spdlog/spdlog.h>

using namespace clinic;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

int fail(const QString &message)
{
    QTextStream(stderr) << "clinicdesk-admin: " << message << Qt::endl;
    return 1;
}

int fail(const domain::Error &error)
{
    return fail(error.message());
}

storage::Session adminSession(storage::Connection &connection)
{
    storage::Session session;
    session.role = domain::Role::Admin;
    storage::SettingsRepository(connection, session).applyTo(session);
    return session;
}

void printCounts(storage::Connection &connection)
{
    const QStringList tables{QStringLiteral("practitioners"), QStringLiteral("rooms"), QStringLiteral("services"),
                             QStringLiteral("users"), QStringLiteral("patients"), QStringLiteral("appointments"),
                             QStringLiteral("clinical_notes"), QStringLiteral("invoices"),
                             QStringLiteral("invoice_lines"), QStringLiteral("payments"),
                             QStringLiteral("credit_notes"), QStringLiteral("audit_log")};
    for (const QString &table : tables) {
        QSqlQuery q(connection.database());
        if (q.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted_at IS NULL").arg(table)) && q.next())
            out() << QStringLiteral("  %1 %2\n").arg(table + QLatin1Char(':'), -16).arg(q.value(0).toLongLong());
    }
    const auto pending = storage::ChangeCapture::pendingCount(connection);
    out() << "  pending sync:    " << (pending ? pending.value() : -1) << "\n";
    out().flush();
}

domain::Result<std::unique_ptr<storage::Connection>> openDatabase(const QString &path)
{
    return storage::Connection::open(path, QStringLiteral("clinic.admin"));
}

/// Opens a database that must exist already (commands that check or repair one never create it).
domain::Result<std::unique_ptr<storage::Connection>> openExisting(const QString &path)
{
    if (!QFileInfo::exists(path))
        return domain::Error(domain::ErrorCode::NotFound, QStringLiteral("no database at %1").arg(path));
    return openDatabase(path);
}

int seed(const QString &path, const QCommandLineParser &args, bool onlyIfEmpty)
{
    auto connection = openDatabase(path);
    if (!connection)
        return fail(connection.error());
    storage::Session session = adminSession(*connection.value());
    if (onlyIfEmpty) {
        const auto count = storage::PatientRepository(*connection.value(), session).count();
        if (count && count.value() > 0) {
            out() << "Database " << path << " already has data; not seeding.\n";
            printCounts(*connection.value());
            return 0;
        }
    }
    storage::DemoSeeder::Options options;
    if (args.isSet(QStringLiteral("patients")))
        options.patients = args.value(QStringLiteral("patients")).toInt();
    if (args.isSet(QStringLiteral("days")))
        options.daysBack = args.value(QStringLiteral("days")).toInt();
    if (args.isSet(QStringLiteral("lines-per-invoice")))
        options.linesPerInvoice = args.value(QStringLiteral("lines-per-invoice")).toInt();
    if (args.isSet(QStringLiteral("invoice-percent")))
        options.invoicePercent = args.value(QStringLiteral("invoice-percent")).toInt();
    if (args.isSet(QStringLiteral("per-day")))
        options.appointmentsPerPractitionerDay = args.value(QStringLiteral("per-day")).toInt();
    if (args.isSet(QStringLiteral("practitioners")))
        options.practitioners = args.value(QStringLiteral("practitioners")).toInt();
    if (args.isSet(QStringLiteral("seed")))
        options.seed = args.value(QStringLiteral("seed")).toUInt();
    if (options.patients < 0 || options.daysBack < 0 || options.appointmentsPerPractitionerDay < 0
        || options.appointmentsPerPractitionerDay > 12 || options.practitioners < 1 || options.practitioners > 6
        || options.linesPerInvoice < 1 || options.linesPerInvoice > 5 || options.invoicePercent < 0 || options.invoicePercent > 100)
        return fail(QStringLiteral("out-of-range option: --patients >= 0, --days >= 0, --per-day 0..12, --lines-per-invoice 1..5, "
                                   "--invoice-percent 0..100, "
                                   "--practitioners 1..6"));
    QElapsedTimer timer;
    timer.start();
    const auto summary = storage::DemoSeeder::seed(
        *connection.value(), session, options, [](qint64 done, qint64 total, const char *stage) {
            out() << "  " << stage << ": " << done << "/" << total << "\n";
            out().flush();
        });
    if (!summary)
        return fail(summary.error());
    out() << "Seeded " << path << " in " << timer.elapsed() << " ms: " << summary.value().patients
          << " patients, " << summary.value().appointments << " appointments, " << summary.value().invoices
          << " invoices, " << summary.value().payments << " payments.\n"
          << "Demo sign-in: admin / " << options.adminPassword << " (and reception / "
          << options.adminPassword << ")\n";
    printCounts(*connection.value());
    return 0;
}

int check(const QString &path)
{
    if (!QFileInfo::exists(path))
        return fail(QStringLiteral("no database at %1").arg(path));
    if (auto verified = storage::BackupService::verify(path); !verified)
        return fail(verified.error());
    auto connection = openDatabase(path);
    if (!connection)
        return fail(connection.error());
    const auto version = storage::Migrator::currentVersion(*connection.value());
    const auto stale = storage::ChangeCapture::verify(*connection.value());
    const auto searchDifferences = storage::PatientSearchIndex::verify(*connection.value());
    const bool searchExact = searchDifferences && searchDifferences.value() == 0;
    out() << "Database " << path << "\n  integrity: ok\n  schema version: "
          << (version ? version.value() : -1) << " (this build: " << storage::Migrator::latestVersion() << ")\n"
          << "  capture triggers: "
          << (stale && stale.value().isEmpty() ? QStringLiteral("complete") : QStringLiteral("MISSING")) << "\n"
          << "  patient search index: "
          << (searchExact ? QStringLiteral("exact")
              : searchDifferences ? QStringLiteral("%1 wrong terms (repair: clinicdesk-admin reindex-search)").arg(searchDifferences.value())
                                  : searchDifferences.error().message())
          << "\n  device id: " << connection.value()->deviceId() << "\n";
    printCounts(*connection.value());
    return stale && stale.value().isEmpty() && searchExact ? 0 : 1;
}

/// Rebuilds the patient search index from the patients (after `check` found it wrong).
int reindexSearch(const QString &path)
{
    auto connection = openExisting(path);
    if (!connection)
        return fail(connection.error());
    QElapsedTimer t;
    t.start();
    if (auto rebuilt = storage::PatientSearchIndex::rebuild(*connection.value()); !rebuilt)
        return fail(rebuilt.error());
    const auto differences = storage::PatientSearchIndex::verify(*connection.value());
    if (!differences)
        return fail(differences.error());
    out() << "Patient search index rebuilt in " << t.elapsed() << " ms; " << differences.value() << " wrong terms\n";
    return differences.value() == 0 ? 0 : 1;
}

/// Recomputes every document chain and lists number gaps; exit 1 when anything is wrong.
int verifyChain(const QString &path)
{
    auto connection = openExisting(path);
    if (!connection)
        return fail(connection.error());
    const storage::BillingAudit audit(*connection.value(), storage::Session{});
    int checked = 0;
    const auto breaks = audit.verifyChains(&checked);
    if (!breaks)
        return fail(breaks.error());
    const auto gaps = audit.numberGaps();
    if (!gaps)
        return fail(gaps.error());
    out() << "Document chains: " << checked << " issued documents checked, " << breaks.value().size() << " broken\n";
    for (const storage::ChainBreak &b : breaks.value())
        out() << "  BROKEN " << b.kind << " " << b.numberText << " (series " << b.series << "): " << b.reason << "\n";
    int missing = 0;
    out() << "Number series:\n";
    for (const storage::NumberGap &g : gaps.value()) {
        missing += int(g.missing.size());
        QStringList numbers;
        for (int n : g.missing.mid(0, 20))
            numbers << QString::number(n);
        if (g.missing.size() > 20)
            numbers << QStringLiteral("...");
        out() << "  " << g.kind << " " << g.series << " " << g.fiscalYear << ": " << g.documents << " documents, last "
              << g.last << (g.missing.isEmpty() ? QStringLiteral(", gap-free")
                                                : QStringLiteral(", MISSING %1").arg(numbers.join(QStringLiteral(", "))))
              << "\n";
    }
    return breaks.value().isEmpty() && missing == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ClinicDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ClinicDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLINICDESK_VERSION));
    log::installQtMessageHandler();
    spdlog::set_level(spdlog::level::warn);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "ClinicDesk database administration.\n\n"
        "Commands:\n"
        "  init      create the database (or apply pending migrations)\n"
        "  seed      add an invented demo clinic (--patients, --days, --per-day, --practitioners,\n"
        "            --lines-per-invoice, --invoice-percent, --seed)\n"
        "  demo      create the database with demo data unless it already has patients\n"
        "  check     verify integrity, schema version, change capture and the patient search index\n"
        "  reindex-search  rebuild the patient search index from the patients\n"
        "  info      print record counts and pending sync\n"
        "  verify-chain  recompute the hash chain of issued invoices and credit notes; list number gaps\n"
        "  backup    write a verified backup (--to DIR, --keep N)\n"
        "  restore   replace the database with a verified backup (--from FILE)\n"
        "  path      print the default database path"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("what to do"));
    parser.addOptions({
        {QStringLiteral("db"), QStringLiteral("Database file (default: the per-user data folder)."), QStringLiteral("file")},
        {QStringLiteral("patients"), QStringLiteral("seed: number of patients (default 2000)."), QStringLiteral("n")},
        {QStringLiteral("days"), QStringLiteral("seed: days of appointment history (default 365)."), QStringLiteral("n")},
        {QStringLiteral("per-day"), QStringLiteral("seed: appointments per practitioner per day (default 8)."), QStringLiteral("n")},
        {QStringLiteral("lines-per-invoice"), QStringLiteral("seed: lines on each invoice, 1..5 (default 1)."), QStringLiteral("n")},
        {QStringLiteral("invoice-percent"), QStringLiteral("seed: share of completed visits invoiced, 0..100 (default 80)."), QStringLiteral("n")},
        {QStringLiteral("practitioners"), QStringLiteral("seed: number of practitioners, 1..6 (default 4)."), QStringLiteral("n")},
        {QStringLiteral("seed"), QStringLiteral("seed: random seed (default fixed)."), QStringLiteral("n")},
        {QStringLiteral("to"), QStringLiteral("backup: target folder (default: <data>/backups)."), QStringLiteral("dir")},
        {QStringLiteral("keep"), QStringLiteral("backup: how many backups to keep (default 14)."), QStringLiteral("n")},
        {QStringLiteral("from"), QStringLiteral("restore: the backup file."), QStringLiteral("file")},
        {QStringLiteral("verbose"), QStringLiteral("Log what happens.")},
    });
    parser.process(app);
    if (parser.isSet(QStringLiteral("verbose")))
        spdlog::set_level(spdlog::level::info);

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        parser.showHelp(1);
    const QString command = positional.first();
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                              : storage::Connection::defaultPath();

    if (command == QLatin1String("path")) {
        out() << path << "\n";
        return 0;
    }
    if (command == QLatin1String("init") || command == QLatin1String("info")) {
        auto connection = openDatabase(path);
        if (!connection)
            return fail(connection.error());
        out() << "Database " << path << " at schema version " << storage::Migrator::latestVersion()
              << ", device " << connection.value()->deviceId() << "\n";
        printCounts(*connection.value());
        return 0;
    }
    if (command == QLatin1String("seed"))
        return seed(path, parser, false);
    if (command == QLatin1String("demo"))
        return seed(path, parser, true);
    if (command == QLatin1String("check"))
        return check(path);
    if (command == QLatin1String("reindex-search"))
        return reindexSearch(path);
    if (command == QLatin1String("verify-chain"))
        return verifyChain(path);
    if (command == QLatin1String("backup")) {
        auto connection = openDatabase(path);
        if (!connection)
            return fail(connection.error());
        const QString dir = parser.isSet(QStringLiteral("to"))
            ? parser.value(QStringLiteral("to"))
            : storage::BackupService::defaultFolder(path);
        const int keep = parser.isSet(QStringLiteral("keep")) ? parser.value(QStringLiteral("keep")).toInt() : 14;
        if (keep < 1)
            return fail(QStringLiteral("--keep must be at least 1"));
        const auto written = storage::BackupService::backup(*connection.value(), dir, keep);
        if (!written)
            return fail(written.error());
        out() << "Backup written and verified: " << written.value() << "\n";
        return 0;
    }
    if (command == QLatin1String("restore")) {
        if (!parser.isSet(QStringLiteral("from")))
            return fail(QStringLiteral("restore needs --from FILE"));
        const auto restored = storage::BackupService::restore(parser.value(QStringLiteral("from")), path);
        if (!restored)
            return fail(restored.error());
        out() << "Restored " << path << " from " << parser.value(QStringLiteral("from"))
              << " (previous file kept as " << path << ".before-restore)\n";
        return check(path);
    }
    return fail(QStringLiteral("unknown command '%1' (see --help)").arg(command));
}
