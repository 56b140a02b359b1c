#include "clinic/ui/synclogdialog.h"

#include "readonlytable.h"

#include "clinic/sync/conflictinbox.h"
#include "clinic/sync/rejectionlog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
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
    if (const auto rejections = sync::RejectionLog::open(m_connection)) {
        for (const auto &r : rejections.value())
            appendRow(m_rejections, {when(r.rejectedAtMs), QStringLiteral("%1 #%2").arg(r.table).arg(r.rowId), r.field,
                                     QStringLiteral("%1 (%2)").arg(r.message, r.code)});
    }
    if (const auto conflicts = sync::ConflictInbox::unreviewed(m_connection)) {
        for (const auto &stored : conflicts.value()) {
            const auto &c = stored.conflict;
            appendRow(m_conflicts, {when(stored.receivedAtMs), QStringLiteral("%1 #%2").arg(c.table).arg(c.rowId), c.field, c.winnerJson,
                                    c.loserJson});
        }
    }
}

void SyncLogDialog::markConflictsReviewed()
{
    (void)sync::ConflictInbox::markAllReviewed(m_connection);
    load();
}

} // namespace clinic::ui
