#include "clinic/server/wireencoding.h"

#include <nlohmann/json.hpp>

namespace clinic::server {

QByteArray WireEncoding::pushAnswer(const std::vector<PushOutcome> &outcomes, qint64 revision)
{
    nlohmann::json results = nlohmann::json::array();
    for (const PushOutcome &o : outcomes) {
        nlohmann::json r = {{"table", o.table.toStdString()}, {"localId", o.localId}, {"status", o.accepted ? "accepted" : "rejected"}};
        if (o.accepted) {
            r["cloudId"] = o.cloudId;
            r["revision"] = o.revision;
        } else {
            r["code"] = o.error.code.toStdString();
            r["message"] = o.error.message.toStdString();
            if (!o.error.field.isEmpty())
                r["field"] = o.error.field.toStdString();
        }
        results.push_back(std::move(r));
    }
    const nlohmann::json body = {{"results", std::move(results)}, {"revision", revision}};
    return QByteArray::fromStdString(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
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
               + ",\"revision\":" + QByteArray::number(row.revision) + ",\"deleted\":" + (row.deleted ? "true" : "false");
        if (row.localId)
            out += ",\"localId\":" + QByteArray::number(*row.localId);
        out += ",\"fields\":" + row.fieldsJson + ",\"hlc\":" + row.hlcJson + '}';
    }
    out += "],\"next\":" + QByteArray::number(page.next) + ",\"hasMore\":" + (page.hasMore ? "true" : "false") + '}';
    return out;
}

} // namespace clinic::server
