#pragma once

#include "clinic/storage/session.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace clinic::storage {
class Connection;
}

namespace clinic::ui {

/// Settings › Backup: a verified backup now, the backups kept (newest first, the oldest beyond
/// the last 14 removed), and how to restore one (the app must be closed for that; the command
/// is shown). Thread: the GUI thread.
class BackupTab : public QWidget
{
    Q_OBJECT
public:
    BackupTab(storage::Connection &connection, QWidget *parent = nullptr);

    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QString message() const;
    [[nodiscard]] QString folder() const;

public Q_SLOTS:
    bool backupNow();
    void reload();

private:
    storage::Connection &m_connection;
    QTableWidget *m_table;
    QLabel *m_message;
};

} // namespace clinic::ui
