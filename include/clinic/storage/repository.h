#pragma once

#include "clinic/domain/result.h"
#include "clinic/storage/session.h"

#include <QSqlDatabase>
#include <QString>

namespace clinic::storage {

class Connection;

/// Common ground of the repositories: the connection they are handed (never one they create,
/// style.md #7), the session (user, role, clinic settings, clock), and the soft delete every
/// synced table shares.
///
/// Thread affinity: a repository is a short-lived object used in its connection's thread.
/// It holds a reference to the Connection, which must outlive it.
class Repository
{
public:
    Repository(Connection &connection, Session session);
    virtual ~Repository() = default;
    Repository(const Repository &) = delete;
    Repository &operator=(const Repository &) = delete;

    [[nodiscard]] const Session &session() const { return m_session; }

protected:
    /// Translated user-facing text in the repositories' context.
    static QString tr(const char *text);
    [[nodiscard]] QSqlDatabase db() const;
    [[nodiscard]] Connection &connection() const { return m_connection; }
    [[nodiscard]] qint64 nowMs() const { return m_session.clock->nowMs(); }

    /// Marks a live row deleted (tombstone for sync). NotFound if it is missing or already deleted.
    domain::Status softDelete(const QString &table, qint64 id);
    /// NotFound unless `id` is a live row of `table`; `what` names it for the user ("patient").
    domain::Status requireLive(const QString &table, qint64 id, const QString &what) const;
    /// Forbidden unless the session's role is one of `allowed`.
    [[nodiscard]] domain::Status requireRole(std::initializer_list<domain::Role> allowed,
                                             const QString &action) const;

private:
    Connection &m_connection;
    Session m_session;
};

} // namespace clinic::storage
