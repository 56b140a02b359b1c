#pragma once

#include <QSqlDatabase>
#include <QString>

namespace clinic::test {

/// A connection to a server's database (a server URL: sqlite:/path or postgres://...), for
/// checking what it holds (read-only on SQLite unless asked) or for tests of the storage
/// helpers. Thread: the creating thread.
class ServerDatabase
{
public:
    enum class Access { ReadOnly, ReadWrite };
    explicit ServerDatabase(const QString &url, Access access = Access::ReadOnly);
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;

    [[nodiscard]] QSqlDatabase db() const;
    /// The first column of the first row, -1 when the query fails or returns nothing.
    [[nodiscard]] qint64 scalar(const QString &sql) const;

private:
    QString m_name;
};

} // namespace clinic::test
