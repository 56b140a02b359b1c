#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <string_view>

namespace clinic::storage {

/// A prepared statement for the sync layer's bulk paths, bound and read as UTF-8 and integers.
///
/// Where Qt's SQLite plugin uses the same shared SQLite library as this program (checked when the
/// project is configured: CLINIC_DIRECT_SQLITE), it calls SQLite's own API on the connection's
/// handle: no QVariant, no UTF-16 round trip and no placeholder name formatting per value, which
/// made binding cost more than the insert itself. Elsewhere (e.g. Qt's Windows binaries, whose
/// plugin carries a private copy of SQLite) the same calls go through QSqlQuery.
///
/// The statement is prepared once per connection and text, and reset when the object goes out of
/// scope (no read snapshot stays open). Text bound by bindText() must outlive the next step().
/// Thread: the connection's (the cache is per thread and connection name, like CachedQuery).
class DirectStatement
{
public:
    DirectStatement(const QSqlDatabase &db, const QString &statement);
    ~DirectStatement();
    DirectStatement(const DirectStatement &) = delete;
    DirectStatement &operator=(const DirectStatement &) = delete;

    /// Parameters count from 1, as in SQL.
    void bindNull(int index);
    void bindInt64(int index, qint64 value);
    void bindText(int index, std::string_view utf8);

    /// Runs the statement up to its next row: true when a row is ready, false when done or on
    /// error (then ok() is false and error() says why).
    bool step();
    [[nodiscard]] bool ok() const;
    [[nodiscard]] QString error() const;

    /// Columns of the current row count from 0.
    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] qint64 int64(int column) const;
    [[nodiscard]] std::string_view text(int column) const;  ///< valid until the next step()

    /// Whether this build calls SQLite directly (false: through QSqlQuery).
    static bool isDirect();

    class Impl;

private:
    Impl *m_impl = nullptr;        ///< the cached statement, or m_owned
    std::unique_ptr<Impl> m_owned;  ///< a private statement (the cached one is busy, or did not prepare)
};

/// Finalizes the direct statements of a connection; Connection calls it before it closes.
void dropDirectStatements(const QString &connectionName);

} // namespace clinic::storage
