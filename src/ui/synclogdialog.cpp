#include "clinic/ui/synclogdialog.h"

#include "readonlytable.h"

#include "clinic/storage/connection.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace clinic::ui {
namespace {

QString when(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

} // namespace

SyncLogDialog::SyncLogDialog(storage::Connection &connection, const QStringList &activity, QWidget *parent)
    : QDialog(parent),
      m_connection(connection),
      m_rejections(readOnlyTable({tr("When"), tr("Record"), tr("Field"), tr("Reason")}, QStringLiteral("rejections"), this)),
      m_conflicts(readOnlyTable({tr("When"), tr("Record"), tr("Field"), tr("Kept"), tr("Replaced")}, QStringLiteral("conflicts"), this)),
      m_activity(new QListWidget(this))
{
    setWindowTitle(tr("Sync log"));
    resize(760, 460);
    m_activity->setObjectName(QStringLiteral("activity"));
    for (auto it = activity.crbegin(); it != activity.crend(); ++it)
        m_activity->addItem(*it);  // newest first
    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_rejections, tr("&Refused by the server"));
    tabs->addTab(m_conflicts, tr("&Concurrent edits"));
    tabs->addTab(m_activity, tr("&Activity"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *reviewed = buttons->addButton(tr("&Mark edits as reviewed"), QDialogButtonBox::ActionRole);
    reviewed->setObjectName(QStringLiteral("markReviewed"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(reviewed, &QPushButton::clicked, this, &SyncLogDialog::markConflictsReviewed);
    load();
}

void SyncLogDialog::load()
{
    m_rejections->setRowCount(0);
    m_conflicts->setRowCount(0);
    QSqlQuery q(m_connection.database());
    q.exec(QStringLiteral("SELECT rejected_at, table_name, row_id, field, message, code FROM sync_rejections "
                          "WHERE resolved_at IS NULL ORDER BY rejected_at DESC LIMIT 500"));
    while (q.next()) {
        appendRow(m_rejections, {when(q.value(0).toLongLong()), QStringLiteral("%1 #%2").arg(q.value(1).toString()).arg(q.value(2).toLongLong()),
                                q.value(3).toString(), QStringLiteral("%1 (%2)").arg(q.value(4).toString(), q.value(5).toString())});
    }
    q.exec(QStringLiteral("SELECT received_at, table_name, row_id, field, winner_value, loser_value FROM sync_conflicts "
                          "WHERE resolved_at IS NULL ORDER BY received_at DESC LIMIT 500"));
    while (q.next()) {
        appendRow(m_conflicts, {when(q.value(0).toLongLong()), QStringLiteral("%1 #%2").arg(q.value(1).toString()).arg(q.value(2).toLongLong()),
                                q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    }
}

void SyncLogDialog::markConflictsReviewed()
{
    // sync_conflicts is this desk's own review list (not synced), so a plain update is right.
    QSqlQuery q(m_connection.database());
    q.prepare(QStringLiteral("UPDATE sync_conflicts SET resolved_at = ? WHERE resolved_at IS NULL"));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.exec();
    load();
}

} // namespace clinic::ui
