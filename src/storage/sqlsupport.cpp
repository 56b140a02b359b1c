#include "sqlsupport.h"

#include <QSqlError>

#include <memory>
#include <unordered_map>
#include <QTimeZone>

namespace clinic::storage::sql {

QSqlQuery prepare(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(statement);
    return query;
}

bool run(const QSqlDatabase &db, const QString &statement, domain::Error *error)
{
    CachedQuery query(db, statement);
    if (query->exec())
        return true;
    if (error)
        *error = toError(*query, "statement");
    return false;
}

domain::Error toError(const QSqlQuery &query, const char *what)
{
    const QSqlError e = query.lastError();
    const QString text = e.databaseText();
    if (text.contains(QLatin1String("immutable:")))
        return domain::Error(domain::ErrorCode::Immutable,
                             text.mid(text.indexOf(QLatin1String("immutable:")) + 10).trimmed());
    if (text.contains(QLatin1String("synced rows are soft-deleted")))
        return domain::Error(domain::ErrorCode::Forbidden, text);
    if (text.contains(QLatin1String("UNIQUE constraint")))
        return domain::Error(domain::ErrorCode::Conflict,
                             QStringLiteral("%1: a record with the same key already exists (%2)")
                                 .arg(QLatin1String(what), text));
    if (text.contains(QLatin1String("FOREIGN KEY constraint")))
        return domain::Error(domain::ErrorCode::NotFound,
                             QStringLiteral("%1: a referenced record does not exist")
                                 .arg(QLatin1String(what)));
    if (text.contains(QLatin1String("malformed")) || text.contains(QLatin1String("not a database")))
        return domain::Error(domain::ErrorCode::Corrupt,
                             QStringLiteral("%1: the database file is damaged (%2)").arg(QLatin1String(what), text));
    if (text.contains(QLatin1String("constraint failed")))
        return domain::Error(domain::ErrorCode::Conflict,
                             QStringLiteral("%1: %2").arg(QLatin1String(what), text));
    return domain::Error(domain::ErrorCode::Storage,
                         QStringLiteral("%1 failed: %2").arg(QLatin1String(what), e.text()));
}

QVariant msOrNull(const std::optional<QDateTime> &value)
{
    return value ? msOrNull(*value) : QVariant(QMetaType::fromType<qint64>());
}

QVariant msOrNull(const QDateTime &value)
{
    return value.isValid() ? QVariant(value.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QVariant idOrNull(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

QVariant dateOrNull(const QDate &value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

std::optional<qint64> optionalId(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

std::optional<QDateTime> optionalTime(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

QDateTime time(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

QDate date(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDate::fromString(value.toString(), Qt::ISODate);
}

domain::RecordMeta readMeta(const QSqlQuery &query)
{
    domain::RecordMeta meta;
    meta.id = query.value(QStringLiteral("id")).toLongLong();
    meta.cloudId = optionalId(query.value(QStringLiteral("cloud_id")));
    meta.createdAt = time(query.value(QStringLiteral("created_at")));
    meta.updatedAt = time(query.value(QStringLiteral("updated_at")));
    meta.deletedAt = optionalTime(query.value(QStringLiteral("deleted_at")));
    return meta;
}

} // namespace clinic::storage::sql

namespace clinic::storage::sql {

QString insertStatement(const QString &table, const QStringList &columns)
{
    QStringList names = columns;
    names << QStringLiteral("created_at") << QStringLiteral("updated_at");
    QStringList placeholders;
    for (const QString &c : names)
        placeholders << QLatin1Char(':') + c;
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
        .arg(table, names.join(QLatin1String(", ")), placeholders.join(QLatin1String(", ")));
}

QString updateStatement(const QString &table, const QStringList &columns)
{
    QStringList sets;
    for (const QString &c : columns)
        sets << QStringLiteral("%1 = :%1").arg(c);
    sets << QStringLiteral("updated_at = :updated_at");
    return QStringLiteral("UPDATE %1 SET %2 WHERE id = :id AND deleted_at IS NULL")
        .arg(table, sets.join(QLatin1String(", ")));
}

QString selectColumns(const QStringList &columns, const QString &alias)
{
    QStringList all{QStringLiteral("id"), QStringLiteral("cloud_id")};
    all += columns;
    all << QStringLiteral("created_at") << QStringLiteral("updated_at") << QStringLiteral("deleted_at");
    if (!alias.isEmpty()) {
        for (QString &c : all)
            c = alias + QLatin1Char('.') + c;
    }
    return all.join(QLatin1String(", "));
}

} // namespace clinic::storage::sql
