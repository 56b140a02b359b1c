#pragma once
// Plain value types exchanged between the server's HTTP layer and its store.

#include "clinic/protocol/wireerror.h"

#include <QString>

#include <nlohmann/json.hpp>

#include <optional>
#include <vector>

namespace clinic::server {

/// Who is calling, taken only from the bearer token (S11).
struct DeviceIdentity
{
    qint64 clinicId = 0;
    qint64 deviceId = 0;
    QString scope;  ///< "full" or "front_desk" (never receives clinical tables, S12)

    [[nodiscard]] bool seesClinicalData() const { return scope == QLatin1String("full"); }
};

struct Enrollment
{
    qint64 clinicId = 0;
    qint64 deviceId = 0;
    QString token;  ///< shown once; only its hash is stored
    QString scope;
};

/// The answer for one row of a push.
struct PushOutcome
{
    QString table;
    qint64 localId = 0;
    bool accepted = false;
    qint64 cloudId = 0;
    qint64 revision = 0;
    protocol::WireError error;  ///< when rejected
};

/// What a push did: one outcome per row, in the push's order, and the clinic's revision once it
/// was committed (the feed position the desk's rows reached).
struct PushResult
{
    std::vector<PushOutcome> outcomes;
    qint64 revision = 0;
};

/// One row of a pull. `fieldsJson` and `hlcJson` are the stored JSON texts, sent as they are
/// (no parse and re-serialise per row): columns with references as {"cloudId": n}, and the
/// per-column clocks as {"*": clock, "column": other} ("*": every column not listed).
struct PulledRow
{
    QString table;
    qint64 cloudId = 0;
    qint64 revision = 0;
    bool deleted = false;
    qint64 createdAt = 0;                   ///< when the row was created, ms since the epoch (the creating desk's clock)
    std::optional<qint64> localId;          ///< set when the row came from the pulling device
    QByteArray fieldsJson;
    QByteArray hlcJson;

    [[nodiscard]] nlohmann::json fields() const { return nlohmann::json::parse(fieldsJson.toStdString(), nullptr, false); }
};

/// A concurrent edit the merge resolved: the losing value, kept for review and restore (S7).
struct ConflictRecord
{
    qint64 id = 0;
    QString table;
    qint64 cloudId = 0;
    QString field;
    QByteArray winnerJson;  ///< the value that stayed (JSON)
    QByteArray loserJson;   ///< the value that lost (JSON)
    qint64 winnerDevice = 0;
    qint64 loserDevice = 0;
    qint64 revision = 0;
};

struct PullPage
{
    std::vector<PulledRow> rows;
    qint64 next = 0;       ///< the cursor to send next time
    bool hasMore = false;
};

} // namespace clinic::server
