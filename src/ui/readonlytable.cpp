#include "readonlytable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace clinic::ui {

QTableWidget *readOnlyTable(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void appendRow(QTableWidget *table, const QStringList &cells)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int column = 0; column < cells.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
}

std::pair<QPushButton *, QPushButton *> layOutListEditor(QWidget *editor, QTableWidget *list, QLayout *form, QLabel *message,
                                                         const QString &newText, const QString &saveText)
{
    auto *newButton = new QPushButton(newText, editor);
    auto *saveButton = new QPushButton(saveText, editor);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addStretch(1);
    buttons->addWidget(saveButton);
    auto *layout = new QVBoxLayout(editor);
    layout->addWidget(list, 1);
    layout->addLayout(form);
    layout->addWidget(message);
    layout->addLayout(buttons);
    return {newButton, saveButton};
}

} // namespace clinic::ui
