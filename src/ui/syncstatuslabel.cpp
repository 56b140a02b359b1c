#include "clinic/ui/syncstatuslabel.h"

#include "clinic/storage/connection.h"
#include "clinic/sync/rejectionlog.h"
#include "clinic/sync/syncmanager.h"

#include <QLocale>

namespace clinic::ui {

SyncStatusLabel::SyncStatusLabel(storage::Connection &connection, sync::SyncManager *manager, QWidget *parent)
    : QLabel(parent), m_connection(connection), m_manager(manager)
{
    setObjectName(QStringLiteral("syncStatus"));
    setCursor(Qt::PointingHandCursor);
    if (m_manager) {
        connect(m_manager, &sync::SyncManager::stateChanged, this, [this](sync::SyncState state, const QString &message) {
            m_state = state;
            m_message = message;
            if (state != sync::SyncState::Syncing && state != sync::SyncState::Idle)
                note(message.isEmpty() ? sync::syncStateName(state) : QStringLiteral("%1: %2").arg(sync::syncStateName(state), message));
            updateText();
        });
        connect(m_manager, &sync::SyncManager::progress, this, [this](int pushed, int pulled) {
            note(tr("sent %1, received %2 changes").arg(pushed).arg(pulled));
        });
        connect(m_manager, &sync::SyncManager::cycleFinished, this, [this](bool ok) {
            if (ok)
                m_lastSync = QDateTime::currentDateTime();
            updateText();
        });
        connect(m_manager, &sync::SyncManager::rowRejected, this, [this](const QString &table, qint64 id, const QString &code, const QString &message) {
            note(tr("refused by the server: %1 #%2 (%3) %4").arg(table).arg(id).arg(code, message));
        });
        connect(m_manager, &sync::SyncManager::conflict, this, [this](const QString &table, qint64 id, const QString &field, const QString &, const QString &) {
            note(tr("edited on two desks at once: %1 #%2, %3").arg(table).arg(id).arg(field));
        });
    }
    // Local saves add to the pending count between cycles: the window calls updateText() after each.
    updateText();
}

void SyncStatusLabel::note(const QString &event)
{
    m_activity << QStringLiteral("%1  %2").arg(QLocale().toString(QDateTime::currentDateTime().time(), QLocale::LongFormat), event);
    if (m_activity.size() > 200)
        m_activity.removeFirst();
}

void SyncStatusLabel::mouseReleaseEvent(QMouseEvent *event)
{
    QLabel::mouseReleaseEvent(event);
    Q_EMIT clicked();
}

void SyncStatusLabel::updateText()
{
    m_pending = sync::RejectionLog::pendingRecords(m_connection).value_or(m_pending);
    QString text;
    switch (m_state) {
    case sync::SyncState::NotConfigured:
        text = tr("Not connected to a sync server");
        break;
    case sync::SyncState::Idle:
        text = m_pending == 0 ? tr("Up to date") : tr("Up to date, %n change(s) to send", nullptr, m_pending);
        break;
    case sync::SyncState::Syncing:
        text = tr("Syncing\u2026");
        break;
    case sync::SyncState::Offline:
        text = tr("Offline, %n change(s) waiting", nullptr, m_pending);
        break;
    case sync::SyncState::UpgradeRequired:
        text = tr("Sync stopped: update ClinicDesk");
        break;
    case sync::SyncState::Unauthorized:
        text = tr("Sync stopped: enroll this desk again");
        break;
    case sync::SyncState::Refused:
        text = tr("Sync stopped: the server refused a request (F5 to retry)");
        break;
    }
    if (m_lastSync.isValid())
        text += tr(" \u00b7 last sync %1").arg(QLocale().toString(m_lastSync.time(), QLocale::ShortFormat));
    setText(text);
    setToolTip(m_message);
}

} // namespace clinic::ui
