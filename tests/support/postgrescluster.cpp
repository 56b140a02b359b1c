#include "support/postgrescluster.h"

#include "support/freeport.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

#include <unistd.h>

namespace clinic::test {
namespace {

QString findBinDir()
{
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &v : versions) {
        const QString bin = root.filePath(v + QStringLiteral("/bin"));
        if (QFile::exists(bin + QStringLiteral("/initdb")))
            return bin;
    }
    return {};
}

} // namespace

PostgresCluster::~PostgresCluster()
{
    stop();
}

bool PostgresCluster::run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    QStringList args = arguments;
    QString exe = m_binDir + QLatin1Char('/') + program;
    if (!m_user.isEmpty()) {
        args.prepend(exe);
        args.prepend(QStringLiteral("--"));
        args.prepend(m_user);
        args.prepend(QStringLiteral("-u"));
        exe = QStringLiteral("runuser");
    }
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(exe, args);
    if (!p.waitForFinished(120'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = QStringLiteral("%1 failed: %2").arg(program, QString::fromLocal8Bit(p.readAll()).right(2000));
        return false;
    }
    return true;
}

bool PostgresCluster::start(const QString &database)
{
    m_binDir = findBinDir();
    if (m_binDir.isEmpty()) {
        m_error = QStringLiteral("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb)");
        return false;
    }
    m_user = geteuid() == 0 ? QStringLiteral("postgres") : QString();
    const QString base = QDir::temp().filePath(QStringLiteral("clinicdesk-pg-XXXXXX"));
    QByteArray templ = base.toLocal8Bit();
    if (!mkdtemp(templ.data())) {
        m_error = QStringLiteral("cannot create a temporary folder");
        return false;
    }
    m_dataDir = QString::fromLocal8Bit(templ);
    if (!m_user.isEmpty() && QProcess::execute(QStringLiteral("chown"), {m_user, m_dataDir}) != 0) {
        m_error = QStringLiteral("cannot hand %1 to %2").arg(m_dataDir, m_user);
        return false;
    }
    const QString data = m_dataDir + QStringLiteral("/data");
    if (!run(QStringLiteral("initdb"), {QStringLiteral("-D"), data, QStringLiteral("-A"), QStringLiteral("trust"),
                                        QStringLiteral("-U"), QStringLiteral("clinic"), QStringLiteral("--locale=C.UTF-8"),
                                        QStringLiteral("-E"), QStringLiteral("UTF8")}))
        return false;
    // A free port can be taken by someone else before PostgreSQL binds it: try a few.
    bool started = false;
    for (int attempt = 0; attempt < 5 && !started; ++attempt) {
        m_port = freeLoopbackPort();
        const QString options = QStringLiteral("-c listen_addresses=127.0.0.1 -p %1 -k %2 -c fsync=off -c max_connections=200")
                                    .arg(m_port).arg(m_dataDir);
        started = run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), data, QStringLiteral("-o"), options, QStringLiteral("-l"),
                                                 m_dataDir + QStringLiteral("/log"), QStringLiteral("-w"), QStringLiteral("start")});
    }
    if (!started)
        return false;
    m_running = true;
    return createDatabase(database);
}

bool PostgresCluster::createDatabase(const QString &name)
{
    return run(QStringLiteral("createdb"), {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                                            QString::number(m_port), QStringLiteral("-U"), QStringLiteral("clinic"), name});
}

void PostgresCluster::stop()
{
    if (m_running) {
        run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_dataDir + QStringLiteral("/data"), QStringLiteral("-m"),
                                       QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")});
        m_running = false;
    }
    if (!m_dataDir.isEmpty()) {
        QDir(m_dataDir).removeRecursively();
        m_dataDir.clear();
    }
}

QString PostgresCluster::url(const QString &database) const
{
    return QStringLiteral("postgres://clinic@127.0.0.1:%1/%2").arg(m_port).arg(database);
}

} // namespace clinic::test
