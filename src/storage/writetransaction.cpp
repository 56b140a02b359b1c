#include "clinic/storage/writetransaction.h"

#include "clinic/storage/connection.h"
#include "sqlsupport.h"

#include <QSqlQuery>

namespace clinic::storage {

WriteTransaction::WriteTransaction(Connection &connection, std::optional<qint64> actorUserId,
                                   CaptureMode mode)
    : m_connection(connection)
{
    int &depth = m_connection.transactionDepth();
    m_depth = depth + 1;
    if (m_depth > 1) {
        // Nested unit of work: joins the outer transaction (and its actor and capture mode).
        m_active = exec(QStringLiteral("SAVEPOINT wt_%1").arg(m_depth));
        if (m_active)
            depth = m_depth;
        return;
    }
    if (!exec(QStringLiteral("BEGIN IMMEDIATE")))
        return;
    sql::CachedQuery stamp(m_connection.database(), QStringLiteral(
        "UPDATE session_context SET actor_user_id = ?, capture = ? WHERE id = 1"));
    stamp->bindValue(0, sql::idOrNull(actorUserId));
    stamp->bindValue(1, mode == CaptureMode::Record ? 1 : 0);
    if (!stamp->exec()) {
        m_error = sql::toError(*stamp, "start transaction");
        exec(QStringLiteral("ROLLBACK"));
        return;
    }
    m_active = true;
    depth = m_depth;
}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        rollback();
}

bool WriteTransaction::exec(const QString &statement)
{
    domain::Error error(domain::ErrorCode::Storage, {});
    if (sql::run(m_connection.database(), statement, &error))
        return true;
    m_error = error;
    return false;
}

domain::Status WriteTransaction::commit()
{
    if (!m_active)
        return m_error;
    m_active = false;
    m_connection.transactionDepth() = m_depth - 1;
    if (m_depth > 1) {
        if (!exec(QStringLiteral("RELEASE wt_%1").arg(m_depth)))
            return m_error;
        return {};
    }
    // Reset the session stamp inside the transaction so the committed state is (NULL, 1, 0).
    if (!exec(QStringLiteral("UPDATE session_context SET actor_user_id = NULL, capture = 1, search_deferred = 0 WHERE id = 1"))
        || !exec(QStringLiteral("COMMIT"))) {
        const domain::Error failure = m_error;
        exec(QStringLiteral("ROLLBACK"));
        return failure;
    }
    return {};
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    m_connection.transactionDepth() = m_depth - 1;
    if (m_depth > 1) {
        exec(QStringLiteral("ROLLBACK TO wt_%1").arg(m_depth));
        exec(QStringLiteral("RELEASE wt_%1").arg(m_depth));
        return;
    }
    exec(QStringLiteral("ROLLBACK"));
}

} // namespace clinic::storage
