#pragma once
// Private: the one implementation of insert / update / get / select for synced tables.
// Each repository describes its table with a TableMapping and keeps only its domain rules.

#include "clinic/domain/result.h"
#include "clinic/storage/connection.h"
#include "clinic/storage/writetransaction.h"
#include "sqlsupport.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlQuery>
#include <QStringList>

#include <functional>

namespace clinic::storage {

/// How an entity type maps to its table. `bind` binds every column in `columns` as :column;
/// `read` builds the entity from a row that has the columns plus the bookkeeping ones.
template<typename T>
struct TableMapping
{
    QString table;
    QString what;  ///< the record in the user's words ("patient"), for messages
    QStringList columns;
    void (*bind)(QSqlQuery &, const T &);
    T (*read)(const QSqlQuery &);
};

/// Rows of one table through one connection. Thread: the connection's.
template<typename T>
class RecordTable
{
public:
    RecordTable(Connection &connection, const TableMapping<T> &mapping)
        : m_connection(connection), m_mapping(mapping) {}

    /// Inserts `value` (inside the caller's transaction, if any) and returns it with its meta.
    domain::Result<T> insert(T value, qint64 nowMs)
    {
        sql::CachedQuery q(m_connection.database(), sql::insertStatement(m_mapping.table, m_mapping.columns));
        m_mapping.bind(*q, value);
        q->bindValue(QStringLiteral(":created_at"), nowMs);
        q->bindValue(QStringLiteral(":updated_at"), nowMs);
        if (!q->exec())
            return sql::toError(*q, qPrintable(QStringLiteral("save %1").arg(m_mapping.what)));
        value.meta.id = q->lastInsertId().toLongLong();
        value.meta.createdAt = value.meta.updatedAt = sql::time(nowMs);
        return value;
    }

    /// Writes only the columns in which `edited` differs from `original` (what the caller loaded
    /// before editing), so a field another desk changed meanwhile (pulled by sync after the load)
    /// is not put back to its old value: the per-field merge (S7) holds for read-modify-write
    /// edits too. Nothing changed: nothing written. NotFound if the row is gone.
    domain::Status updateChanged(const T &original, const T &edited, qint64 nowMs)
    {
        // Bind both through the mapping (on the cached full statement, not executed) to compare.
        sql::CachedQuery probe(m_connection.database(), sql::updateStatement(m_mapping.table, m_mapping.columns));
        const auto valuesOf = [&](const T &value) {
            m_mapping.bind(*probe, value);
            QVariantList values;
            for (const QString &c : m_mapping.columns)
                values << probe->boundValue(QLatin1Char(':') + c);
            return values;
        };
        const QVariantList before = valuesOf(original);
        const QVariantList after = valuesOf(edited);
        QStringList changed;
        QVariantList changedValues;
        for (int i = 0; i < m_mapping.columns.size(); ++i) {
            const bool same = (before.at(i).isNull() && after.at(i).isNull())
                || (!before.at(i).isNull() && !after.at(i).isNull() && before.at(i) == after.at(i));
            if (!same) {
                changed << m_mapping.columns.at(i);
                changedValues << after.at(i);
            }
        }
        if (changed.isEmpty())
            return {};
        sql::CachedQuery q(m_connection.database(), sql::updateStatement(m_mapping.table, changed));
        for (int i = 0; i < changed.size(); ++i)
            q->bindValue(QLatin1Char(':') + changed.at(i), changedValues.at(i));
        q->bindValue(QStringLiteral(":updated_at"), nowMs);
        q->bindValue(QStringLiteral(":id"), edited.meta.id);
        if (!q->exec())
            return sql::toError(*q, qPrintable(QStringLiteral("save %1").arg(m_mapping.what)));
        if (q->numRowsAffected() != 1)
            return notFound();
        return {};
    }

    /// Overwrites the columns of the live row `value.meta.id`; NotFound if it is gone.
    domain::Status update(const T &value, qint64 nowMs)
    {
        sql::CachedQuery q(m_connection.database(), sql::updateStatement(m_mapping.table, m_mapping.columns));
        m_mapping.bind(*q, value);
        q->bindValue(QStringLiteral(":updated_at"), nowMs);
        q->bindValue(QStringLiteral(":id"), value.meta.id);
        if (!q->exec())
            return sql::toError(*q, qPrintable(QStringLiteral("save %1").arg(m_mapping.what)));
        if (q->numRowsAffected() != 1)
            return notFound();
        return {};
    }

    /// The live row `id`, or NotFound.
    domain::Result<T> get(qint64 id) const
    {
        auto rows = select(QStringLiteral("id = ? AND deleted_at IS NULL"), {id});
        if (!rows)
            return rows.error();
        if (rows.value().isEmpty())
            return notFound();
        return rows.value().first();
    }

    /// Rows matching `where` (with positional `?` bound from `values`), in `orderBy` order.
    domain::Result<QList<T>> select(const QString &where, const QVariantList &values = {},
                                    const QString &orderBy = QStringLiteral("id")) const
    {
        sql::CachedQuery q(m_connection.database(),
                           QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4")
                               .arg(sql::selectColumns(m_mapping.columns), m_mapping.table, where, orderBy));
        for (int i = 0; i < values.size(); ++i)
            q->bindValue(i, values.at(i));
        if (!q->exec())
            return sql::toError(*q, qPrintable(QStringLiteral("read %1").arg(m_mapping.what)));
        QList<T> list;
        while (q->next())
            list.append(m_mapping.read(*q));
        return list;
    }

    /// Live rows, optionally only those with active = 1, in `orderBy` order.
    domain::Result<QList<T>> listLive(bool activeOnly, const QString &orderBy) const
    {
        return select(activeOnly ? QStringLiteral("deleted_at IS NULL AND active = 1")
                                 : QStringLiteral("deleted_at IS NULL"),
                      {}, orderBy);
    }

    [[nodiscard]] domain::Error notFound() const
    {
        return domain::Error(domain::ErrorCode::NotFound,
                             QCoreApplication::translate("clinic::storage::Repository",
                                                         "The %1 does not exist (or was deleted).")
                                 .arg(m_mapping.what));
    }

private:
    Connection &m_connection;
    const TableMapping<T> &m_mapping;
};

/// Validated single-row create / update in their own (or the caller's) transaction.
template<typename T>
domain::Result<T> insertInTransaction(Connection &connection, const TableMapping<T> &mapping,
                                      std::optional<qint64> actor, T value, qint64 nowMs)
{
    WriteTransaction tx(connection, actor);
    if (!tx.isActive())
        return tx.error();
    auto inserted = RecordTable<T>(connection, mapping).insert(std::move(value), nowMs);
    if (!inserted)
        return inserted;
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return inserted;
}

template<typename T>
domain::Result<T> updateInTransaction(Connection &connection, const TableMapping<T> &mapping,
                                      std::optional<qint64> actor, const T &value, qint64 nowMs)
{
    WriteTransaction tx(connection, actor);
    if (!tx.isActive())
        return tx.error();
    RecordTable<T> table(connection, mapping);
    if (auto updated = table.update(value, nowMs); !updated)
        return updated.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return table.get(value.meta.id);
}

/// updateChanged() (only what the caller changed since it loaded `original`) in a transaction,
/// returning the stored record.
template<typename T>
domain::Result<T> updateChangedInTransaction(Connection &connection, const TableMapping<T> &mapping, std::optional<qint64> actor,
                                             const T &original, const T &edited, qint64 nowMs)
{
    WriteTransaction tx(connection, actor);
    if (!tx.isActive())
        return tx.error();
    RecordTable<T> table(connection, mapping);
    if (auto updated = table.updateChanged(original, edited, nowMs); !updated)
        return updated.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return table.get(edited.meta.id);
}

} // namespace clinic::storage
