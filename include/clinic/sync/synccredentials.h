#pragma once

#include <QString>

namespace clinic::sync {

/// The server URL, device token and optional pinned certificate of a desk, kept in a small file
/// beside the database (`<database>.sync`) that only the user can read (0600 on Unix; the user's
/// profile folder on Windows). The token never goes into the database (backups are copied around)
/// or into logs.
struct SyncCredentials
{
    QString serverUrl;        ///< e.g. https://sync.clinic.example:8443
    QString token;
    QString pinnedCertificate;  ///< PEM file of a self-signed LAN server to trust (S16), may be empty

    [[nodiscard]] bool isComplete() const { return !serverUrl.isEmpty() && !token.isEmpty(); }

    static QString pathFor(const QString &databasePath);
    static SyncCredentials load(const QString &databasePath);
    /// Writes the file with owner-only permissions. False when it cannot be written.
    bool save(const QString &databasePath) const;
};

} // namespace clinic::sync
