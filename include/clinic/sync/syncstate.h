#pragma once

#include <QMetaType>
#include <QString>

namespace clinic::sync {

/// Where a desk's sync stands, for the status bar.
enum class SyncState {
    NotConfigured,   ///< no server or no device token: the desk works locally only
    Idle,            ///< up to date, waiting for changes
    Syncing,         ///< pushing or pulling
    Offline,         ///< the server cannot be reached; retrying with backoff
    UpgradeRequired, ///< the server needs a newer ClinicDesk (426): stopped until updated
    Unauthorized,    ///< the token is unknown or the device was revoked: stopped until re-enrolled
    Refused,         ///< the server refused a request as malformed (another 4xx): stopped until "sync now"
};

QString syncStateName(SyncState state);

} // namespace clinic::sync

Q_DECLARE_METATYPE(clinic::sync::SyncState)
