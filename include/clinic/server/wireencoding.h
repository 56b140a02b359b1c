#pragma once

#include "clinic/server/storetypes.h"

#include <QByteArray>

#include <vector>

namespace clinic::server {

/// The JSON bodies the server answers with, in one place (used by HttpApi; the desk's sync layer
/// reads them). Stateless and thread-safe.
class WireEncoding
{
public:
    /// {"results": [...], "revision": n} for a push (docs/sync-protocol.md §3).
    static QByteArray pushAnswer(const std::vector<PushOutcome> &outcomes, qint64 revision);
    /// {"changes": [...], "next": n, "hasMore": b}; rows' stored JSON is spliced in, not re-parsed.
    static QByteArray pullPage(const PullPage &page);
};

} // namespace clinic::server
