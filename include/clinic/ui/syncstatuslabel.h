#pragma once

#include "clinic/sync/syncstate.h"

#include <QDateTime>
#include <QLabel>
#include <QPointer>
#include <QStringList>

namespace clinic::storage {
class Connection;
}
namespace clinic::sync {
class SyncManager;
}

namespace clinic::ui {

/// The status bar's sync indicator: state (not connected / offline / syncing / up to date),
/// changes waiting to be pushed, the last successful sync, and the last error in the tooltip.
/// Thread: the GUI thread. Neither the connection nor the manager is owned; the manager may be
/// null (no server configured).
class SyncStatusLabel : public QLabel
{
    Q_OBJECT
public:
    SyncStatusLabel(storage::Connection &connection, sync::SyncManager *manager, QWidget *parent = nullptr);

    [[nodiscard]] sync::SyncState state() const { return m_state; }
    [[nodiscard]] int pending() const { return m_pending; }
    /// Recent sync events, oldest first (at most 200), for the sync log.
    [[nodiscard]] const QStringList &activity() const { return m_activity; }

Q_SIGNALS:
    /// The label was clicked: the window opens the sync log.
    void clicked();

public Q_SLOTS:
    void updateText();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void note(const QString &event);

    storage::Connection &m_connection;
    QPointer<sync::SyncManager> m_manager;
    sync::SyncState m_state = sync::SyncState::NotConfigured;
    QString m_message;
    QDateTime m_lastSync;
    int m_pending = 0;
    QStringList m_activity;
};

} // namespace clinic::ui
