#include "clinic/server/bulkinsert.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace clinic::server {

BulkInsert::BulkInsert(QSqlDatabase db, QString table, QStringList columns, size_t rowsPerStatement, Strategy strategy)
    : m_db(std::move(db)), m_table(std::move(table)), m_columns(std::move(columns)), m_rowsPerStatement(std::max<size_t>(1, rowsPerStatement)),
      m_copy(strategy == Strategy::Auto && PostgresCopy::available(m_db))
{
    if (m_copy)
        m_copyRows.emplace();
}

void BulkInsert::add(std::initializer_list<Value> row)
{
    if (row.size() != size_t(m_columns.size())) {
        m_badRow = true;
        return;
    }
    if (m_copy) {
        for (const Value &value : row) {
            std::visit(
                [this](const auto &v) {
                    using T = std::decay_t<decltype(v)>;
                    if constexpr (std::is_same_v<T, std::nullptr_t>)
                        m_copyRows->appendNull();
                    else if constexpr (std::is_same_v<T, qint64>)
                        m_copyRows->appendInt(v);
                    else if constexpr (std::is_same_v<T, bool>)
                        m_copyRows->appendBool(v);
                    else
                        m_copyRows->appendText(v);
                },
                value);
        }
        m_copyRows->endRow();
        return;
    }
    m_pending.insert(m_pending.end(), row.begin(), row.end());
}

domain::Status BulkInsert::finish()
{
    if (m_badRow)
        return domain::Error(domain::ErrorCode::Storage, QStringLiteral("insert into %1: a row does not match its %2 columns").arg(m_table).arg(m_columns.size()));
    if (m_copy) {
        if (m_copyRows->rows() == 0)
            return {};
        if (auto copied = m_copyRows->run(m_db, (m_table + QStringLiteral(" (") + m_columns.join(QStringLiteral(", ")) + QLatin1Char(')')).toUtf8());
            !copied)
            return domain::Error(domain::ErrorCode::Storage, QStringLiteral("insert into %1 failed: %2").arg(m_table, copied.error().message()));
        return {};
    }
    while (m_written < m_pending.size()) {
        if (auto written = flushStatement(); !written)
            return written;
    }
    m_pending.clear();
    m_written = 0;
    return {};
}

domain::Status BulkInsert::flushStatement()
{
    const size_t width = size_t(m_columns.size());
    const size_t rows = std::min(m_rowsPerStatement, (m_pending.size() - m_written) / width);
    const QString placeholders = QLatin1Char('(') + QStringList(m_columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")) + QLatin1Char(')');
    QStringList values;
    for (size_t i = 0; i < rows; ++i)
        values << placeholders;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES %3").arg(m_table, m_columns.join(QStringLiteral(", ")), values.join(QLatin1Char(','))));
    for (size_t i = 0; i < rows * width; ++i) {
        std::visit(
            [&q](const auto &v) {
                using T = std::decay_t<decltype(v)>;
                if constexpr (std::is_same_v<T, std::nullptr_t>)
                    q.addBindValue(QVariant());
                else if constexpr (std::is_same_v<T, std::string>)
                    q.addBindValue(QString::fromStdString(v));
                else
                    q.addBindValue(v);
            },
            m_pending[m_written + i]);
    }
    if (!q.exec())
        return domain::Error(domain::ErrorCode::Storage, QStringLiteral("insert into %1 failed: %2").arg(m_table, q.lastError().text()));
    m_written += rows * width;
    return {};
}

} // namespace clinic::server
