#include "clinic/server/postgrescopy.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <charconv>

#if CLINIC_HAVE_LIBPQ
#include <libpq-fe.h>
#endif

namespace clinic::server {
namespace {

domain::Error copyError(const QString &why)
{
    return domain::Error(domain::ErrorCode::Storage, QStringLiteral("copy failed: %1").arg(why));
}

#if CLINIC_HAVE_LIBPQ
/// The libpq connection behind a QPSQL connection, or null.
PGconn *connectionOf(const QSqlDatabase &db)
{
    if (!db.isOpen() || db.driverName() != QLatin1String("QPSQL") || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    // Qt registers the handle's type as "pg_conn*" (the struct behind libpq's PGconn typedef).
    if (!handle.isValid() || (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

QString lastError(PGconn *connection)
{
    return QString::fromUtf8(PQerrorMessage(connection)).trimmed();
}
#endif

} // namespace

bool PostgresCopy::available(const QSqlDatabase &db)
{
#if CLINIC_HAVE_LIBPQ
    return connectionOf(db) != nullptr;
#else
    Q_UNUSED(db);
    return false;
#endif
}

void PostgresCopy::separate()
{
    if (m_rowStarted)
        m_data += '\t';
    m_rowStarted = true;
}

void PostgresCopy::appendInt(qint64 value)
{
    separate();
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    m_data.append(digits, size_t(end - digits));
}

void PostgresCopy::appendBool(bool value)
{
    separate();
    m_data += value ? 't' : 'f';
}

void PostgresCopy::appendText(std::string_view utf8)
{
    separate();
    // COPY's text format: backslash starts an escape; tab and newline end a column or a row.
    // Runs without those characters (nearly all text) are appended whole.
    const char *run = utf8.data();
    const char *const end = utf8.data() + utf8.size();
    for (const char *p = run; p != end; ++p) {
        const char *escape = nullptr;
        switch (*p) {
        case '\\': escape = "\\\\"; break;
        case '\t': escape = "\\t"; break;
        case '\n': escape = "\\n"; break;
        case '\r': escape = "\\r"; break;
        default: continue;
        }
        m_data.append(run, size_t(p - run));
        m_data.append(escape, 2);
        run = p + 1;
    }
    m_data.append(run, size_t(end - run));
}

void PostgresCopy::appendNull()
{
    separate();
    m_data.append("\\N", 2);
}

void PostgresCopy::endRow()
{
    m_data += '\n';
    m_rowStarted = false;
    ++m_rows;
}

domain::Status PostgresCopy::run(const QSqlDatabase &db, const QByteArray &target)
{
    const std::string data = std::exchange(m_data, {});
    m_rows = 0;
    m_rowStarted = false;
#if CLINIC_HAVE_LIBPQ
    PGconn *connection = connectionOf(db);
    if (!connection)
        return copyError(QStringLiteral("not a PostgreSQL connection"));
    {
        // QPSQL runs forward-only queries in single-row mode and leaves the end of the last one
        // on the wire until its next query; a buffered statement of Qt's own reads it all, so
        // the connection is idle when COPY starts.
        QSqlQuery settle(db);
        if (!settle.exec(QStringLiteral("SELECT 1")))
            return copyError(settle.lastError().text());
    }
    // Idle inside a transaction block is the only state COPY may start from here: ACTIVE would
    // mean a query of Qt's still has results on the wire, and IDLE that nothing is open to roll
    // back if the copy fails half-way.
    if (PQtransactionStatus(connection) != PQTRANS_INTRANS)
        return copyError(QStringLiteral("the connection is not idle inside a transaction"));
    const QByteArray statement = "COPY " + target + " FROM STDIN";
    PGresult *started = PQexec(connection, statement.constData());
    const bool ready = PQresultStatus(started) == PGRES_COPY_IN;
    PQclear(started);
    if (!ready)
        return copyError(lastError(connection));
    bool sent = PQputCopyData(connection, data.data(), int(data.size())) == 1;
    sent = PQputCopyEnd(connection, sent ? nullptr : "the data could not be sent") == 1 && sent;
    QString failure = sent ? QString() : lastError(connection);
    // Read every result to the end, so the connection is idle again for Qt's next query.
    while (PGresult *result = PQgetResult(connection)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && failure.isEmpty())
            failure = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        PQclear(result);
    }
    if (!failure.isEmpty())
        return copyError(failure);
    return {};
#else
    Q_UNUSED(db);
    Q_UNUSED(target);
    return copyError(QStringLiteral("this build has no libpq"));
#endif
}

} // namespace clinic::server
