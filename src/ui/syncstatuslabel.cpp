#include "clinic/ui/syncstatuslabel.h"

#include "clinic/storage/connection.h"
#include "clinic/sync/syncmanager.h"

#include <QLocale>
#include <QSqlQuery>

namespace clinic::ui {

SyncStatusLabel::SyncStatusLabel(storage::Connection &connection, sync::SyncManager *manager, QWidget *parent)
    : QLabel(parent), m_connection(connection), m_manager(manager)
{
    setObjectName(QStringLiteral("syncStatus"));
    if (m_manager) {
        connect(m_manager, &sync::SyncManager::stateChanged, this, [this](sync::SyncState state, const QString &message) {
            m_state = state;
            m_message = message;
            updateText();
        });
        connect(m_manager, &sync::SyncManager::cycleFinished, this, [this](bool ok) {
            if (ok)
                m_lastSync = QDateTime::currentDateTime();
            updateText();
        });
    }
    // Local saves add to the pending count between cycles.
    connect(&m_poll, &QTimer::timeout, this, &SyncStatusLabel::updateText);
    m_poll.start(5000);
    updateText();
}

void SyncStatusLabel::updateText()
{
    QSqlQuery q(m_connection.database());
    if (q.exec(QStringLiteral("SELECT count(DISTINCT table_name || ':' || row_id) FROM sync_outbox WHERE table_name <> 'audit_log'")) && q.next())
        m_pending = q.value(0).toInt();
    q.finish();
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
    }
    if (m_lastSync.isValid())
        text += tr(" \u00b7 last sync %1").arg(QLocale().toString(m_lastSync.time(), QLocale::ShortFormat));
    setText(text);
    setToolTip(m_message);
}

} // namespace clinic::ui
