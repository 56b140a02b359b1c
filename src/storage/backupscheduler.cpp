#include "clinic/storage/backupscheduler.h"

#include "clinic/storage/backupservice.h"
#include "clinic/storage/connection.h"

#include <QDateTime>
#include <QPointer>
#include <QSettings>
#include <QThread>

namespace clinic::storage {

BackupScheduler::BackupScheduler(QString databasePath, QString folder, QSettings &settings, QObject *parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_folder(std::move(folder)), m_settings(settings),
      m_running(std::make_shared<std::atomic<bool>>(false))
{
    m_check.setInterval(5 * 60 * 1000);
    connect(&m_check, &QTimer::timeout, this, [this] { runIfDue(); });
    m_check.start();
    QTimer::singleShot(60 * 1000, this, [this] { runIfDue(); });  // not during the busy first minute
}

BackupScheduler::~BackupScheduler()
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

int BackupScheduler::intervalHours(const QSettings &settings)
{
    return std::max(0, settings.value(QStringLiteral("backup/everyHours"), 24).toInt());
}

int BackupScheduler::keepCount(const QSettings &settings)
{
    return std::max(1, settings.value(QStringLiteral("backup/keep"), 14).toInt());
}

QDateTime BackupScheduler::nextDue(const QString &folder, const QSettings &settings)
{
    const int hours = intervalHours(settings);
    if (hours == 0)
        return {};
    const auto backups = BackupService::list(folder);
    if (backups.isEmpty())
        return QDateTime::currentDateTimeUtc();
    return backups.first().takenAt.addSecs(qint64(hours) * 3600);
}

bool BackupScheduler::runIfDue()
{
    const QDateTime due = nextDue(m_folder, m_settings);
    if (!due.isValid() || due > QDateTime::currentDateTimeUtc() || m_running->exchange(true))
        return false;
    if (m_worker) {  // the last one finished: its thread is done
        m_worker->wait();
        delete m_worker;
    }
    QPointer<BackupScheduler> self(this);
    const QString path = m_databasePath, folder = m_folder;
    const int keep = keepCount(m_settings);
    m_worker = QThread::create([self, path, folder, keep, running = m_running] {
        static std::atomic<int> workers{0};  // connection names are per process
        OpenOptions options;
        options.quickCheck = false;
        bool ok = false;
        QString outcome;
        if (auto opened = Connection::open(path, QStringLiteral("clinic.backup.%1").arg(++workers), options)) {
            const auto written = BackupService::backup(*opened.value(), folder, keep);
            ok = written.ok();
            outcome = written ? written.value() : written.error().message();
        } else {
            outcome = opened.error().message();
        }
        running->store(false);
        QMetaObject::invokeMethod(self.data(), [self, ok, outcome] {
            if (self)
                Q_EMIT self->finished(ok, outcome);
        }, Qt::QueuedConnection);
    });
    m_worker->start();
    return true;
}

} // namespace clinic::storage
