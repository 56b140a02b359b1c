#include "support/syncsnapshot.h"

#include "clinic/protocol/schema.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace clinic::test {

using nlohmann::json;

SyncSnapshot deskSnapshot(const QSqlDatabase &db, QStringList *problems)
{
    SyncSnapshot snapshot;
    for (const protocol::TableSpec &table : protocol::Schema::instance().tables()) {
        // Parent cloud ids, per referenced table, read once.
        std::map<QString, std::map<qint64, qint64>> parents;
        for (const protocol::FieldSpec &field : table.fields) {
            if (field.type != protocol::FieldType::Reference || parents.count(field.refTable))
                continue;
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT id, cloud_id FROM %1").arg(field.refTable));
            auto &map = parents[field.refTable];
            while (q.next())
                map[q.value(0).toLongLong()] = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
        }
        auto &rows = snapshot[table.name];
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT * FROM %1").arg(table.name));
        while (q.next()) {
            const QSqlRecord record = q.record();
            const qint64 id = record.value(QStringLiteral("id")).toLongLong();
            if (record.value(QStringLiteral("cloud_id")).isNull()) {
                *problems << QStringLiteral("%1 %2 has no cloud id").arg(table.name).arg(id);
                continue;
            }
            const qint64 cloud = record.value(QStringLiteral("cloud_id")).toLongLong();
            json row = json::object();
            for (const protocol::FieldSpec &field : table.fields) {
                const QVariant value = record.value(field.name);
                const std::string key = field.name.toStdString();
                if (value.isNull()) {
                    row[key] = nullptr;
                    continue;
                }
                switch (field.type) {
                case protocol::FieldType::Text:
                case protocol::FieldType::Date:
                    row[key] = value.toString().toStdString();
                    break;
                case protocol::FieldType::Integer:
                case protocol::FieldType::Timestamp:
                    row[key] = value.toLongLong();
                    break;
                case protocol::FieldType::Boolean:
                    row[key] = value.toLongLong() != 0;
                    break;
                case protocol::FieldType::Reference: {
                    const qint64 parent = parents[field.refTable][value.toLongLong()];
                    if (parent == 0)
                        *problems << QStringLiteral("%1 %2: %3 points at an unmapped or missing parent").arg(table.name).arg(id).arg(field.name);
                    row[key] = parent;
                    break;
                }
                }
            }
            row["_deleted"] = !record.value(QStringLiteral("deleted_at")).isNull();
            if (rows.count(cloud))
                *problems << QStringLiteral("%1: cloud id %2 is held by two rows").arg(table.name).arg(cloud);
            rows[cloud] = std::move(row);
        }
    }
    return snapshot;
}

SyncSnapshot serverSnapshot(const QSqlDatabase &db, qint64 clinic)
{
    SyncSnapshot snapshot;
    for (const protocol::TableSpec &table : protocol::Schema::instance().tables())
        snapshot[table.name];
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT table_name, cloud_id, data, deleted FROM records WHERE clinic_id = ?"));
    q.addBindValue(clinic);
    q.exec();
    while (q.next()) {
        const protocol::TableSpec *table = protocol::Schema::instance().table(q.value(0).toString());
        if (!table)
            continue;
        const json data = json::parse(q.value(2).toByteArray().toStdString());
        json row = json::object();
        for (const protocol::FieldSpec &field : table->fields) {
            const std::string key = field.name.toStdString();
            const auto it = data.find(key);
            if (it == data.end() || it->is_null())
                row[key] = nullptr;
            else if (field.type == protocol::FieldType::Reference && it->is_object())
                row[key] = it->value("cloudId", qint64(0));
            else
                row[key] = *it;
        }
        row["_deleted"] = q.value(3).toBool();
        snapshot[table->name][q.value(1).toLongLong()] = std::move(row);
    }
    return snapshot;
}

QStringList compareSnapshots(const SyncSnapshot &expected, const SyncSnapshot &actual, int limit)
{
    QStringList differences;
    const auto note = [&](const QString &line) {
        if (differences.size() < limit)
            differences << line;
    };
    for (const auto &[table, rows] : expected) {
        const auto other = actual.find(table);
        if (other == actual.end()) {
            note(QStringLiteral("%1: table missing").arg(table));
            continue;
        }
        for (const auto &[cloud, row] : rows) {
            const auto match = other->second.find(cloud);
            if (match == other->second.end()) {
                note(QStringLiteral("%1 cloud %2: missing").arg(table).arg(cloud));
            } else if (match->second != row) {
                for (const auto &[key, value] : row.items()) {
                    const json theirs = match->second.value(key, json());
                    if (theirs != value)
                        note(QStringLiteral("%1 cloud %2 %3: expected %4, got %5").arg(table).arg(cloud).arg(QString::fromStdString(key),
                                 QString::fromStdString(value.dump()), QString::fromStdString(theirs.dump())));
                }
            }
        }
        for (const auto &[cloud, row] : other->second) {
            if (!rows.count(cloud))
                note(QStringLiteral("%1 cloud %2: unexpected extra row").arg(table).arg(cloud));
        }
    }
    return differences;
}

} // namespace clinic::test
