#include "clinic/storage/connection.h"

#include "clinic/storage/directstatement.h"

#include "clinic/storage/backupservice.h"

#include "clinic/log/logging.h"
#include "clinic/storage/changecapture.h"
#include "clinic/storage/migrator.h"
#include "clinic/storage/writetransaction.h"
#include "sqlsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <spdlog/spdlog.h>

#include <atomic>

namespace clinic::storage {
namespace {

const auto &log()
{
    static const auto logger = clinic::log::logger("clinic.storage.connection");
    return logger;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("clinic::storage::Connection", text);
}

domain::Error damaged(const QString &path, const QString &detail)
{
    return domain::Error(domain::ErrorCode::Corrupt,
                         tr("The database file %1 is damaged (%2). Restore the latest backup from "
                            "Settings > Backup, or run 'clinicdesk-admin check' for details.")
                             .arg(path, detail));
}

} // namespace

Connection::Connection(QString path, QString name) : m_path(std::move(path)), m_name(std::move(name))
{
}

Connection::~Connection()
{
    sql::dropCachedQueries(m_name);
    dropDirectStatements(m_name);
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QString Connection::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("clinicdesk.db"));
}

QSqlDatabase Connection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

QString Connection::uniqueName(const QString &prefix)
{
    static std::atomic<int> counter{0};
    return prefix + QString::number(++counter);
}

domain::Result<std::unique_ptr<Connection>> Connection::open(const QString &path, const QString &name,
                                                             const OpenOptions &options)
{
    if (QSqlDatabase::contains(name))
        return domain::Error(domain::ErrorCode::Storage,
                             QStringLiteral("connection %1 is already open in this process").arg(name));
    const QFileInfo info(path);
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
        return domain::Error(domain::ErrorCode::Io,
                             tr("Cannot create the folder %1.").arg(info.absolutePath()));

    std::unique_ptr<Connection> connection(new Connection(path, name));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
        if (!db.open())
            return domain::Error(domain::ErrorCode::Io,
                                 tr("Cannot open the database %1: %2").arg(path, db.lastError().text()));
    }
    if (auto status = connection->initialise(options); !status)
        return status.error();
    log()->info("opened {} as '{}' (device {})", path.toStdString(), name.toStdString(),
                connection->m_deviceId.toStdString());
    return connection;
}

domain::Status Connection::initialise(const OpenOptions &options)
{
    const QSqlDatabase db = database();
    domain::Error error(domain::ErrorCode::Storage, {});

    // Refuse a newer file before anything could write to it (journal mode changes the header).
    const auto version = Migrator::currentVersion(*this);
    if (!version) {
        if (version.error().code() == domain::ErrorCode::Corrupt)
            return damaged(m_path, version.error().message());
        return version.error();
    }
    if (version.value() > Migrator::latestVersion())
        return domain::Error(domain::ErrorCode::NewerSchema,
                             tr("This database was written by a newer version of ClinicDesk "
                                "(schema %1; this version knows up to %2). Update ClinicDesk to "
                                "open it. The file has not been changed.")
                                 .arg(version.value())
                                 .arg(Migrator::latestVersion()));

    if (options.quickCheck && version.value() > 0) {
        QSqlQuery check(db);
        if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next()
            || check.value(0).toString() != QLatin1String("ok")) {
            QString detail = check.lastError().isValid() ? check.lastError().text()
                                                         : check.value(0).toString();
            log()->error("quick_check failed for {}", m_path.toStdString());
            return damaged(m_path, detail);
        }
    }

    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
                               "PRAGMA foreign_keys = ON", "PRAGMA temp_store = MEMORY",
                               "PRAGMA cache_size = -16000"}) {
        if (!sql::run(db, QLatin1String(pragma), &error))
            return error;
    }

    if (!sql::run(db, QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(options.walAutoCheckpointPages), &error))
        return error;

    if (version.value() < Migrator::latestVersion()) {
        if (!options.migrate)
            return domain::Error(domain::ErrorCode::Storage,
                                 tr("The database schema is out of date (version %1); open it "
                                    "with migration first.").arg(version.value()));
        const int from = version.value();
        if (from > 0 && options.backupBeforeMigration) {
            // An upgrade must never cost a clinic its data: a verified copy first, or no upgrade.
            const auto copy = BackupService::backup(*this, BackupService::defaultFolder(m_path));
            if (!copy)
                return domain::Error(domain::ErrorCode::Io,
                                     tr("ClinicDesk must update the database (schema %1 to %2) but could not save a copy "
                                        "of it first: %3. The file has not been changed; free some disk space or check the "
                                        "folder's permissions and start again.")
                                         .arg(from)
                                         .arg(Migrator::latestVersion())
                                         .arg(copy.error().message()));
            m_preMigrationBackup = copy.value();
            log()->info("verified backup before migrating schema {} -> {}: {}", from, Migrator::latestVersion(),
                        m_preMigrationBackup.toStdString());
        }
        if (auto migrated = Migrator::migrate(*this, options.migrateTo); !migrated) {
            if (m_preMigrationBackup.isEmpty())
                return migrated;
            return domain::Error(migrated.error().code(),
                                 tr("Updating the database failed: %1. Each step of an update is all or nothing, so "
                                    "the file is consistent, but it may be only partly updated. A verified copy from "
                                    "before the update is at %2; to go back to it, close ClinicDesk and run "
                                    "'clinicdesk-admin restore --from \"%2\"', then use the earlier version of ClinicDesk "
                                    "or contact support.")
                                     .arg(migrated.error().message(), m_preMigrationBackup));
        }
    } else {
        // Triggers are part of the invariant; recreate them if anything removed them.
        const auto stale = ChangeCapture::verify(*this);
        if (!stale)
            return stale.error();
        if (!stale.value().isEmpty()) {
            log()->warn("capture triggers missing for {} tables; reinstalling",
                        stale.value().size());
            WriteTransaction tx(*this, std::nullopt);
            if (!tx.isActive())
                return tx.error();
            if (auto installed = ChangeCapture::install(*this); !installed)
                return installed;
            if (auto committed = tx.commit(); !committed)
                return committed;
        }
    }

    QSqlQuery device(db);
    if (!device.exec(QStringLiteral("SELECT device_id FROM device WHERE id = 1")) || !device.next())
        return sql::toError(device, "read device id");
    m_deviceId = device.value(0).toString();
    return {};
}

} // namespace clinic::storage
