#pragma once

#include <QString>

namespace clinic::test {

/// A throw-away PostgreSQL cluster for tests: initdb into a temporary folder, started on a free
/// loopback port with trust authentication, stopped (pg_ctl -m fast) and deleted by stop() or the
/// destructor. As root it runs the server as the `postgres` user (initdb refuses root).
/// Thread affinity: create and stop from one thread.
class PostgresCluster
{
public:
    PostgresCluster() = default;
    ~PostgresCluster();
    PostgresCluster(const PostgresCluster &) = delete;
    PostgresCluster &operator=(const PostgresCluster &) = delete;

    /// Starts the cluster and creates `database`. False with errorString() when PostgreSQL is not
    /// installed or does not start.
    bool start(const QString &database = QStringLiteral("clinicdesk_test"));
    void stop();
    /// Creates another empty database in the running cluster.
    bool createDatabase(const QString &name);

    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] QString url(const QString &database = QStringLiteral("clinicdesk_test")) const;
    [[nodiscard]] const QString &errorString() const { return m_error; }

private:
    bool run(const QString &program, const QStringList &arguments);

    QString m_binDir;
    QString m_dataDir;
    QString m_user;
    int m_port = 0;
    bool m_running = false;
    QString m_error;
};

} // namespace clinic::test
