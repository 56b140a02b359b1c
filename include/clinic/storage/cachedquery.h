#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace clinic::storage {

/// A statement prepared once per connection and reused: compiling a statement on a table with
/// triggers (change capture, audit, search index) costs far more than running it. The handle
/// resets the statement when it goes out of scope, so no read transaction stays open behind the
/// caller's back. If the same statement is already in use further up the stack, a fresh one is
/// prepared instead. Preparation errors surface at exec().
/// Thread: the connection's (the cache is per thread and per connection name).
class CachedQuery
{
public:
    CachedQuery(const QSqlDatabase &db, const QString &statement);
    ~CachedQuery();
    CachedQuery(const CachedQuery &) = delete;
    CachedQuery &operator=(const CachedQuery &) = delete;

    QSqlQuery &operator*() { return *m_query; }
    QSqlQuery *operator->() { return m_query; }

private:
    QSqlQuery *m_query = nullptr;
    bool *m_inUse = nullptr;
    std::optional<QSqlQuery> m_own;
};

/// Forgets the cached statements of a connection; Connection calls it before the connection closes.
void dropCachedQueries(const QString &connectionName);

} // namespace clinic::storage
