#include "clinic/server/fieldstamps.h"

#include "clinic/protocol/jsonevents.h"
#include "clinic/protocol/jsonwriter.h"

#include <limits>
#include <vector>

namespace clinic::server {
namespace {

/// Reads {"column": [a, b, c], ...}: at depth 1 a key names the column, at depth 2 three
/// integers make its stamp; anything else is passed over.
class StampsReader
{
public:
    StampsReader(std::optional<Stamp> &all, std::map<std::string, Stamp, std::less<>> &out) : m_all(all), m_out(out) {}

    bool key(std::string &name)
    {
        if (m_depth == 1)
            m_column = std::move(name);
        return true;
    }
    bool start_object(std::size_t)
    {
        if (m_depth == 0)
            m_isObject = true;
        ++m_depth;
        return true;
    }
    bool end_object()
    {
        --m_depth;
        return true;
    }
    bool start_array(std::size_t)
    {
        ++m_depth;
        m_values.clear();
        m_intsOnly = true;
        return true;
    }
    bool end_array()
    {
        --m_depth;
        if (m_depth == 1 && m_intsOnly && m_values.size() == 3) {
            const Stamp stamp{m_values[0], m_values[1], m_values[2]};
            if (m_column == "*")
                m_all = stamp;
            else
                m_out[m_column] = stamp;
        }
        m_intsOnly = false;  // an array nested deeper does not make its parent's stamp
        return true;
    }
    bool number_integer(std::int64_t value) { return integer(value); }
    bool number_unsigned(std::uint64_t value)
    {
        if (value > std::uint64_t(std::numeric_limits<qint64>::max()))
            return other();
        return integer(qint64(value));
    }
    bool number_float(double, const std::string &) { return other(); }
    bool null() { return other(); }
    bool boolean(bool) { return other(); }
    bool string(std::string &) { return other(); }

    [[nodiscard]] bool isObject() const { return m_isObject; }

private:
    bool integer(qint64 value)
    {
        if (m_depth == 2)
            m_values.push_back(value);
        return true;
    }
    bool other()
    {
        m_intsOnly = false;
        return true;
    }

    std::optional<Stamp> &m_all;
    std::map<std::string, Stamp, std::less<>> &m_out;
    std::string m_column;
    std::vector<qint64> m_values;
    int m_depth = 0;
    bool m_intsOnly = false;
    bool m_isObject = false;
};

} // namespace

FieldStamps FieldStamps::fromJson(std::string_view text)
{
    FieldStamps stamps;
    StampsReader reader(stamps.m_all, stamps.m_stamps);
    if (!protocol::JsonEvents<StampsReader>(text.data(), text.data() + text.size(), reader).read() || !reader.isObject())
        stamps = FieldStamps();
    return stamps;
}

Stamp FieldStamps::get(std::string_view column) const
{
    const auto it = m_stamps.find(column);
    if (it != m_stamps.end())
        return it->second;
    return m_all.value_or(Stamp{});
}

void FieldStamps::setAll(const Stamp &stamp)
{
    m_all = stamp;
    m_stamps.clear();
}

void FieldStamps::set(std::string_view column, const Stamp &stamp)
{
    const auto it = m_stamps.find(column);
    if (it != m_stamps.end())
        it->second = stamp;
    else
        m_stamps.emplace(std::string(column), stamp);
}

void FieldStamps::fillRevision(qint64 revision)
{
    if (m_all && m_all->revision == 0)
        m_all->revision = revision;
    for (auto &[column, stamp] : m_stamps) {
        if (stamp.revision == 0)
            stamp.revision = revision;
    }
}

std::string FieldStamps::toJson() const
{
    std::string out;
    out.reserve(m_stamps.size() * 48 + 48);
    protocol::JsonWriter w(out);
    const auto write = [&w](std::string_view column, const Stamp &stamp) {
        w.key(column);
        w.beginArray();
        w.integer(stamp.hlc);
        w.integer(stamp.device);
        w.integer(stamp.revision);
        w.endArray();
    };
    w.beginObject();
    if (m_all)
        write("*", *m_all);
    for (const auto &[column, stamp] : m_stamps)
        write(column, stamp);
    w.endObject();
    return out;
}

std::string FieldStamps::clocksJson() const
{
    // "*": the clock of the unlisted columns: "*"'s own when there is one, else the latest.
    qint64 all = m_all ? m_all->hlc : 0;
    if (!m_all) {
        for (const auto &[column, stamp] : m_stamps)
            all = std::max(all, stamp.hlc);
    }
    std::string out;
    protocol::JsonWriter w(out);
    w.beginObject();
    w.key("*");
    w.integer(all);
    for (const auto &[column, stamp] : m_stamps) {
        if (stamp.hlc != all) {
            w.key(column);
            w.integer(stamp.hlc);
        }
    }
    w.endObject();
    return out;
}

} // namespace clinic::server
