#include "clinic/protocol/codec.h"

#include "clinic/protocol/schema.h"

#include <QDate>

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

std::optional<WireError> parseChange(const json &item, size_t index, RowChange &out)
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
    if (const auto fields = item.find("fields"); fields != item.end()) {
        if (!fields->is_object())
            return invalid(QStringLiteral("fields must be an object"), at + QStringLiteral(".fields"));
        out.fields = *fields;
    }
    return std::nullopt;
}

} // namespace

std::variant<PushRequest, WireError> Codec::parsePush(const QByteArray &body, const Limits &limits)
{
    const json doc = json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    if (doc.is_discarded())
        return WireError::make(400, "invalid_json", QStringLiteral("The body is not valid JSON (or not UTF-8)."));
    if (!doc.is_object())
        return invalid(QStringLiteral("The body must be a JSON object."));
    PushRequest request;
    const auto protocolIt = doc.find("protocol");
    const auto schemaIt = doc.find("schema");
    const auto protocolVersion = protocolIt == doc.end() ? std::nullopt : int64Of(*protocolIt);
    const auto schemaVersion = schemaIt == doc.end() ? std::nullopt : int64Of(*schemaIt);
    if (!protocolVersion || !schemaVersion || *protocolVersion < 0 || *protocolVersion > 1'000'000
        || *schemaVersion < 0 || *schemaVersion > 1'000'000)
        return invalid(QStringLiteral("protocol and schema versions are required integers"), QStringLiteral("protocol"));
    request.protocol = int(*protocolVersion);
    request.schema = int(*schemaVersion);
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
        const QString text = qs(value.get<std::string>());
        const int max = spec.maxLength > 0 ? spec.maxLength : Schema::kMaxText;
        if (text.size() > max)
            return bad(QStringLiteral("%1 is longer than %2 characters").arg(spec.name).arg(max));
        if (!spec.allowed.isEmpty() && !spec.allowed.contains(text))
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
        const QString name = qs(it.key());
        const FieldSpec *spec = table->field(name);
        if (!spec)
            return WireError::make(400, "unknown_field",
                                   QStringLiteral("Table %1 has no column '%2'.").arg(change.table, name), name);
        if (auto error = validateValue(*spec, it.value(), name))
            return error;
    }
    if (isNew && !change.deleted) {
        for (const FieldSpec &spec : table->fields) {
            if (!spec.nullable && !spec.optionalOnCreate && !change.fields.contains(spec.name.toStdString()))
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

QByteArray Codec::encodePush(const PushRequest &request)
{
    json changes = json::array();
    for (const RowChange &change : request.changes)
        changes.push_back(toJson(change));
    const json body = {{"protocol", request.protocol}, {"schema", request.schema}, {"base", request.base}, {"changes", std::move(changes)}};
    return QByteArray::fromStdString(body.dump(-1, ' ', false, json::error_handler_t::replace));
}

json Codec::toJson(const RowChange &change)
{
    json j = {{"table", change.table.toStdString()}, {"localId", change.localId}, {"deleted", change.deleted},
              {"hlc", change.hlc}, {"fields", change.fields}};
    j["cloudId"] = change.cloudId ? json(*change.cloudId) : json(nullptr);
    return j;
}

} // namespace clinic::protocol
