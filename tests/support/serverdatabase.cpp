#include "support/serverdatabase.h"

#include <QSqlQuery>

#include <atomic>

namespace clinic::test {

ServerDatabase::ServerDatabase(const QString &path)
{
    static std::atomic<int> count{0};
    m_name = QStringLiteral("server-view-%1").arg(++count);
    auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    db.open();
}

ServerDatabase::~ServerDatabase()
{
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase ServerDatabase::db() const
{
    return QSqlDatabase::database(m_name);
}

qint64 ServerDatabase::scalar(const QString &sql) const
{
    QSqlQuery q(db());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace clinic::test
