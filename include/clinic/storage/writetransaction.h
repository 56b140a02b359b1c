#pragma once

#include "clinic/domain/result.h"

#include <QtGlobal>

#include <optional>

namespace clinic::storage {

class Connection;

/// Whether the writes of a transaction are captured for sync and audit.
enum class CaptureMode {
    Record,   ///< normal user edits: outbox + audit (the default)
    Suppress, ///< rows applied from a sync pull: already known to the server, not re-captured
};

/// RAII write transaction (style.md #8). The outermost one is `BEGIN IMMEDIATE` (takes the write
/// lock at once, honouring the busy timeout); nested ones are SAVEPOINTs, so a repository call
/// inside a larger unit of work commits or rolls back with it. Not committed = rolled back.
///
/// The outermost transaction stamps `session_context` with the acting user and capture mode and
/// resets it before COMMIT, so the committed state is always (no user, capture on).
/// Thread affinity: the connection's thread.
class WriteTransaction
{
public:
    WriteTransaction(Connection &connection, std::optional<qint64> actorUserId,
                     CaptureMode mode = CaptureMode::Record);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    /// False when BEGIN failed (e.g. the database stayed locked); error() says why.
    [[nodiscard]] bool isActive() const { return m_active; }
    [[nodiscard]] const domain::Error &error() const { return m_error; }
    domain::Status commit();
    void rollback();

private:
    bool exec(const QString &sql);

    Connection &m_connection;
    int m_depth = 0;
    bool m_active = false;
    domain::Error m_error{domain::ErrorCode::Storage, {}};
};

} // namespace clinic::storage
