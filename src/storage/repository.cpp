#include "clinic/storage/repository.h"

#include "clinic/storage/connection.h"
#include "clinic/storage/writetransaction.h"
#include "sqlsupport.h"

#include <QCoreApplication>

#include <algorithm>

namespace clinic::storage {

Repository::Repository(Connection &connection, Session session)
    : m_connection(connection), m_session(std::move(session))
{
}

QString Repository::tr(const char *text)
{
    return QCoreApplication::translate("clinic::storage::Repository", text);
}

QSqlDatabase Repository::db() const
{
    return m_connection.database();
}

domain::Status Repository::softDelete(const QString &table, qint64 id)
{
    WriteTransaction tx(m_connection, m_session.userId);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery query = sql::prepare(db(), QStringLiteral(
        "UPDATE %1 SET deleted_at = :now, updated_at = :now2 WHERE id = :id AND deleted_at IS NULL").arg(table));
    const qint64 now = nowMs();
    query.bindValue(QStringLiteral(":now"), now);
    query.bindValue(QStringLiteral(":now2"), now);
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return sql::toError(query, "delete");
    if (query.numRowsAffected() != 1)
        return domain::Error(domain::ErrorCode::NotFound,
                             QCoreApplication::translate("clinic::storage::Repository",
                                                         "The record no longer exists."));
    return tx.commit();
}

domain::Status Repository::requireLive(const QString &table, qint64 id, const QString &what) const
{
    sql::CachedQuery query(db(), QStringLiteral("SELECT 1 FROM %1 WHERE id = ? AND deleted_at IS NULL").arg(table));
    query->bindValue(0, id);
    if (!query->exec())
        return sql::toError(*query, "look up");
    if (!query->next())
        return domain::Error(domain::ErrorCode::NotFound,
                             QCoreApplication::translate("clinic::storage::Repository",
                                                         "The %1 does not exist.").arg(what));
    return {};
}

domain::Status Repository::requireRole(std::initializer_list<domain::Role> allowed,
                                       const QString &action) const
{
    if (std::find(allowed.begin(), allowed.end(), m_session.role) != allowed.end())
        return {};
    return domain::Error(domain::ErrorCode::Forbidden,
                         QCoreApplication::translate("clinic::storage::Repository",
                                                     "Your role does not allow you to %1.").arg(action));
}

} // namespace clinic::storage
