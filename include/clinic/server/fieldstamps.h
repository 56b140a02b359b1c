#pragma once

#include <QtGlobal>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace clinic::server {

/// The write that set a column: its clock, the device that made it, and the revision that stored
/// it (0 until the push that made it is given its revision).
struct Stamp
{
    qint64 hlc = 0;
    qint64 device = 0;
    qint64 revision = 0;
    /// The later write wins: by clock, ties by device id (the same answer on every server).
    [[nodiscard]] bool newerThan(const Stamp &o) const { return hlc != o.hlc ? hlc > o.hlc : device > o.device; }
};

/// A record's per-column stamps (records.meta, S7), read from and written as their JSON text
/// without a document tree: a first upload writes a stamp for every column of every row, and
/// building and dumping them as nlohmann::json was a fifth of the server's work in a push.
///
/// Text: {"*": [hlc, device, revision], "column": [hlc, device, revision], ...}. "*" is the stamp
/// of every column that has no entry of its own: a row created by a push has only "*" (its
/// columns were all written at once), so a stored row is half the size it would be with one
/// entry per column. Rows stored before "*" existed have an entry per column, which reads the
/// same. A column the row has no value for is never asked for its stamp, so "*" covering it too
/// is harmless. A value type; no thread affinity.
class FieldStamps
{
public:
    /// Reads stored text. Entries that are not three integers are left out (as if never
    /// written), and text that is not a JSON object gives no stamps.
    static FieldStamps fromJson(std::string_view text);

    /// The stamp of `column`: its own, else "*", else a zero stamp (older than any write).
    [[nodiscard]] Stamp get(std::string_view column) const;
    /// Every column written at once (a new row): one stamp for all, no per-column entries.
    void setAll(const Stamp &stamp);
    void set(std::string_view column, const Stamp &stamp);
    /// Gives `revision` to every stamp that has none yet (the writes of the push being stored).
    void fillRevision(qint64 revision);

    /// The stored text (records.meta): "*" first when there is one, then columns in byte order.
    [[nodiscard]] std::string toJson() const;
    /// The clocks as desks receive them (records.hlc): {"*": clock, "column": other, ...}, where
    /// "*" is the clock of every column not listed.
    [[nodiscard]] std::string clocksJson() const;

private:
    std::optional<Stamp> m_all;  ///< "*"
    std::map<std::string, Stamp, std::less<>> m_stamps;
};

} // namespace clinic::server
