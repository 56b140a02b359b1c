#include "clinic/sync/pulledpage.h"

#include "clinic/protocol/jsonevents.h"

#include <nlohmann/json.hpp>

#include <limits>

// GCC 12 at -O2 reports moving the trivially-copyable alternatives of WireValue (when the row's
// field vector grows) as "may be used uninitialized"; a known false positive for std::variant.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

namespace clinic::sync {
namespace {

using nlohmann::json;

/// Reads a page event by event (protocol::JsonEvents) into PulledPage. Where it is inside the document is a stack of
/// contexts; the key just read belongs to the innermost object. Returning false stops the parse
/// (a value of the wrong type for a key the desk uses).
class PageReader final : public nlohmann::json_sax<json>
{
public:
    explicit PageReader(PulledPage &page) : m_page(page) {}

    [[nodiscard]] bool sawChanges() const { return m_sawChanges; }
    [[nodiscard]] bool sawNext() const { return m_sawNext; }

    bool null() override { return scalar(nullptr); }
    bool boolean(bool value) override { return scalar(value); }
    bool number_integer(number_integer_t value) override { return scalar(qint64(value)); }
    bool number_unsigned(number_unsigned_t value) override
    {
        if (value > number_unsigned_t(std::numeric_limits<qint64>::max()))
            return scalar(Unreadable{});
        return scalar(qint64(value));
    }
    bool number_float(number_float_t, const string_t &) override { return scalar(Unreadable{}); }
    bool string(string_t &value) override { return scalar(std::move(value)); }
    bool binary(binary_t &) override { return scalar(Unreadable{}); }

    bool start_object(std::size_t) override
    {
        if (m_stack.empty())
            return enter(Context::Page);
        switch (m_stack.back()) {
        case Context::Changes:
            m_row = PulledRow{};
            return enter(Context::Row);
        case Context::Row:
            return enter(m_key == "fields" ? Context::Fields : Context::Skip);
        case Context::Fields:
            m_refField = std::move(m_key);  // the keys inside would overwrite it
            m_ref = CloudRef{};
            m_refReadable = true;
            m_refHasId = false;
            return enter(Context::Ref);
        case Context::Page:
            if (m_key == "changes")
                return false;  // must be an array
            return enter(Context::Skip);
        case Context::Ref:
            m_refReadable = m_refReadable && m_key != "cloudId";  // other keys: skipped
            return enter(Context::Skip);
        case Context::Skip:
            return enter(Context::Skip);
        }
        return false;
    }

    bool end_object() override
    {
        const Context closing = m_stack.back();
        m_stack.pop_back();
        if (closing == Context::Row)
            m_page.changes.push_back(std::move(m_row));
        else if (closing == Context::Ref)
            m_row.fields.emplace_back(std::move(m_refField), m_refReadable && m_refHasId ? WireValue(m_ref) : WireValue(Unreadable{}));
        return true;
    }

    bool start_array(std::size_t) override
    {
        if (m_stack.empty())
            return false;  // a page is an object
        switch (m_stack.back()) {
        case Context::Page:
            if (m_key == "changes") {
                m_sawChanges = true;
                return enter(Context::Changes);
            }
            return enter(Context::Skip);
        case Context::Fields:
            addField(Unreadable{});
            return enter(Context::Skip);
        case Context::Ref:
            m_refReadable = m_refReadable && m_key != "cloudId";  // other keys: skipped
            return enter(Context::Skip);
        case Context::Row:
        case Context::Changes:
        case Context::Skip:
            return enter(Context::Skip);
        }
        return false;
    }

    bool end_array() override
    {
        m_stack.pop_back();
        return true;
    }

    bool key(string_t &value) override
    {
        m_key = std::move(value);
        return true;
    }

    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &) override { return false; }

private:
    enum class Context { Page, Changes, Row, Fields, Ref, Skip };

    bool enter(Context context)
    {
        m_stack.push_back(context);
        return true;
    }

    void addField(WireValue value) { m_row.fields.emplace_back(std::move(m_key), std::move(value)); }

    bool scalar(WireValue value)
    {
        if (m_stack.empty())
            return false;  // a page is an object
        switch (m_stack.back()) {
        case Context::Page:
            if (m_key == "next") {
                m_sawNext = true;
                return readInt(value, m_page.next);
            }
            if (m_key == "hasMore")
                return readBool(value, m_page.hasMore);
            return true;
        case Context::Row:
            if (m_key == "table") {
                if (auto *text = std::get_if<std::string>(&value)) {
                    m_row.table = std::move(*text);
                    return true;
                }
                return false;
            }
            if (m_key == "cloudId")
                return readInt(value, m_row.cloudId);
            if (m_key == "localId") {
                qint64 id = 0;
                if (!readInt(value, id))
                    return false;
                m_row.localId = id;
                return true;
            }
            if (m_key == "deleted")
                return readBool(value, m_row.deleted);
            if (m_key == "createdAt") {
                qint64 ms = 0;
                if (!readInt(value, ms))
                    return false;
                if (ms > 0)
                    m_row.createdAt = ms;
                return true;
            }
            return true;
        case Context::Fields:
            addField(std::move(value));
            return true;
        case Context::Ref:
            if (m_key == "cloudId") {
                if (const auto *number = std::get_if<qint64>(&value)) {
                    m_ref.cloudId = *number;
                    m_refHasId = true;
                } else
                    m_refReadable = false;
            }
            return true;
        case Context::Changes:  // not a row: nothing to apply
        case Context::Skip:
            return true;
        }
        return false;
    }

    static bool readInt(const WireValue &value, qint64 &out)
    {
        if (const auto *number = std::get_if<qint64>(&value)) {
            out = *number;
            return true;
        }
        return false;
    }

    static bool readBool(const WireValue &value, bool &out)
    {
        if (const auto *flag = std::get_if<bool>(&value)) {
            out = *flag;
            return true;
        }
        return false;
    }

    PulledPage &m_page;
    std::vector<Context> m_stack;
    std::string m_key;
    PulledRow m_row;
    std::string m_refField;  ///< the field whose reference object is being read
    CloudRef m_ref;
    bool m_refReadable = true;
    bool m_refHasId = false;
    bool m_sawChanges = false;
    bool m_sawNext = false;
};

} // namespace

domain::Error PulledPage::unreadable()
{
    return domain::Error(domain::ErrorCode::Validation, QStringLiteral("the server sent a page this desk cannot read"));
}

domain::Result<PulledPage> PulledPage::parse(const QByteArray &body)
{
    PulledPage page;
    PageReader reader(page);
    // Strict: nothing but whitespace may follow the page (a body with garbage after it is refused).
    const bool parsed = protocol::JsonEvents<PageReader>(body.constBegin(), body.constEnd(), reader).read();
    if (!parsed || !reader.sawChanges() || !reader.sawNext())
        return unreadable();
    return page;
}

domain::Result<PulledRow> PulledPage::parseRow(const QByteArray &rowJson)
{
    auto page = parse("{\"changes\":[" + rowJson + "],\"next\":0}");
    if (!page || page.value().changes.size() != 1)
        return unreadable();
    return std::move(page.value().changes.front());
}

std::string PulledRow::toJson() const
{
    json fieldsJson = json::object();
    for (const auto &[name, value] : fields) {
        json &out = fieldsJson[name];
        std::visit(
            [&out](const auto &v) {
                using T = std::decay_t<decltype(v)>;
                if constexpr (std::is_same_v<T, CloudRef>)
                    out = json{{"cloudId", v.cloudId}};
                else if constexpr (std::is_same_v<T, Unreadable>)
                    out = json::array();  // read back as Unreadable again
                else
                    out = v;
            },
            value);
    }
    json row = {{"table", table}, {"cloudId", cloudId}, {"deleted", deleted}, {"fields", std::move(fieldsJson)}};
    if (localId)
        row["localId"] = *localId;
    if (createdAt)
        row["createdAt"] = *createdAt;
    return row.dump();
}

} // namespace clinic::sync
