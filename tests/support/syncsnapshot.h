#pragma once
// Every synced row of a desk or of the server, keyed by table and cloud id, with references as
// the parent's cloud id, so databases whose local ids differ can be compared row for row.

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <map>

namespace clinic::test {

/// table -> cloud id -> {field: wire value (references as the parent's cloud id), "_deleted": bool}
using SyncSnapshot = std::map<QString, std::map<qint64, nlohmann::json>>;

/// A desk's synced rows. Rows without a cloud id, two rows with one cloud id, and references to
/// unmapped parents are reported in `problems`.
SyncSnapshot deskSnapshot(const QSqlDatabase &db, QStringList *problems);
/// The server's current rows of `clinic` (SQLite server database, the `records` table).
SyncSnapshot serverSnapshot(const QSqlDatabase &db, qint64 clinic);
/// Human-readable differences between two snapshots (empty when equal), at most `limit` lines.
QStringList compareSnapshots(const SyncSnapshot &expected, const SyncSnapshot &actual, int limit = 20);

} // namespace clinic::test
