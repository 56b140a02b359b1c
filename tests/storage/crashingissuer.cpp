// Test helper: issues the draft invoice (or a credit note on the issued invoice) `id` of the
// database `path`, and dies abruptly (std::abort: no destructor, no rollback, no commit) at a
// chosen point inside the issuing transaction:
//   after-number    right after the number series counter was bumped
//   after-save      right after the numbered document row was written, before commit
// The crash point is a TEMP trigger calling a SQL function registered on this connection only,
// so production code has no test hook and the database file is not changed by the set-up.
//
//   clinicdesk-crashing-issuer PATH invoice|credit_note ID after-number|after-save

#include "clinic/storage/connection.h"
#include "clinic/storage/creditnoterepository.h"
#include "clinic/storage/invoicerepository.h"
#include "clinic/storage/session.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTimeZone>

#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>

namespace {

void crashNow(sqlite3_context *, int, sqlite3_value **)
{
    std::fflush(nullptr);
    std::abort();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: %s PATH invoice|credit_note ID after-number|after-save\n", argv[0]);
        return 2;
    }
    auto connection = clinic::storage::Connection::open(args.at(1), QStringLiteral("crash"));
    if (!connection) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(connection.error().message()));
        return 2;
    }
    QSqlDatabase db = connection.value()->database();
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return 2;
    sqlite3 *raw = *static_cast<sqlite3 *const *>(handle.data());
    if (sqlite3_create_function(raw, "crash_now", 0, SQLITE_UTF8, nullptr, &crashNow, nullptr, nullptr) != SQLITE_OK)
        return 2;
    const bool invoice = args.at(2) == QLatin1String("invoice");
    const QString table = invoice ? QStringLiteral("invoices") : QStringLiteral("credit_notes");
    const QString trigger = args.at(4) == QLatin1String("after-number")
        ? QStringLiteral("CREATE TEMP TRIGGER crash_point AFTER UPDATE ON main.number_series BEGIN SELECT crash_now(); END")
        : QStringLiteral("CREATE TEMP TRIGGER crash_point AFTER %1 ON main.%2 BEGIN SELECT crash_now(); END")
              .arg(invoice ? QStringLiteral("UPDATE") : QStringLiteral("INSERT"), table);
    QSqlQuery q(db);
    if (!q.exec(trigger)) {
        std::fprintf(stderr, "cannot set the crash point\n");
        return 2;
    }
    clinic::storage::Session session;
    session.timeZone = QTimeZone("Asia/Kolkata");
    session.currency = QStringLiteral("INR");
    const clinic::domain::NumberingRule rule{invoice ? QStringLiteral("FD") : QStringLiteral("FC"), 4};
    const qint64 id = args.at(3).toLongLong();
    const bool ok = invoice ? clinic::storage::InvoiceRepository(*connection.value(), session).issue(id, rule).ok()
                            : clinic::storage::CreditNoteRepository(*connection.value(), session).issue(id, 100, QStringLiteral("Goodwill"), rule).ok();
    std::fprintf(stderr, "the crash point was not reached (issue %s)\n", ok ? "succeeded" : "failed");
    return 3;
}
