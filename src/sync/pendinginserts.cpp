#include "pendinginserts.h"

#include "clinic/storage/directstatement.h"

#include <QStringList>

#include <algorithm>

namespace clinic::sync {

PendingInserts::PendingInserts(QSqlDatabase db, qint64 now, QMap<QString, QSet<qint64>> &changed)
    : m_db(std::move(db)), m_now(now), m_changed(changed)
{
}

domain::Status PendingInserts::add(const protocol::TableSpec &spec, quint64 present, qint64 cloudId, std::vector<LocalValue> values, bool deleted,
                                   qint64 createdAt)
{
    auto group = std::find_if(m_groups.begin(), m_groups.end(), [&](const Group &g) { return g.spec == &spec && g.present == present; });
    if (group == m_groups.end()) {
        m_groups.push_back(Group{&spec, present, {}});
        group = std::prev(m_groups.end());
        group->rows.reserve(kRowsPerStatement);
    }
    group->rows.push_back(Row{cloudId, std::move(values), deleted, createdAt});
    m_waiting[spec.name].insert(cloudId);
    if (group->rows.size() >= size_t(kRowsPerStatement))
        return write(*group);
    return {};
}

bool PendingInserts::holds(const QString &table, qint64 cloudId) const
{
    const auto it = m_waiting.constFind(table);
    return it != m_waiting.cend() && it->count(cloudId) > 0;
}

bool PendingInserts::created(const QString &table, qint64 localId) const
{
    const auto it = m_created.constFind(table);
    return it != m_created.cend() && it->contains(localId);
}

bool PendingInserts::holdsAny(const QString &table) const
{
    const auto it = m_waiting.constFind(table);
    return it != m_waiting.cend() && !it->empty();
}

domain::Status PendingInserts::flush(const QString &table)
{
    for (Group &group : m_groups) {
        if (group.spec->name == table && !group.rows.empty()) {
            if (auto written = write(group); !written)
                return written;
        }
    }
    return {};
}

domain::Status PendingInserts::flushAll()
{
    for (Group &group : m_groups) {
        if (!group.rows.empty()) {
            if (auto written = write(group); !written)
                return written;
        }
    }
    return {};
}

QString PendingInserts::statement(const Group &group, size_t rows) const
{
    QStringList columns{QStringLiteral("cloud_id")};
    for (qsizetype i = 0; i < group.spec->fields.size(); ++i) {
        if (group.present & (quint64(1) << i))
            columns << group.spec->fields[i].name;
    }
    columns << QStringLiteral("created_at") << QStringLiteral("updated_at") << QStringLiteral("deleted_at");
    const QString one = QLatin1Char('(') + QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')');
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3 RETURNING id, cloud_id")
        .arg(group.spec->name, columns.join(QStringLiteral(", ")), QStringList(qsizetype(rows), one).join(QLatin1Char(',')));
}

domain::Status PendingInserts::write(Group &group)
{
    // Compiling an INSERT on a table with capture, audit and search triggers costs far more than
    // running it: each statement text (table, field set, row count) is prepared once per connection.
    storage::DirectStatement q(m_db, statement(group, group.rows.size()));
    int bound = 0;
    for (const Row &row : group.rows) {
        q.bindInt64(++bound, row.cloudId);
        for (qsizetype i = 0; i < group.spec->fields.size(); ++i) {
            if (!(group.present & (quint64(1) << i)))
                continue;
            ++bound;
            const LocalValue &value = row.values[size_t(i)];
            if (const auto *number = std::get_if<qint64>(&value))
                q.bindInt64(bound, *number);
            else if (const auto *text = std::get_if<std::string_view>(&value))
                q.bindText(bound, *text);
            else
                q.bindNull(bound);
        }
        q.bindInt64(++bound, row.createdAt);
        q.bindInt64(++bound, m_now);
        if (row.deleted)
            q.bindInt64(++bound, m_now);
        else
            q.bindNull(++bound);
    }
    QSet<qint64> &changed = m_changed[group.spec->name];
    QSet<qint64> &created = m_created[group.spec->name];
    std::unordered_set<qint64> &waiting = m_waiting[group.spec->name];
    while (q.step()) {
        changed.insert(q.int64(0));
        created.insert(q.int64(0));
        waiting.erase(q.int64(1));
    }
    if (!q.ok())
        return domain::Error(domain::ErrorCode::Storage, QStringLiteral("insert pulled rows failed: %1").arg(q.error()));
    group.rows.clear();
    return {};
}

} // namespace clinic::sync
