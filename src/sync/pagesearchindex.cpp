#include "pagesearchindex.h"

#include "clinic/storage/cachedquery.h"
#include "clinic/storage/directstatement.h"

#include <QSqlError>
#include <QSqlQuery>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace clinic::sync {
namespace {

domain::Error sqlError(const QSqlQuery &q, const char *what)
{
    return domain::Error(domain::ErrorCode::Storage, QStringLiteral("%1 failed: %2").arg(QLatin1String(what), q.lastError().text()));
}

} // namespace

PageSearchIndex::PageSearchIndex(QSqlDatabase db) : m_db(std::move(db)) {}

domain::Status PageSearchIndex::prepare()
{
    if (m_prepared)
        return {};
    // TEMP: this connection's own, never in the file. Empty between pages (finish() clears it,
    // a rollback takes its rows back with the page).
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS patient_search_replaced "
                               "(id INTEGER PRIMARY KEY, name TEXT, phone TEXT, number TEXT)")))
        return sqlError(q, "prepare search index");
    m_prepared = true;
    return {};
}

domain::Status PageSearchIndex::aboutToChange(qint64 patientId)
{
    if (auto ready = prepare(); !ready)
        return ready;
    // OR IGNORE: a patient changed twice in a page keeps its first copy, the one in the index.
    storage::DirectStatement copy(m_db, QStringLiteral("INSERT OR IGNORE INTO temp.patient_search_replaced (id, name, phone, number) "
                                                       "SELECT id, name, phone, number FROM patient_search_source "
                                                       "WHERE id = ? AND deleted_at IS NULL"));
    copy.bindInt64(1, patientId);
    copy.step();
    if (!copy.ok())
        return domain::Error(domain::ErrorCode::Storage, QStringLiteral("keep search entry failed: %1").arg(copy.error()));
    m_replacing = true;
    return {};
}

domain::Status PageSearchIndex::finish(const QSet<qint64> &changedPatients)
{
    if (changedPatients.isEmpty() && !m_replacing)
        return {};
    if (auto ready = prepare(); !ready)
        return ready;
    m_replacing = false;
    storage::CachedQuery unindex(m_db, QStringLiteral("INSERT INTO patient_search (patient_search, rowid, name, phone, number) "
                                                      "SELECT 'delete', id, name, phone, number FROM temp.patient_search_replaced"));
    if (!unindex->exec())
        return sqlError(*unindex, "remove replaced search entries");
    storage::CachedQuery clear(m_db, QStringLiteral("DELETE FROM temp.patient_search_replaced"));
    if (!clear->exec())
        return sqlError(*clear, "remove replaced search entries");
    // The ids as runs of consecutive ids ([[first, last], ...]): a page's new patients are one
    // run, read by rowid range; an IN list looked each id up (a quarter of the statement's time).
    QList<qint64> ids(changedPatients.cbegin(), changedPatients.cend());
    std::sort(ids.begin(), ids.end());
    nlohmann::json runs = nlohmann::json::array();
    for (qsizetype i = 0; i < ids.size();) {
        qsizetype j = i;
        while (j + 1 < ids.size() && ids[j + 1] == ids[j] + 1)
            ++j;
        runs.push_back({ids[i], ids[j]});
        i = j + 1;
    }
    storage::CachedQuery index(m_db, QStringLiteral("INSERT INTO patient_search (rowid, name, phone, number) "
                                                    "SELECT s.id, s.name, s.phone, s.number FROM json_each(?) AS run "
                                                    "JOIN patient_search_source AS s ON s.id BETWEEN json_extract(run.value, '$[0]') AND json_extract(run.value, '$[1]') "
                                                    "WHERE s.deleted_at IS NULL"));
    index->addBindValue(QString::fromStdString(runs.dump()));
    if (!index->exec())
        return sqlError(*index, "index pulled patients");
    return {};
}

} // namespace clinic::sync
