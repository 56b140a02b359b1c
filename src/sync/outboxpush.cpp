#include "clinic/sync/outboxpush.h"

#include "clinic/domain/hlctimestamp.h"
#include "clinic/protocol/jsonevents.h"
#include "clinic/protocol/jsonwriter.h"
#include "clinic/protocol/schema.h"
#include "clinic/storage/connection.h"
#include "clinic/storage/directstatement.h"
#include "clinic/storage/writetransaction.h"

#include <QDateTime>
#include <QSqlRecord>

#include <algorithm>
#include <limits>
#include <map>
#include <unordered_map>

namespace clinic::sync {
namespace {

domain::Error storageError(const char *what, const storage::DirectStatement &statement)
{
    return domain::Error(domain::ErrorCode::Storage, QStringLiteral("%1 failed: %2").arg(QLatin1String(what), statement.error()));
}

struct PendingRow
{
    const protocol::TableSpec *spec = nullptr;  ///< null: a table the wire does not know (not sent)
    qint64 rowId = 0;
    quint64 fields = 0;  ///< bit i set: spec->fields[i] changed (SchemaLimits test: <= 64 fields)
    bool deleted = false;
    qint64 capturedAt = 0;
    qint64 lastSeq = 0;
    /// Per field (spec->fields order): the clock of the last entry that named it, 0 = none did.
    /// A row's entries coalesce into one change, but each column keeps the time it was written:
    /// the server merges column by column, and a column written long ago must not win over
    /// another desk's later write because this desk changed some other column since.
    std::vector<qint64> fieldClocks{};
    qint64 firstClock = 0;   ///< the clock of the row's first entry in this push
    bool sawInsert = false;  ///< one of them created the row (its columns' times are all known)
};

/// Per table, worked out once per push: its name as UTF-8 and the statement that reads a row as
/// `cloud_id, deleted_at, spec->fields...` (NULL for a field with no local column).
struct TableColumns
{
    std::string name;
    QString select;
};

/// Reads an outbox entry's changed columns (["name","phone"]) into a bit set; anything else in
/// the text is ignored (an entry the desk wrote itself; a damaged one marks nothing).
class FieldNamesReader
{
public:
    FieldNamesReader(const protocol::TableSpec &spec, quint64 &mask) : m_spec(spec), m_mask(mask) {}

    bool string(std::string &name)
    {
        if (m_depth == 1) {
            if (const protocol::FieldSpec *field = m_spec.field(std::string_view(name)))
                m_mask |= quint64(1) << (field - m_spec.fields.constData());
        }
        return true;
    }
    bool start_array(std::size_t) { return ++m_depth > 0; }
    bool end_array() { return --m_depth >= 0; }
    bool start_object(std::size_t) { return ++m_depth > 0; }
    bool end_object() { return --m_depth >= 0; }
    bool key(std::string &) { return true; }
    bool null() { return true; }
    bool boolean(bool) { return true; }
    bool number_integer(std::int64_t) { return true; }
    bool number_unsigned(std::uint64_t) { return true; }
    bool number_float(double, const std::string &) { return true; }

private:
    const protocol::TableSpec &m_spec;
    quint64 &m_mask;
    int m_depth = 0;
};

/// What the answer says about one row.
struct AnswerRow
{
    bool accepted = false;
    qint64 cloudId = 0;
    std::string code;
    std::string field;
    std::string message;
};

/// Reads the answer of a push, {"results": [{"status", "cloudId", "code", "message", ...}, ...],
/// ...}, event by event (protocol::JsonEvents). Keys it does not use are skipped whatever they
/// hold; a key it uses with a value of the wrong type refuses the whole answer.
class AnswerReader
{
public:
    std::vector<AnswerRow> rows;
    bool sawResults = false;

    bool null() { return scalar(Value::Null); }
    bool boolean(bool) { return scalar(Value::Other); }
    bool number_integer(std::int64_t value) { return scalar(Value::Integer, value); }
    bool number_unsigned(std::uint64_t value)
    {
        if (value > std::uint64_t(std::numeric_limits<qint64>::max()))
            return scalar(Value::Other);
        return scalar(Value::Integer, qint64(value));
    }
    bool number_float(double, const std::string &) { return scalar(Value::Other); }
    bool string(std::string &text) { return scalar(Value::String, 0, &text); }
    bool key(std::string &name)
    {
        m_key = std::move(name);
        return true;
    }
    bool start_object(std::size_t)
    {
        if (m_stack.empty())
            return enter(Context::Top);
        switch (m_stack.back()) {
        case Context::Results:
            rows.emplace_back();
            return enter(Context::Result);
        case Context::Top:
        case Context::Result:
            return !used() && enter(Context::Skip);
        case Context::Skip:
            return enter(Context::Skip);
        }
        return false;
    }
    bool start_array(std::size_t)
    {
        if (m_stack.empty())
            return false;  // the answer is an object
        switch (m_stack.back()) {
        case Context::Top:
            if (m_key == "results") {
                sawResults = true;
                return enter(Context::Results);
            }
            return enter(Context::Skip);
        case Context::Results:
            return false;  // each result is an object
        case Context::Result:
            return !used() && enter(Context::Skip);
        case Context::Skip:
            return enter(Context::Skip);
        }
        return false;
    }
    bool end_object() { return leave(); }
    bool end_array() { return leave(); }

private:
    enum class Context { Top, Results, Result, Skip };
    enum class Value { Null, Integer, String, Other };

    bool enter(Context context)
    {
        m_stack.push_back(context);
        return true;
    }
    bool leave()
    {
        m_stack.pop_back();
        return true;
    }
    /// Whether the current key, inside a result (or "results" at the top), is one this reads.
    [[nodiscard]] bool used() const
    {
        if (m_stack.back() == Context::Top)
            return m_key == "results";
        return m_key == "status" || m_key == "cloudId" || m_key == "code" || m_key == "field" || m_key == "message";
    }

    bool scalar(Value type, qint64 integer = 0, std::string *text = nullptr)
    {
        if (m_stack.empty() || m_stack.back() == Context::Results)
            return false;  // a bare value, or a result that is not an object
        if (m_stack.back() != Context::Result)
            return m_stack.back() == Context::Skip || !used();
        AnswerRow &row = rows.back();
        if (m_key == "status") {
            if (type != Value::String)
                return false;
            row.accepted = *text == "accepted";
        } else if (m_key == "cloudId") {
            if (type != Value::Integer)
                return false;
            row.cloudId = integer;
        } else if (m_key == "code" || m_key == "field" || m_key == "message") {
            if (type != Value::String)
                return false;
            (m_key == "code" ? row.code : m_key == "field" ? row.field : row.message) = std::move(*text);
        }
        return true;
    }

    std::vector<Context> m_stack;
    std::string m_key;
};

} // namespace

domain::Result<OutboxPush> OutboxPush::prepare(storage::Connection &connection, int maxRows, int schemaVersion, qint64 afterSeq)
{
    const QSqlDatabase db = connection.database();
    std::unordered_map<const protocol::TableSpec *, TableColumns> tables;
    const auto columnsOf = [&](const protocol::TableSpec &spec) -> TableColumns & {
        auto [it, added] = tables.try_emplace(&spec);
        if (added)
            it->second.name = spec.name.toStdString();
        return it->second;
    };

    // Coalesce per row, in order of first appearance, until maxRows rows.
    std::map<std::pair<QString, qint64>, PendingRow> rows;
    OutboxPush push;
    push.schemaVersion = schemaVersion;
    push.maxSeq = afterSeq;
    {
        storage::DirectStatement outbox(db, QStringLiteral("SELECT seq, table_name, row_id, op, fields, captured_at FROM sync_outbox "
                                                           "WHERE seq > ? ORDER BY seq"));
        outbox.bindInt64(1, afterSeq);
        while (outbox.step()) {
            const std::string_view table = outbox.text(1);
            const std::pair<QString, qint64> key{QString::fromUtf8(table.data(), qsizetype(table.size())), outbox.int64(2)};
            auto it = rows.find(key);
            if (it == rows.end()) {
                if (int(rows.size()) >= maxRows)
                    break;
                it = rows.emplace(key, PendingRow{protocol::Schema::instance().table(key.first), key.second}).first;
            }
            PendingRow &row = it->second;
            const qint64 clock = domain::HlcTimestamp{outbox.int64(5), quint32(outbox.int64(0) & 0xFFFF)}.pack();
            if (row.firstClock == 0)
                row.firstClock = clock;
            if (row.spec) {
                const std::string_view names = outbox.text(4);
                quint64 named = 0;
                FieldNamesReader reader(*row.spec, named);
                (void)protocol::JsonEvents<FieldNamesReader>(names.data(), names.data() + names.size(), reader).read();
                row.fields |= named;
                row.fieldClocks.resize(size_t(row.spec->fields.size()), 0);
                for (qsizetype i = 0; i < row.spec->fields.size(); ++i) {  // <= 64 fields: no shift past the word
                    if (named & (quint64(1) << i))
                        row.fieldClocks[size_t(i)] = clock;
                }
            }
            row.deleted = row.deleted || outbox.text(3) == "delete";
            row.sawInsert = row.sawInsert || outbox.text(3) == "insert";
            row.capturedAt = std::max(row.capturedAt, outbox.int64(5));
            row.lastSeq = outbox.int64(0);
            push.maxSeq = row.lastSeq;
        }
        if (!outbox.ok())
            return storageError("read outbox", outbox);
    }

    std::vector<const PendingRow *> ordered;
    for (const auto &[key, row] : rows) {
        if (row.spec)
            ordered.push_back(&row);  // a table the wire does not know is not sent
    }
    std::sort(ordered.begin(), ordered.end(), [](const PendingRow *a, const PendingRow *b) {
        return a->spec->rank != b->spec->rank ? a->spec->rank < b->spec->rank
             : a->spec != b->spec             ? a->spec->name < b->spec->name
                                              : a->rowId < b->rowId;
    });

    push.rows.reserve(ordered.size());
    push.changes.reserve(ordered.size() * 700);
    protocol::JsonWriter out(push.changes);
    out.beginArray();
    for (const PendingRow *row : ordered) {
        const protocol::TableSpec &spec = *row->spec;
        TableColumns &columns = columnsOf(spec);
        if (columns.select.isEmpty()) {
            const QSqlRecord local = db.record(spec.name);
            QStringList names{QStringLiteral("cloud_id"), QStringLiteral("deleted_at"), QStringLiteral("created_at")};
            for (const protocol::FieldSpec &field : spec.fields)
                names << (local.contains(field.name) ? field.name : QStringLiteral("NULL"));
            columns.select = QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(names.join(QStringLiteral(", ")), spec.name);
        }
        storage::DirectStatement current(db, columns.select);
        current.bindInt64(1, row->rowId);
        if (!current.step()) {
            if (!current.ok())
                return storageError("read row", current);
            continue;  // cannot happen (no hard deletes); nothing to send
        }
        const bool mapped = !current.isNull(0);
        push.rows.push_back(Row{spec.name, row->rowId, mapped});
        out.beginObject();
        out.key("table");
        out.string(columns.name);
        out.key("localId");
        out.integer(row->rowId);
        out.key("cloudId");
        if (mapped)
            out.integer(current.int64(0));
        else
            out.null();
        out.key("deleted");
        out.boolean(row->deleted || !current.isNull(1));
        // The clock of the latest edit: its capture time, ties within a millisecond by seq.
        const qint64 rowClock = domain::HlcTimestamp{row->capturedAt, quint32(row->lastSeq & 0xFFFF)}.pack();
        out.key("hlc");
        out.integer(rowClock);
        // Columns written before that, each with its own clock (servers before the tenth session
        // ignore this and stamp every column with "hlc"). A row without a cloud id is sent whole;
        // its columns no entry of this push named were written no later than the row's earliest
        // entry: this push's first when one of them created the row, else the earliest one left
        // from before (a push read ahead of the one creating the row, whose entries are still
        // here), else the oldest clock there is (no time known: never newer than anyone's).
        qint64 unnamedClock = row->firstClock;
        if (!mapped && !row->sawInsert) {
            storage::DirectStatement earliest(db, QStringLiteral("SELECT seq, captured_at FROM sync_outbox "
                                                                 "WHERE table_name = ? AND row_id = ? AND seq <= ? ORDER BY seq LIMIT 1"));
            earliest.bindText(1, columns.name);
            earliest.bindInt64(2, row->rowId);
            earliest.bindInt64(3, afterSeq);
            unnamedClock = earliest.step() ? domain::HlcTimestamp{earliest.int64(1), quint32(earliest.int64(0) & 0xFFFF)}.pack() : 1;
            if (!earliest.ok())
                return storageError("read outbox", earliest);
        }
        bool clocksOpen = false;
        for (int i = 0; i < spec.fields.size(); ++i) {
            if (mapped && !(row->fields & (quint64(1) << i)))
                continue;  // not sent
            const qint64 named = size_t(i) < row->fieldClocks.size() ? row->fieldClocks[size_t(i)] : 0;
            const qint64 clock = named != 0 ? named : unnamedClock;
            if (clock == 0 || clock >= rowClock)
                continue;
            if (!clocksOpen) {
                out.key("fieldHlc");
                out.beginObject();
                clocksOpen = true;
            }
            out.key(spec.fields[i].key);
            out.integer(clock);
        }
        if (clocksOpen)
            out.endObject();
        if (!mapped && !current.isNull(2)) {  // a new row: when it was created here, the same on every desk
            out.key("createdAt");
            out.integer(current.int64(2));
        }
        out.key("fields");
        out.beginObject();
        for (int i = 0; i < spec.fields.size(); ++i) {
            if (mapped && !(row->fields & (quint64(1) << i)))
                continue;  // an update carries only what changed
            const protocol::FieldSpec &field = spec.fields[i];
            const int column = i + 3;
            out.key(field.key);
            if (current.isNull(column)) {
                out.null();
                continue;
            }
            switch (field.type) {
            case protocol::FieldType::Text:
            case protocol::FieldType::Date:
                out.string(current.text(column));
                break;
            case protocol::FieldType::Integer:
            case protocol::FieldType::Timestamp:
                out.integer(current.int64(column));
                break;
            case protocol::FieldType::Boolean:
                out.boolean(current.int64(column) != 0);
                break;
            case protocol::FieldType::Reference: {
                const qint64 localId = current.int64(column);
                storage::DirectStatement parent(db, QStringLiteral("SELECT cloud_id FROM %1 WHERE id = ?").arg(field.refTable));
                parent.bindInt64(1, localId);
                const bool parentMapped = parent.step() && !parent.isNull(0);
                out.beginObject();
                out.key(parentMapped ? "cloudId" : "localId");
                out.integer(parentMapped ? parent.int64(0) : localId);
                out.endObject();
                break;
            }
            }
        }
        out.endObject();
        out.endObject();
    }
    out.endArray();
    return push;
}

QByteArray OutboxPush::body(qint64 base) const
{
    std::string text;
    text.reserve(changes.size() + 96);
    protocol::JsonWriter out(text);
    out.beginObject();
    out.key("protocol");
    out.integer(protocol::Schema::kProtocolVersion);
    out.key("schema");
    out.integer(schemaVersion);
    out.key("base");
    out.integer(base);
    out.key("changes");
    out.raw(changes);
    out.endObject();
    return QByteArray(text.data(), qsizetype(text.size()));
}

domain::Result<std::vector<OutboxPush::Rejection>> OutboxPush::applyAnswer(storage::Connection &connection, const QByteArray &answer) const
{
    const domain::Error mismatch(domain::ErrorCode::Validation, QStringLiteral("the server's answer does not match the push"));
    AnswerReader reader;
    if (!protocol::JsonEvents<AnswerReader>(answer.constData(), answer.constData() + answer.size(), reader).read() || !reader.sawResults
        || reader.rows.size() != rows.size())
        return mismatch;
    std::map<QString, std::vector<std::pair<qint64, qint64>>> mappings;  // table -> (local id, cloud id)
    std::vector<Rejection> rejections;
    for (size_t i = 0; i < rows.size(); ++i) {
        const AnswerRow &result = reader.rows[i];
        if (result.accepted) {
            if (result.cloudId <= 0)
                return domain::Error(domain::ErrorCode::Validation, QStringLiteral("the server accepted a row without a cloud id"));
            if (!rows[i].mapped)
                mappings[rows[i].table].emplace_back(rows[i].localId, result.cloudId);
        } else {
            rejections.push_back(Rejection{rows[i].table, rows[i].localId, QString::fromStdString(result.code.empty() ? "rejected" : result.code),
                                           QString::fromStdString(result.field), QString::fromStdString(result.message)});
        }
    }

    storage::WriteTransaction tx(connection, std::nullopt);
    if (!tx.isActive())
        return tx.error();
    const QSqlDatabase db = connection.database();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const Rejection &rejected : rejections) {
        storage::DirectStatement record(db, QStringLiteral("INSERT INTO sync_rejections (table_name, row_id, code, field, message, rejected_at) "
                                                           "VALUES (?, ?, ?, ?, ?, ?)"));
        const QByteArray table = rejected.table.toUtf8(), code = rejected.code.toUtf8(), field = rejected.field.toUtf8(),
                         message = rejected.message.toUtf8();
        record.bindText(1, std::string_view(table.constData(), size_t(table.size())));
        record.bindInt64(2, rejected.localId);
        record.bindText(3, std::string_view(code.constData(), size_t(code.size())));
        record.bindText(4, std::string_view(field.constData(), size_t(field.size())));
        record.bindText(5, std::string_view(message.constData(), size_t(message.size())));
        record.bindInt64(6, now);
        record.step();
        if (!record.ok())
            return storageError("record rejection", record);
    }
    // The mappings: written once; writing the cloud id is not a change (never captured). Up to
    // kMappingsPerStatement rows per UPDATE: one statement per row paid a statement journal each
    // (the tables have triggers), most of storing a 1,000-row push's answer.
    constexpr size_t kMappingsPerStatement = 64;
    for (const auto &[table, pairs] : mappings) {
        for (size_t start = 0; start < pairs.size(); start += kMappingsPerStatement) {
            const size_t count = std::min(kMappingsPerStatement, pairs.size() - start);
            storage::DirectStatement map(db, QStringLiteral("UPDATE %1 SET cloud_id = v.column2 FROM (VALUES %2) AS v "
                                                            "WHERE %1.id = v.column1 AND %1.cloud_id IS NULL")
                                                 .arg(table, QStringList(qsizetype(count), QStringLiteral("(?, ?)")).join(QStringLiteral(", "))));
            for (size_t k = 0; k < count; ++k) {
                map.bindInt64(int(2 * k + 1), pairs[start + k].first);
                map.bindInt64(int(2 * k + 2), pairs[start + k].second);
            }
            map.step();  // an UPDATE gives no row
            if (!map.ok())
                return storageError("store cloud ids", map);
        }
    }
    // Exactly the entries this push covered: prepare() read the outbox in seq order up to maxSeq,
    // so every entry up to it belongs to a row of this push (or to a table the wire does not
    // know, which is never sent); later edits of these rows have higher seqs and stay pending.
    storage::DirectStatement clear(db, QStringLiteral("DELETE FROM sync_outbox WHERE seq <= ?"));
    clear.bindInt64(1, maxSeq);
    clear.step();
    if (!clear.ok())
        return storageError("clear outbox", clear);
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return rejections;
}

} // namespace clinic::sync
