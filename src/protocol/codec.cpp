#include "clinic/protocol/codec.h"

#include "clinic/protocol/jsonevents.h"
#include "clinic/protocol/schema.h"

#include <QDate>

#include <vector>

namespace clinic::protocol {
namespace {

using nlohmann::json;

WireError invalid(const QString &message, const QString &field = {})
{
    return WireError::make(400, "invalid_request", message, field);
}

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

std::optional<qint64> int64Of(const json &v)
{
    if (v.is_number_integer() && !v.is_number_unsigned())
        return v.get<qint64>();
    if (v.is_number_unsigned() && v.get<quint64>() <= quint64(std::numeric_limits<qint64>::max()))
        return qint64(v.get<quint64>());
    return std::nullopt;
}

/// Length of well-formed UTF-8 text in UTF-16 code units, as QString::size() would count it
/// (limits are in the desk's characters), without converting it.
qsizetype utf16Length(const std::string &utf8)
{
    qsizetype units = 0;
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        units += (byte & 0xC0) != 0x80 ? 1 : 0;  // every lead byte starts a code point
        units += byte >= 0xF0 ? 1 : 0;           // beyond the BMP: a surrogate pair
    }
    return units;
}

/// Builds a json document from protocol::JsonEvents' events: the body of a push read in one pass
/// (nlohmann's own parser copies every character twice on the way, a quarter of a push's work on
/// the server).
class DocumentBuilder
{
public:
    explicit DocumentBuilder(json &root) : m_root(root) {}

    bool null() { return add(nullptr); }
    bool boolean(bool value) { return add(value); }
    bool number_integer(std::int64_t value) { return add(value); }
    bool number_unsigned(std::uint64_t value) { return add(value); }
    bool number_float(double value, const std::string &) { return add(value); }
    bool string(std::string &value) { return add(std::move(value)); }
    bool key(std::string &name)
    {
        m_key = std::move(name);
        return true;
    }
    bool start_object(std::size_t) { return open(json::object()); }
    bool start_array(std::size_t) { return open(json::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

private:
    /// Places a value where the reading is: the root, the next element of an array, or the
    /// member named by the last key (a repeated key keeps its last value, as nlohmann does).
    json *place(json &&value)
    {
        if (m_stack.empty()) {
            m_root = std::move(value);
            return &m_root;
        }
        json &parent = *m_stack.back();
        if (parent.is_array()) {
            parent.push_back(std::move(value));
            return &parent.back();
        }
        json &member = parent[m_key];
        member = std::move(value);
        return &member;
    }
    bool add(json &&value)
    {
        place(std::move(value));
        return true;
    }
    bool open(json &&container)
    {
        m_stack.push_back(place(std::move(container)));
        return true;
    }
    bool close()
    {
        m_stack.pop_back();
        return true;
    }

    json &m_root;
    std::vector<json *> m_stack;  ///< open containers; their addresses stay valid (only the innermost grows)
    std::string m_key;
};

std::optional<WireError> parseChange(json &item, size_t index, RowChange &out)
{
    const QString at = QStringLiteral("changes[%1]").arg(index);
    if (!item.is_object())
        return invalid(QStringLiteral("each change is an object"), at);
    const auto table = item.find("table");
    if (table == item.end() || !table->is_string())
        return invalid(QStringLiteral("a change needs its table"), at + QStringLiteral(".table"));
    out.table = qs(table->get<std::string>());
    const auto localId = item.find("localId");
    const auto local = localId == item.end() ? std::nullopt : int64Of(*localId);
    if (!local || *local <= 0)
        return invalid(QStringLiteral("a change needs a positive localId"), at + QStringLiteral(".localId"));
    out.localId = *local;
    if (const auto cloud = item.find("cloudId"); cloud != item.end() && !cloud->is_null()) {
        const auto id = int64Of(*cloud);
        if (!id || *id <= 0)
            return invalid(QStringLiteral("cloudId must be a positive integer or null"), at + QStringLiteral(".cloudId"));
        out.cloudId = *id;
    }
    if (const auto deleted = item.find("deleted"); deleted != item.end()) {
        if (!deleted->is_boolean())
            return invalid(QStringLiteral("deleted must be true or false"), at + QStringLiteral(".deleted"));
        out.deleted = deleted->get<bool>();
    }
    const auto hlc = item.find("hlc");
    const auto stamp = hlc == item.end() ? std::nullopt : int64Of(*hlc);
    if (!stamp || *stamp <= 0)
        return invalid(QStringLiteral("a change needs its hlc timestamp"), at + QStringLiteral(".hlc"));
    out.hlc = *stamp;
    if (const auto created = item.find("createdAt"); created != item.end() && !created->is_null()) {
        const auto ms = int64Of(*created);
        if (!ms || *ms <= 0)
            return invalid(QStringLiteral("createdAt must be a positive integer (ms since the epoch) or null"), at + QStringLiteral(".createdAt"));
        out.createdAt = *ms;
    }
    if (const auto clocks = item.find("fieldHlc"); clocks != item.end() && !clocks->is_null()) {
        if (!clocks->is_object())
            return invalid(QStringLiteral("fieldHlc must be an object of positive clocks"), at + QStringLiteral(".fieldHlc"));
        for (auto it = clocks->begin(); it != clocks->end(); ++it) {
            const auto clock = int64Of(it.value());
            if (!clock || *clock <= 0)
                return invalid(QStringLiteral("fieldHlc must be an object of positive clocks"), at + QStringLiteral(".fieldHlc"));
            out.fieldHlc[it.key()] = *clock;
        }
    }
    if (const auto fields = item.find("fields"); fields != item.end()) {
        if (!fields->is_object())
            return invalid(QStringLiteral("fields must be an object"), at + QStringLiteral(".fields"));
        out.fields = std::move(*fields);  // the document is dropped after parsing
    }
    return std::nullopt;
}

} // namespace

std::variant<PushRequest, WireError> Codec::parsePush(const QByteArray &body, const Limits &limits)
{
    json doc;
    DocumentBuilder builder(doc);
    if (!JsonEvents<DocumentBuilder>(body.constData(), body.constData() + body.size(), builder).read())
        return WireError::make(400, "invalid_json", QStringLiteral("The body is not valid JSON (or not UTF-8)."));
    if (!doc.is_object())
        return invalid(QStringLiteral("The body must be a JSON object."));
    PushRequest request;
    const auto protocolIt = doc.find("protocol");
    const auto schemaIt = doc.find("schema");
    // -1: missing or not an integer (plain values: GCC 12 -O2 misreads two optionals here).
    const qint64 protocolVersion = protocolIt == doc.end() ? -1 : int64Of(*protocolIt).value_or(-1);
    const qint64 schemaVersion = schemaIt == doc.end() ? -1 : int64Of(*schemaIt).value_or(-1);
    if (protocolVersion < 0 || protocolVersion > 1'000'000 || schemaVersion < 0 || schemaVersion > 1'000'000)
        return invalid(QStringLiteral("protocol and schema versions are required integers"), QStringLiteral("protocol"));
    request.protocol = int(protocolVersion);
    request.schema = int(schemaVersion);
    if (const auto baseIt = doc.find("base"); baseIt != doc.end()) {
        const auto base = int64Of(*baseIt);
        if (!base || *base < 0)
            return invalid(QStringLiteral("base must be a cursor >= 0"), QStringLiteral("base"));
        request.base = *base;
    }
    const auto changes = doc.find("changes");
    if (changes == doc.end() || !changes->is_array())
        return invalid(QStringLiteral("changes must be an array"), QStringLiteral("changes"));
    if (changes->size() > size_t(limits.maxRows))
        return WireError::make(413, "too_many_rows",
                               QStringLiteral("At most %1 rows per push; send the rest in another push.").arg(limits.maxRows),
                               QStringLiteral("changes"));
    request.changes.reserve(changes->size());
    for (size_t i = 0; i < changes->size(); ++i) {
        RowChange change;
        if (auto error = parseChange((*changes)[i], i, change))
            return *error;
        request.changes.push_back(std::move(change));
    }
    return request;
}

std::optional<WireError> Codec::validateValue(const FieldSpec &spec, const json &value, const QString &path)
{
    const auto bad = [&](const QString &why) { return WireError::make(400, "invalid_value", why, path); };
    if (value.is_null()) {
        if (spec.nullable)
            return std::nullopt;
        return bad(QStringLiteral("%1 cannot be empty").arg(spec.name));
    }
    switch (spec.type) {
    case FieldType::Text: {
        if (!value.is_string())
            return bad(QStringLiteral("%1 must be text").arg(spec.name));
        const std::string &text = value.get_ref<const std::string &>();
        const int max = spec.maxLength > 0 ? spec.maxLength : Schema::kMaxText;
        if (utf16Length(text) > max)
            return bad(QStringLiteral("%1 is longer than %2 characters").arg(spec.name).arg(max));
        if (!spec.allowed.isEmpty() && !spec.allowed.contains(qs(text)))
            return bad(QStringLiteral("%1 must be one of: %2").arg(spec.name, spec.allowed.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    case FieldType::Integer:
    case FieldType::Timestamp: {
        const auto n = int64Of(value);
        if (!n)
            return bad(QStringLiteral("%1 must be an integer").arg(spec.name));
        if ((spec.min && *n < *spec.min) || (spec.max && *n > *spec.max))
            return bad(QStringLiteral("%1 is out of range").arg(spec.name));
        return std::nullopt;
    }
    case FieldType::Boolean:
        if (!value.is_boolean())
            return bad(QStringLiteral("%1 must be true or false").arg(spec.name));
        return std::nullopt;
    case FieldType::Date: {
        if (!value.is_string() || !QDate::fromString(qs(value.get<std::string>()), Qt::ISODate).isValid())
            return bad(QStringLiteral("%1 must be a date yyyy-MM-dd").arg(spec.name));
        return std::nullopt;
    }
    case FieldType::Reference: {
        if (!value.is_object() || value.size() != 1)
            return bad(QStringLiteral("%1 must be {\"cloudId\": n} or {\"localId\": n}").arg(spec.name));
        const auto it = value.begin();
        const auto id = int64Of(it.value());
        if ((it.key() != "cloudId" && it.key() != "localId") || !id || *id <= 0)
            return bad(QStringLiteral("%1 must be {\"cloudId\": n} or {\"localId\": n}").arg(spec.name));
        return std::nullopt;
    }
    }
    return bad(QStringLiteral("unsupported type"));
}

std::optional<WireError> Codec::validateRow(const RowChange &change, bool isNew)
{
    const TableSpec *table = Schema::instance().table(change.table);
    if (!table)
        return WireError::make(400, "unknown_table", QStringLiteral("There is no synced table '%1'.").arg(change.table),
                               QStringLiteral("table"));
    for (auto it = change.fields.begin(); it != change.fields.end(); ++it) {
        const FieldSpec *spec = table->field(std::string_view(it.key()));
        if (!spec) {
            const QString name = qs(it.key());
            return WireError::make(400, "unknown_field",
                                   QStringLiteral("Table %1 has no column '%2'.").arg(change.table, name), name);
        }
        if (auto error = validateValue(*spec, it.value(), spec->name))
            return error;
    }
    if (isNew && !change.deleted) {
        for (const FieldSpec &spec : table->fields) {
            if (!spec.nullable && !spec.optionalOnCreate && !change.fields.contains(spec.key))
                return WireError::make(400, "missing_field",
                                       QStringLiteral("A new %1 row needs '%2'.").arg(change.table, spec.name), spec.name);
        }
    }
    return std::nullopt;
}

QByteArray Codec::errorBody(const WireError &error)
{
    json body = {{"error", {{"code", error.code.toStdString()}, {"message", error.message.toStdString()}}}};
    if (!error.field.isEmpty())
        body["error"]["field"] = error.field.toStdString();
    return QByteArray::fromStdString(body.dump(-1, ' ', false, json::error_handler_t::replace));
}

} // namespace clinic::protocol
