#pragma once

namespace clinic::protocol {

/// How a column travels on the wire (JSON) and is checked on arrival.
enum class FieldType {
    Text,       ///< JSON string
    Integer,    ///< JSON integer (64-bit)
    Boolean,    ///< JSON true/false
    Timestamp,  ///< JSON integer, ms since the Unix epoch (UTC)
    Date,       ///< JSON string "yyyy-MM-dd"
    Reference,  ///< another synced row: {"cloudId": n} or {"localId": n} (the pushing device's)
};

} // namespace clinic::protocol
