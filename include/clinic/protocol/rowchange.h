#pragma once

#include <QString>

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>

namespace clinic::protocol {

/// One row's change in a push, coalesced by the desk from its outbox.
///   {"table": "patients", "localId": 12, "cloudId": 99|null, "deleted": false,
///    "hlc": 1234567890, "createdAt": 1700000000000,
///    "fields": {"first_name": "Asha", "patient_id": {"localId": 7}, ...}}
/// `fields` holds only the columns that changed (all of them for a new row); references are
/// {"cloudId": n} or {"localId": n} (a row of the pushing device, resolved by the server).
struct RowChange
{
    QString table;
    qint64 localId = 0;
    std::optional<qint64> cloudId;
    bool deleted = false;
    qint64 hlc = 0;  ///< HlcTimestamp::pack() of the change
    /// When the desk created the row (ms since the epoch); kept by the server for a new row and
    /// sent to every desk, so a record's creation time is the same everywhere. Optional (desks
    /// before the tenth session did not send it: the server's time is used).
    std::optional<qint64> createdAt;
    /// Columns written before `hlc`, with their own clocks ({"phone": 1234}): a row's edits reach
    /// the server coalesced into one change, and each column is merged with the time it was
    /// written. Columns not listed were written at `hlc`. Optional (desks before the tenth session).
    std::map<std::string, qint64> fieldHlc;
    nlohmann::json fields = nlohmann::json::object();
};

/// A push: protocol and schema version of the desk, and the changed rows, parents first.
struct PushRequest
{
    int protocol = 0;
    int schema = 0;
    qint64 base = 0;  ///< the last pull cursor the desk applied (tells concurrent edits apart)
    std::vector<RowChange> changes;
};

} // namespace clinic::protocol
