#pragma once
// Private helpers of the UI layer (not installed): the read-only lists of the record and log
// dialogs.

#include <QStringList>

class QTableWidget;
class QWidget;

namespace clinic::ui {

/// A read-only, row-selecting table with these column headers, named `name` for tests.
QTableWidget *readOnlyTable(const QStringList &headers, const QString &name, QWidget *parent);
/// Appends one row of text cells.
void appendRow(QTableWidget *table, const QStringList &cells);

} // namespace clinic::ui
