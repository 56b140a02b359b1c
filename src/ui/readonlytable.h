#pragma once
// Private helpers of the UI layer (not installed): the read-only lists of the record and log
// dialogs, and the layout of the Settings editors built around such a list.

#include <QStringList>

#include <utility>

class QLabel;
class QLayout;
class QPushButton;
class QTableWidget;
class QWidget;

namespace clinic::ui {

/// A read-only, row-selecting table with these column headers, named `name` for tests.
QTableWidget *readOnlyTable(const QStringList &headers, const QString &name, QWidget *parent);
/// Appends one row of text cells.
void appendRow(QTableWidget *table, const QStringList &cells);
/// Lays out a Settings list editor (price list, practitioners, rooms, users) in `editor`: the
/// list, the form under it, the form's message, then "New …" on the left and "Save …" on the
/// right. Returns those two buttons (owned by `editor`) for the caller to connect.
std::pair<QPushButton *, QPushButton *> layOutListEditor(QWidget *editor, QTableWidget *list, QLayout *form, QLabel *message,
                                                         const QString &newText, const QString &saveText);

} // namespace clinic::ui
