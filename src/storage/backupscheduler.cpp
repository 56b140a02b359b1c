#include "clinic/storage/backupscheduler.h"

#include "clinic/storage/backupservice.h"

#include <QDateTime>
#include <QSettings>

namespace clinic::storage {

BackupScheduler::BackupScheduler(QString databasePath, QString folder, QSettings &settings, QObject *parent)
    : QObject(parent), m_backup(std::move(databasePath), std::move(folder)), m_settings(settings)
{
    connect(&m_backup, &BackgroundBackup::finished, this, &BackupScheduler::finished);
    m_check.setInterval(5 * 60 * 1000);
    connect(&m_check, &QTimer::timeout, this, [this] { runIfDue(); });
    m_check.start();
    QTimer::singleShot(60 * 1000, this, [this] { runIfDue(); });  // not during the busy first minute
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
    const QDateTime due = nextDue(m_backup.folder(), m_settings);
    if (!due.isValid() || due > QDateTime::currentDateTimeUtc())
        return false;
    return m_backup.start(keepCount(m_settings));
}

} // namespace clinic::storage
