#include "clinic/storage/directstatement.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <unordered_map>
#include <vector>

#if CLINIC_DIRECT_SQLITE
#include <sqlite3.h>
#endif

namespace clinic::storage {

/// One prepared statement of one connection; owned by the per-thread cache (or by a
/// DirectStatement when the cached one is already in use further up the stack).
class DirectStatement::Impl
{
public:
    Impl(const QSqlDatabase &db, const QString &statement);
    ~Impl();
    Impl(const Impl &) = delete;
    Impl &operator=(const Impl &) = delete;

    void bindNull(int index);
    void bindInt64(int index, qint64 value);
    void bindText(int index, std::string_view utf8);
    bool step();
    void reset();
    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] qint64 int64(int column) const;
    [[nodiscard]] std::string_view text(int column) const;

    bool inUse = false;
    QString error;

private:
#if CLINIC_DIRECT_SQLITE
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
#else
    QSqlQuery m_query;
    bool m_executed = false;
    mutable QByteArray m_text;
#endif
};

#if CLINIC_DIRECT_SQLITE

namespace {
/// SQLITE_STATIC without the old-style cast of the macro: the caller keeps the text alive.
const sqlite3_destructor_type kKeptByCaller = nullptr;
} // namespace

DirectStatement::Impl::Impl(const QSqlDatabase &db, const QString &statement)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        error = QStringLiteral("not a SQLite connection");
        return;
    }
    m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    const QByteArray text = statement.toUtf8();
    if (sqlite3_prepare_v3(m_handle, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK) {
        error = QString::fromUtf8(sqlite3_errmsg(m_handle));
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

DirectStatement::Impl::~Impl()
{
    sqlite3_finalize(m_stmt);
}

void DirectStatement::Impl::bindNull(int index)
{
    if (m_stmt)
        sqlite3_bind_null(m_stmt, index);
}

void DirectStatement::Impl::bindInt64(int index, qint64 value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, index, value);
}

void DirectStatement::Impl::bindText(int index, std::string_view utf8)
{
    if (m_stmt)
        sqlite3_bind_text(m_stmt, index, utf8.data(), int(utf8.size()), kKeptByCaller);
}

bool DirectStatement::Impl::step()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        error = QString::fromUtf8(sqlite3_errmsg(m_handle));
    return false;
}

void DirectStatement::Impl::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);  // no pointer into the caller's text is kept
    }
    error.clear();  // a statement that did not prepare is never cached: it ends here
}

bool DirectStatement::Impl::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 DirectStatement::Impl::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

std::string_view DirectStatement::Impl::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? std::string_view(data, size_t(sqlite3_column_bytes(m_stmt, column))) : std::string_view();
}

#else // through QSqlQuery

DirectStatement::Impl::Impl(const QSqlDatabase &db, const QString &statement) : m_query(db)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(statement))
        error = m_query.lastError().text();
}

DirectStatement::Impl::~Impl() = default;

void DirectStatement::Impl::bindNull(int index)
{
    m_query.bindValue(index - 1, QVariant(QMetaType::fromType<qint64>()));
}

void DirectStatement::Impl::bindInt64(int index, qint64 value)
{
    m_query.bindValue(index - 1, value);
}

void DirectStatement::Impl::bindText(int index, std::string_view utf8)
{
    m_query.bindValue(index - 1, QString::fromUtf8(utf8.data(), qsizetype(utf8.size())));
}

bool DirectStatement::Impl::step()
{
    if (!error.isEmpty())
        return false;
    if (!m_executed) {
        m_executed = true;
        if (!m_query.exec()) {
            error = m_query.lastError().text();
            return false;
        }
    }
    return m_query.next();
}

void DirectStatement::Impl::reset()
{
    m_query.finish();
    m_executed = false;
    error.clear();  // a statement that did not prepare is never cached: it ends here
}

bool DirectStatement::Impl::isNull(int column) const
{
    return m_query.isNull(column);
}

qint64 DirectStatement::Impl::int64(int column) const
{
    return m_query.value(column).toLongLong();
}

std::string_view DirectStatement::Impl::text(int column) const
{
    m_text = m_query.value(column).toString().toUtf8();
    return {m_text.constData(), size_t(m_text.size())};
}

#endif

namespace {
// connection name -> statement text -> statement. Connections are thread-affine, so each thread
// only ever sees its own connections here.
thread_local std::unordered_map<QString, std::unordered_map<QString, std::unique_ptr<DirectStatement::Impl>>> t_statements;
} // namespace

DirectStatement::DirectStatement(const QSqlDatabase &db, const QString &statement)
{
    auto &perConnection = t_statements[db.connectionName()];
    auto it = perConnection.find(statement);
    if (it == perConnection.end()) {
        auto impl = std::make_unique<Impl>(db, statement);
        if (!impl->error.isEmpty()) {  // not cached: report the preparation error
            m_owned = std::move(impl);
            m_impl = m_owned.get();
            return;
        }
        it = perConnection.emplace(statement, std::move(impl)).first;
    }
    if (it->second->inUse) {  // the same statement further up the stack: a private one
        m_owned = std::make_unique<Impl>(db, statement);
        m_impl = m_owned.get();
        return;
    }
    m_impl = it->second.get();
    m_impl->inUse = true;
}

DirectStatement::~DirectStatement()
{
    m_impl->reset();
    m_impl->inUse = false;
}

void DirectStatement::bindNull(int index)
{
    m_impl->bindNull(index);
}

void DirectStatement::bindInt64(int index, qint64 value)
{
    m_impl->bindInt64(index, value);
}

void DirectStatement::bindText(int index, std::string_view utf8)
{
    m_impl->bindText(index, utf8);
}

bool DirectStatement::step()
{
    return m_impl->step();
}

bool DirectStatement::ok() const
{
    return m_impl->error.isEmpty();
}

QString DirectStatement::error() const
{
    return m_impl->error;
}

bool DirectStatement::isNull(int column) const
{
    return m_impl->isNull(column);
}

qint64 DirectStatement::int64(int column) const
{
    return m_impl->int64(column);
}

std::string_view DirectStatement::text(int column) const
{
    return m_impl->text(column);
}

bool DirectStatement::isDirect()
{
    return CLINIC_DIRECT_SQLITE != 0;
}

void dropDirectStatements(const QString &connectionName)
{
    t_statements.erase(connectionName);
}

} // namespace clinic::storage
