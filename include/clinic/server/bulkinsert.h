#pragma once

#include "clinic/domain/result.h"
#include "clinic/server/postgrescopy.h"

#include <QSqlDatabase>
#include <QStringList>

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace clinic::server {

/// Inserts many rows into one table inside the transaction the connection has open: by COPY on
/// PostgreSQL when this build has libpq (PostgresCopy), otherwise in multi-row INSERT statements
/// of `rowsPerStatement` rows. One description of the rows serves both ways.
///
/// Rows are added with add() (one value a column, in the order of `columns`) and written by
/// finish(); on failure nothing is half-reported as done: the caller rolls the transaction back.
/// Not thread-safe: one instance on the thread that owns the connection.
class BulkInsert
{
public:
    /// NULL, an integer, a boolean or UTF-8 text.
    using Value = std::variant<std::nullptr_t, qint64, bool, std::string>;
    enum class Strategy { Auto, Statements };

    /// `table` and `columns` are SQL identifiers from the caller's code, never user input.
    BulkInsert(QSqlDatabase db, QString table, QStringList columns, size_t rowsPerStatement, Strategy strategy = Strategy::Auto);

    /// Adds a row; a row with the wrong number of values is refused at finish().
    void add(std::initializer_list<Value> row);
    /// Writes what add() collected. Storage error naming the table when the database refuses.
    [[nodiscard]] domain::Status finish();

private:
    [[nodiscard]] domain::Status flushStatement();

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    size_t m_rowsPerStatement;
    bool m_copy;
    std::optional<PostgresCopy> m_copyRows;  ///< COPY: rows encoded as they are added
    std::vector<Value> m_pending;            ///< statements: the rows' values, column by column
    size_t m_written = 0;                    ///< statements: values of m_pending already written
    bool m_badRow = false;
};

} // namespace clinic::server
