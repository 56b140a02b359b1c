#include "clinic/storage/migrator.h"

#include "clinic/log/logging.h"
#include "clinic/storage/changecapture.h"
#include "clinic/storage/connection.h"
#include "clinic/domain/sqlscript.h"
#include "sqlsupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace clinic::storage {
namespace {

const auto &log()
{
    static const auto logger = clinic::log::logger("clinic.storage.migrator");
    return logger;
}

QList<Migrator::Migration> loadMigrations()
{
    QList<Migrator::Migration> list;
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    const QDir dir(QStringLiteral(":/migrations/client"));
    for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        list.append({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(f.readAll())});
    }
    std::sort(list.begin(), list.end(),
              [](const auto &a, const auto &b) { return a.version < b.version; });
    return list;
}

} // namespace

const QList<Migrator::Migration> &Migrator::migrations()
{
    static const QList<Migration> list = loadMigrations();
    return list;
}

int Migrator::latestVersion()
{
    return migrations().isEmpty() ? 0 : migrations().constLast().version;
}

domain::Result<int> Migrator::currentVersion(const Connection &connection)
{
    QSqlQuery query(connection.database());
    if (!query.exec(QStringLiteral(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"))
        || !query.next())
        return sql::toError(query, "read schema version");
    if (query.value(0).toInt() == 0)
        return 0;
    if (!query.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version"))
        || !query.next())
        return sql::toError(query, "read schema version");
    return query.value(0).toInt();
}

domain::Status Migrator::migrate(Connection &connection, int targetVersion)
{
    if (targetVersion < 0)
        targetVersion = latestVersion();
    const QSqlDatabase db = connection.database();

    for (const Migration &migration : migrations()) {
        if (migration.version > targetVersion)
            break;
        domain::Error error(domain::ErrorCode::Storage, {});
        // Each migration is one transaction: statements + version row + regenerated triggers.
        if (!sql::run(db, QStringLiteral("BEGIN IMMEDIATE"), &error))
            return error;
        const auto rollbackWith = [&](domain::Error e) -> domain::Status {
            sql::run(db, QStringLiteral("ROLLBACK"));
            log()->error("migration {} failed: {}", migration.version, e.message().toStdString());
            return e;
        };
        // Re-read inside the write lock: another connection may have migrated meanwhile.
        const auto current = currentVersion(connection);
        if (!current)
            return rollbackWith(current.error());
        if (current.value() > latestVersion())
            return rollbackWith(domain::Error(domain::ErrorCode::NewerSchema,
                                              QStringLiteral("database schema is newer than this build")));
        if (migration.version <= current.value()) {
            sql::run(db, QStringLiteral("ROLLBACK"));
            continue;
        }
        if (!sql::run(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                         "version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                                         "applied_at INTEGER NOT NULL)"), &error))
            return rollbackWith(error);
        for (const QString &statement : domain::SqlScript::split(migration.sql)) {
            QSqlQuery query(db);
            if (!query.exec(statement))
                return rollbackWith(sql::toError(
                    query, qPrintable(QStringLiteral("migration %1").arg(migration.version))));
        }
        QSqlQuery record = sql::prepare(db, QStringLiteral(
            "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)"));
        record.addBindValue(migration.version);
        record.addBindValue(migration.name);
        record.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (!record.exec())
            return rollbackWith(sql::toError(record, "record schema version"));
        if (auto installed = ChangeCapture::install(connection); !installed)
            return rollbackWith(installed.error());
        if (!sql::run(db, QStringLiteral("COMMIT"), &error))
            return rollbackWith(error);
        log()->info("applied client migration {} ({})", migration.version,
                    migration.name.toStdString());
    }
    return {};
}

} // namespace clinic::storage
