#pragma once

#include "clinic/protocol/rowchange.h"
#include "clinic/protocol/tablespec.h"
#include "clinic/protocol/wireerror.h"

#include <QByteArray>

#include <optional>
#include <variant>

namespace clinic::protocol {

/// Parsing and validation of wire messages, in one place for the desk and the server.
/// Never throws: malformed input becomes a WireError. Stateless and thread-safe.
///
/// Envelope keys this version does not know are ignored (a newer desk may send more); a column a
/// table does not have is an error of that row (`unknown_field`), because storing it would lose
/// data silently.
class Codec
{
public:
    struct Limits
    {
        int maxRows = 1000;
    };

    /// Parses a push body. Errors: invalid_json, invalid_request, too_many_rows.
    static std::variant<PushRequest, WireError> parsePush(const QByteArray &body, const Limits &limits);
    /// Checks one row against its table: unknown_table, unknown_field, invalid_value,
    /// missing_field (a new row must carry every non-nullable column).
    static std::optional<WireError> validateRow(const RowChange &change, bool isNew);
    /// Checks one value against its column spec; `path` names it in the error.
    static std::optional<WireError> validateValue(const FieldSpec &spec, const nlohmann::json &value,
                                                  const QString &path);

    static QByteArray errorBody(const WireError &error);
    // Push bodies are written by the desk (sync::OutboxPush, straight from its columns).
};

} // namespace clinic::protocol
