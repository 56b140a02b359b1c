#include "clinic/sync/synccredentials.h"
#include "clinic/sync/syncstate.h"

#include <QFile>
#include <QSettings>

namespace clinic::sync {

QString syncStateName(SyncState state)
{
    switch (state) {
    case SyncState::NotConfigured: return QStringLiteral("not_configured");
    case SyncState::Idle: return QStringLiteral("idle");
    case SyncState::Syncing: return QStringLiteral("syncing");
    case SyncState::Offline: return QStringLiteral("offline");
    case SyncState::UpgradeRequired: return QStringLiteral("upgrade_required");
    case SyncState::Unauthorized: return QStringLiteral("unauthorized");
    case SyncState::Refused: return QStringLiteral("refused");
    }
    return QStringLiteral("unknown");
}

QString SyncCredentials::pathFor(const QString &databasePath)
{
    return databasePath + QStringLiteral(".sync");
}

SyncCredentials SyncCredentials::load(const QString &databasePath)
{
    QSettings file(pathFor(databasePath), QSettings::IniFormat);
    return SyncCredentials{file.value(QStringLiteral("server/url")).toString(), file.value(QStringLiteral("device/token")).toString(),
                           file.value(QStringLiteral("server/pinnedCertificate")).toString()};
}

bool SyncCredentials::save(const QString &databasePath) const
{
    const QString path = pathFor(databasePath);
    {
        // Create the file with owner-only permissions before the token is written into it.
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    QSettings file(path, QSettings::IniFormat);
    file.setValue(QStringLiteral("server/url"), serverUrl);
    file.setValue(QStringLiteral("device/token"), token);
    file.setValue(QStringLiteral("server/pinnedCertificate"), pinnedCertificate);
    file.sync();
    // QSettings may have replaced the file: make sure it is still the owner's only.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return file.status() == QSettings::NoError;
}

} // namespace clinic::sync
