#pragma once

#include "clinic/domain/result.h"

#include <QByteArray>

#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace clinic::sync {

/// A reference as the feed sends it: {"cloudId": N}.
struct CloudRef
{
    qint64 cloudId = 0;
};

/// A field value as the feed sends it. `Unreadable` stands for a value of no wire type (an array,
/// an object that is not a reference): applying it refuses the page.
struct Unreadable
{
};
using WireValue = std::variant<std::nullptr_t, bool, qint64, std::string, CloudRef, Unreadable>;

/// One row of the change feed, as much of it as the desk uses.
struct PulledRow
{
    std::string table;
    qint64 cloudId = 0;
    std::optional<qint64> localId;  ///< present on our own rows (the server's id map)
    std::optional<qint64> createdAt;  ///< when the row was created (ms); absent from servers before the tenth session
    bool deleted = false;
    std::vector<std::pair<std::string, WireValue>> fields;  ///< as sent, unknown names included

    /// The row as JSON again (a row waiting for its parent is kept so in sync_deferred).
    [[nodiscard]] std::string toJson() const;
};

/// A page of the change feed (the body of a 200 from /v1/pull), read in one pass straight into
/// rows: no JSON document tree is built (building and freeing one was a third of applying a
/// page). Keys the desk does not know are skipped, so a newer server may add some.
struct PulledPage
{
    std::vector<PulledRow> changes;
    qint64 next = 0;
    bool hasMore = false;

    /// Refuses (Validation) what is not a page: not JSON, no "changes" array, no "next" number,
    /// or a row value of the wrong type for its key.
    static domain::Result<PulledPage> parse(const QByteArray &body);
    /// One row kept by PulledRow::toJson().
    static domain::Result<PulledRow> parseRow(const QByteArray &rowJson);
    /// The refusal of a page (or of a value in it) the desk cannot read.
    static domain::Error unreadable();
};

} // namespace clinic::sync
