#include "clinic/storage/backupservice.h"

#include "clinic/log/logging.h"
#include "clinic/storage/connection.h"
#include "sqlsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QFileInfo>
#include <QSqlError>
#include <QTimeZone>

#include <spdlog/spdlog.h>

namespace clinic::storage {
namespace {

const auto &log()
{
    static const auto logger = clinic::log::logger("clinic.storage.backup");
    return logger;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("clinic::storage::BackupService", text);
}

constexpr auto kPrefix = "clinicdesk-";
constexpr auto kStampFormat = "yyyyMMdd-HHmmsszzz";

domain::Error ioError(const QString &message)
{
    return domain::Error(domain::ErrorCode::Io, message);
}

void removeSidecars(const QString &databasePath)
{
    QFile::remove(databasePath + QStringLiteral("-wal"));
    QFile::remove(databasePath + QStringLiteral("-shm"));
}

} // namespace

domain::Status BackupService::verify(const QString &path)
{
    if (!QFileInfo::exists(path))
        return ioError(tr("The backup %1 does not exist.").arg(path));
    const QString name = Connection::uniqueName(QStringLiteral("clinic.backup.verify."));
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
                result = q.value(0).toString();
            else
                result = q.lastError().text();
            q.finish();
        } else {
            result = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (result != QLatin1String("ok"))
        return domain::Error(domain::ErrorCode::Corrupt,
                             tr("The backup %1 failed its integrity check: %2").arg(path, result));
    return {};
}

QString BackupService::defaultFolder(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

domain::Result<QString> BackupService::backup(Connection &connection, const QString &directory, int keep)
{
    if (!QDir().mkpath(directory))
        return ioError(tr("Cannot create the backup folder %1.").arg(directory));
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QLatin1String(kStampFormat));
    const QString finalPath = QDir(directory).filePath(QLatin1String(kPrefix) + stamp + QStringLiteral(".db"));
    const QString partPath = finalPath + QStringLiteral(".part");
    QFile::remove(partPath);

    QSqlQuery q = sql::prepare(connection.database(), QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(partPath);
    if (!q.exec()) {
        QFile::remove(partPath);
        return sql::toError(q, "back up the database");
    }
    if (auto verified = verify(partPath); !verified) {
        QFile::remove(partPath);
        return verified.error();
    }
    if (!QFile::rename(partPath, finalPath)) {
        QFile::remove(partPath);
        return ioError(tr("Cannot write the backup %1.").arg(finalPath));
    }
    log()->info("backup written: {}", finalPath.toStdString());

    const auto existing = list(directory);
    for (qsizetype i = std::max(keep, 1); i < existing.size(); ++i) {
        QFile::remove(existing.at(i).path);
        log()->info("old backup removed: {}", existing.at(i).path.toStdString());
    }
    return finalPath;
}

QList<BackupService::BackupFile> BackupService::list(const QString &directory)
{
    QList<BackupFile> files;
    const QDir dir(directory);
    const auto entries = dir.entryInfoList({QLatin1String(kPrefix) + QStringLiteral("*.db")}, QDir::Files,
                                           QDir::Name | QDir::Reversed);
    for (const QFileInfo &info : entries) {
        const QString stamp = info.completeBaseName().mid(int(qstrlen(kPrefix)));
        QDateTime taken = QDateTime::fromString(stamp, QLatin1String(kStampFormat));
        if (!taken.isValid())
            continue;
        taken.setTimeZone(QTimeZone::utc());
        files.append({info.absoluteFilePath(), taken, info.size()});
    }
    return files;
}

domain::Status BackupService::restore(const QString &backupPath, const QString &databasePath)
{
    if (auto verified = verify(backupPath); !verified)
        return verified;
    const QString staging = databasePath + QStringLiteral(".restoring");
    const QString previous = databasePath + QStringLiteral(".before-restore");
    QFile::remove(staging);
    if (!QFile::copy(backupPath, staging))
        return ioError(tr("Cannot copy the backup next to the database (%1).").arg(staging));
    if (auto verified = verify(staging); !verified) {
        QFile::remove(staging);
        return verified;
    }
    QFile::remove(previous);
    if (QFileInfo::exists(databasePath) && !QFile::rename(databasePath, previous)) {
        QFile::remove(staging);
        return ioError(tr("Cannot move the current database aside; is ClinicDesk still running?"));
    }
    // The old WAL belongs to the old file: it must never be replayed into the restored one.
    removeSidecars(previous);
    QFile::rename(databasePath + QStringLiteral("-wal"), previous + QStringLiteral("-wal"));
    QFile::rename(databasePath + QStringLiteral("-shm"), previous + QStringLiteral("-shm"));
    removeSidecars(databasePath);
    if (!QFile::rename(staging, databasePath)) {
        QFile::rename(previous, databasePath);
        return ioError(tr("Cannot put the restored database in place."));
    }
    log()->info("database restored from {}", backupPath.toStdString());
    return {};
}

namespace {
QString markerFor(const QString &databasePath)
{
    return databasePath + QStringLiteral(".restore-pending");
}
} // namespace

domain::Status BackupService::requestRestore(const QString &backupPath, const QString &databasePath)
{
    if (auto verified = verify(backupPath); !verified)
        return verified;
    QSaveFile marker(markerFor(databasePath));
    if (!marker.open(QIODevice::WriteOnly) || marker.write(QFileInfo(backupPath).absoluteFilePath().toUtf8()) < 0 || !marker.commit())
        return ioError(tr("Cannot note the restore next to the database (%1).").arg(markerFor(databasePath)));
    return {};
}

QString BackupService::pendingRestore(const QString &databasePath)
{
    QFile marker(markerFor(databasePath));
    if (!marker.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(marker.readAll()).trimmed();
}

void BackupService::cancelRestore(const QString &databasePath)
{
    QFile::remove(markerFor(databasePath));
}

domain::Result<QString> BackupService::applyPendingRestore(const QString &databasePath)
{
    const QString backupPath = pendingRestore(databasePath);
    if (backupPath.isEmpty())
        return QString();
    cancelRestore(databasePath);  // once, whatever happens
    if (auto restored = restore(backupPath, databasePath); !restored)
        return restored.error();
    return backupPath;
}

} // namespace clinic::storage
