#pragma once

#include "clinic/domain/result.h"

#include <QByteArray>
#include <QSqlDatabase>

#include <string>
#include <string_view>

namespace clinic::server {

/// Bulk writes into PostgreSQL with `COPY table (columns) FROM STDIN`, on the libpq connection
/// behind a QPSQL QSqlDatabase and inside the transaction that connection has open.
///
/// Why: QPSQL sends every bound value inlined as a literal in EXECUTE text, so a 200-row
/// multi-row INSERT is a 70 kB statement PostgreSQL must lex, parse and plan; COPY streams rows in
/// its text format and is the raw ingest limit (docs/performance.md). A push of 1,000 rows spent
/// ~70 of its ~100 ms in those INSERTs.
///
/// Rows are built with the append* calls (one call a column, then endRow()), then run() sends them.
/// Not thread-safe: one instance on the thread that owns the connection. Every QSqlQuery of the
/// connection must be finished (no forward-only result still being read) before run().
class PostgresCopy
{
public:
    /// True when this build has libpq and `db` is an open QPSQL connection.
    [[nodiscard]] static bool available(const QSqlDatabase &db);

    void appendInt(qint64 value);
    void appendBool(bool value);
    /// UTF-8 text; tabs, newlines, carriage returns and backslashes are escaped for COPY.
    void appendText(std::string_view utf8);
    void appendNull();
    void endRow();
    [[nodiscard]] int rows() const { return m_rows; }

    /// Runs `COPY <target> FROM STDIN` with the rows appended so far, then forgets them. On
    /// failure the transaction is aborted (the caller rolls back) and the error says why.
    [[nodiscard]] domain::Status run(const QSqlDatabase &db, const QByteArray &target);

private:
    void separate();

    std::string m_data;  ///< the rows in COPY text format (std::string: QByteArray::append cost more than the escaping)
    int m_rows = 0;
    bool m_rowStarted = false;
};

} // namespace clinic::server
