// The wire registry and the desk database describe the same synced tables and columns, so change
// capture and the protocol cannot drift apart when a migration adds a column.
#include "clinic/protocol/schema.h"
#include "clinic/storage/changecapture.h"

#include "support/tempdatabase.h"

#include <QSet>

using namespace clinic;

class SchemaMatchTest : public test::TempDatabaseTest {};

TEST_F(SchemaMatchTest, everySyncedTableAndColumnIsOnTheWire)
{
    const auto tables = storage::ChangeCapture::syncedTables(*m_db);
    ASSERT_TRUE(tables.ok());
    QSet<QString> wireTables;
    for (const auto &t : protocol::Schema::instance().tables())
        wireTables.insert(t.name);
    EXPECT_EQ(QSet<QString>(tables.value().cbegin(), tables.value().cend()), wireTables);

    const QSet<QString> bookkeeping{QStringLiteral("id"), QStringLiteral("cloud_id"), QStringLiteral("created_at"),
                                    QStringLiteral("updated_at"), QStringLiteral("deleted_at")};
    for (const QString &table : tables.value()) {
        QSqlQuery q(m_db->database());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT name, \"notnull\" FROM pragma_table_info('%1')").arg(table)));
        QSet<QString> columns;
        while (q.next()) {
            const QString name = q.value(0).toString();
            if (bookkeeping.contains(name))
                continue;
            columns.insert(name);
            const auto *spec = protocol::Schema::instance().table(table)->field(name);
            ASSERT_NE(spec, nullptr) << table.toStdString() << "." << name.toStdString();
            if (q.value(1).toInt() == 1) {
                EXPECT_FALSE(spec->nullable) << table.toStdString() << "." << name.toStdString() << " is NOT NULL locally";
            }
        }
        QSet<QString> wire;
        for (const auto &f : protocol::Schema::instance().table(table)->fields)
            wire.insert(f.name);
        EXPECT_EQ(columns, wire) << table.toStdString();
    }
}

TEST(SchemaLimits, everySyncedTableFitsTheDesksSixtyFourFieldSets)
{
    // The desk's pull apply keys its prepared INSERT shapes by a 64-bit set of the fields a row
    // brings (sync::PullApplier); a table with more fields must change that first.
    for (const protocol::TableSpec &table : protocol::Schema::instance().tables())
        EXPECT_LE(table.fields.size(), 64) << table.name.toStdString();
}
