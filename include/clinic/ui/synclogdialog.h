#pragma once

#include <QDialog>
#include <QStringList>

class QListWidget;
class QTableWidget;

namespace clinic::storage {
class Connection;
}

namespace clinic::ui {

/// What sync did and what needs a look: rows the server refused (with its reason), concurrent
/// edits the server resolved (the value kept and the one replaced), and the recent activity.
/// Opened from the status bar. Thread: the GUI thread; borrows the connection.
class SyncLogDialog : public QDialog
{
    Q_OBJECT
public:
    SyncLogDialog(storage::Connection &connection, const QStringList &activity, QWidget *parent = nullptr);

    [[nodiscard]] QTableWidget *rejections() const { return m_rejections; }
    [[nodiscard]] QTableWidget *conflicts() const { return m_conflicts; }
    [[nodiscard]] QListWidget *activity() const { return m_activity; }

public Q_SLOTS:
    /// Marks the listed conflicts as reviewed (they stay in the database, no longer listed).
    void markConflictsReviewed();

private:
    void load();

    storage::Connection &m_connection;
    QTableWidget *m_rejections;
    QTableWidget *m_conflicts;
    QListWidget *m_activity;
};

} // namespace clinic::ui
