#include "clinic/server/wireencoding.h"

#include "clinic/protocol/jsonwriter.h"

namespace clinic::server {

QByteArray WireEncoding::pushAnswer(const std::vector<PushOutcome> &outcomes, qint64 revision)
{
    std::string text;
    text.reserve(outcomes.size() * 96 + 32);
    protocol::JsonWriter out(text);
    out.beginObject();
    out.key("results");
    out.beginArray();
    for (const PushOutcome &o : outcomes) {
        out.beginObject();
        out.key("table");
        out.string(o.table.toStdString());
        out.key("localId");
        out.integer(o.localId);
        out.key("status");
        out.string(o.accepted ? "accepted" : "rejected");
        if (o.accepted) {
            out.key("cloudId");
            out.integer(o.cloudId);
            out.key("revision");
            out.integer(o.revision);
        } else {
            out.key("code");
            out.string(o.error.code.toStdString());
            out.key("message");
            out.string(o.error.message.toStdString());
            if (!o.error.field.isEmpty()) {
                out.key("field");
                out.string(o.error.field.toStdString());
            }
        }
        out.endObject();
    }
    out.endArray();
    out.key("revision");
    out.integer(revision);
    out.endObject();
    return QByteArray(text.data(), qsizetype(text.size()));
}

/// The page as JSON text. Each row's columns and clocks are the stored JSON texts, spliced in
/// without parsing (they were produced by nlohmann::json when stored).
QByteArray WireEncoding::pullPage(const PullPage &page)
{
    QByteArray out;
    out.reserve(qsizetype(page.rows.size()) * 900 + 64);
    out += "{\"changes\":[";
    bool first = true;
    for (const PulledRow &row : page.rows) {
        if (!first)
            out += ',';
        first = false;
        out += "{\"table\":\"" + row.table.toLatin1() + "\",\"cloudId\":" + QByteArray::number(row.cloudId)
               + ",\"revision\":" + QByteArray::number(row.revision) + ",\"deleted\":" + (row.deleted ? "true" : "false")
               + ",\"createdAt\":" + QByteArray::number(row.createdAt);
        if (row.localId)
            out += ",\"localId\":" + QByteArray::number(*row.localId);
        out += ",\"fields\":" + row.fieldsJson + ",\"hlc\":" + row.hlcJson + '}';
    }
    out += "],\"next\":" + QByteArray::number(page.next) + ",\"hasMore\":" + (page.hasMore ? "true" : "false") + '}';
    return out;
}

} // namespace clinic::server
