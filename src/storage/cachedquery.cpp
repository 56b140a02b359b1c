#include "clinic/storage/cachedquery.h"

#include <memory>
#include <unordered_map>

namespace clinic::storage {
namespace {

struct CacheEntry
{
    QSqlQuery query;
    bool inUse = false;
};

// connection name -> statement text -> prepared query. Connections are thread-affine, so each
// thread only ever sees its own connections here.
using StatementCache = std::unordered_map<QString, std::unordered_map<QString, std::unique_ptr<CacheEntry>>>;
thread_local StatementCache t_cache;

QSqlQuery uncached(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(statement);
    return query;
}

} // namespace

CachedQuery::CachedQuery(const QSqlDatabase &db, const QString &statement)
{
    auto &perConnection = t_cache[db.connectionName()];
    auto it = perConnection.find(statement);
    if (it == perConnection.end()) {
        auto entry = std::make_unique<CacheEntry>(CacheEntry{QSqlQuery(db), false});
        entry->query.setForwardOnly(true);
        if (!entry->query.prepare(statement)) {
            // Not cached: exec() will report the preparation error.
            m_own.emplace(uncached(db, statement));
            m_query = &*m_own;
            return;
        }
        it = perConnection.emplace(statement, std::move(entry)).first;
    }
    CacheEntry &entry = *it->second;
    if (entry.inUse) {
        m_own.emplace(uncached(db, statement));
        m_query = &*m_own;
        return;
    }
    entry.inUse = true;
    m_inUse = &entry.inUse;
    m_query = &entry.query;
}

CachedQuery::~CachedQuery()
{
    m_query->finish();
    if (m_inUse)
        *m_inUse = false;
}

void dropCachedQueries(const QString &connectionName)
{
    t_cache.erase(connectionName);
}

} // namespace clinic::storage
