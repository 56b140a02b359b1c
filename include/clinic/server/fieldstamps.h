#pragma once

#include <QtGlobal>

#include <functional>
#include <map>
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
/// {"column": [hlc, device, revision], ...} without a document tree: a first upload writes one
/// per column of every row, and building and dumping them as nlohmann::json was a fifth of the
/// server's work in a push. A value type; no thread affinity.
class FieldStamps
{
public:
    /// Reads stored text. Entries that are not three integers are left out (as if never
    /// written), and text that is not a JSON object gives no stamps.
    static FieldStamps fromJson(std::string_view text);

    /// The stamp of `column`, or a zero stamp (older than any write) when it has none.
    [[nodiscard]] Stamp get(std::string_view column) const;
    void set(std::string_view column, const Stamp &stamp);
    /// Gives `revision` to every stamp that has none yet (the writes of the push being stored).
    void fillRevision(qint64 revision);

    /// {"column":[hlc,device,revision],...}, columns in byte order, as stored in records.meta.
    [[nodiscard]] std::string toJson() const;
    /// The clocks as desks receive them (records.hlc): {"*": latest, "column": other, ...}, a
    /// column listed only when its clock differs from the latest.
    [[nodiscard]] std::string clocksJson() const;

private:
    std::map<std::string, Stamp, std::less<>> m_stamps;
};

} // namespace clinic::server
