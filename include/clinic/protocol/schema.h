#pragma once

#include "clinic/protocol/tablespec.h"

#include <QList>
#include <QString>

namespace clinic::protocol {

/// The registry of synced tables and their columns, shared by the desk and the server, so a
/// column is typed and checked in one place. A test keeps it equal to the desk database's synced
/// tables (the tables with a cloud_id column), so the wire and change capture cannot drift apart.
/// Immutable after construction; thread-safe.
class Schema
{
public:
    static const Schema &instance();

    [[nodiscard]] const QList<TableSpec> &tables() const { return m_tables; }
    [[nodiscard]] const TableSpec *table(const QString &name) const;

    static constexpr int kProtocolVersion = 1;
    /// The oldest desk protocol the server still accepts.
    static constexpr int kMinProtocolVersion = 1;
    static constexpr int kMaxText = 20000;

private:
    Schema();
    QList<TableSpec> m_tables;
};

} // namespace clinic::protocol
