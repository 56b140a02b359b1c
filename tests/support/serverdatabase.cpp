#include "support/serverdatabase.h"

#include <QSqlQuery>
#include <QUrl>

#include <atomic>

namespace clinic::test {

ServerDatabase::ServerDatabase(const QString &url, Access access)
{
    static std::atomic<int> count{0};
    m_name = QStringLiteral("server-view-%1").arg(++count);
    if (url.startsWith(QLatin1String("sqlite:"))) {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(url.mid(int(qstrlen("sqlite:"))));
        db.setConnectOptions(access == Access::ReadOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                                        : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        db.open();
        return;
    }
    const QUrl parsed(url);
    auto db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    db.setHostName(parsed.host());
    db.setPort(parsed.port(5432));
    db.setUserName(parsed.userName());
    db.setPassword(parsed.password());
    db.setDatabaseName(parsed.path().mid(1));
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
