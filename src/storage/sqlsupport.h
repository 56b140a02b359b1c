#pragma once
// Private helpers shared by the storage sources (not installed, not part of the API).

#include "clinic/domain/error.h"
#include "clinic/domain/recordmeta.h"
#include "clinic/storage/cachedquery.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace clinic::storage::sql {

/// A prepared, forward-only query on `db`. Preparation errors surface at exec().
QSqlQuery prepare(const QSqlDatabase &db, const QString &statement);

// CachedQuery and dropCachedQueries live in clinic/storage/cachedquery.h.
using storage::CachedQuery;
using storage::dropCachedQueries;

/// Runs a statement with no parameters; false on error (see lastError()).
bool run(const QSqlDatabase &db, const QString &statement, domain::Error *error = nullptr);

/// Maps an engine error to a domain Error: RAISE('immutable: ...') -> Immutable, constraint
/// violations -> Conflict, everything else -> Storage. The text never contains bound values.
domain::Error toError(const QSqlQuery &query, const char *what);

QVariant msOrNull(const std::optional<QDateTime> &value);
QVariant msOrNull(const QDateTime &value);
QVariant idOrNull(const std::optional<qint64> &value);
QVariant dateOrNull(const QDate &value);
std::optional<qint64> optionalId(const QVariant &value);
std::optional<QDateTime> optionalTime(const QVariant &value);
QDateTime time(const QVariant &value);
QDate date(const QVariant &value);

/// Reads id, cloud_id, created_at, updated_at, deleted_at by column name.
domain::RecordMeta readMeta(const QSqlQuery &query);

} // namespace clinic::storage::sql

namespace clinic::storage::sql {

/// "INSERT INTO t (c1, ..., created_at, updated_at) VALUES (:c1, ..., :created_at, :updated_at)"
QString insertStatement(const QString &table, const QStringList &columns);
/// "UPDATE t SET c1 = :c1, ..., updated_at = :updated_at WHERE id = :id AND deleted_at IS NULL"
QString updateStatement(const QString &table, const QStringList &columns);
/// "id, cloud_id, c1, ..., created_at, updated_at, deleted_at" for SELECT lists.
QString selectColumns(const QStringList &columns, const QString &alias = {});

} // namespace clinic::storage::sql

namespace clinic::storage::sql {

/// Text for a NOT NULL column: a null QString binds as SQL NULL in Qt, so map it to ''.
inline QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

} // namespace clinic::storage::sql
