#pragma once

#include "clinic/domain/result.h"

#include <QList>
#include <QString>

namespace clinic::storage {

class Connection;

/// Applies the numbered client migrations (`migrations/client/NNNN_name.sql`, embedded as Qt
/// resources) in order, each in its own transaction together with its `schema_version` row and
/// the regenerated capture triggers, so a crash leaves the file at one whole version or another.
/// Called from the connection's thread.
class Migrator
{
public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString sql;
    };

    static const QList<Migration> &migrations();
    static int latestVersion();
    /// The schema version recorded in the database (0 for a new file).
    static domain::Result<int> currentVersion(const Connection &connection);
    /// Applies every migration above the current version up to `targetVersion` (tests use lower
    /// targets to build databases of older versions). Refuses a database newer than this build.
    static domain::Status migrate(Connection &connection, int targetVersion = -1);
};

} // namespace clinic::storage
