#include "clinic/ui/backuptab.h"

#include "clinic/storage/backupservice.h"
#include "clinic/storage/connection.h"
#include "clinic/ui/theme.h"
#include "readonlytable.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace clinic::ui {

BackupTab::BackupTab(storage::Connection &connection, QWidget *parent)
    : QWidget(parent), m_connection(connection),
      m_table(readOnlyTable({tr("Taken"), tr("Size"), tr("File")}, QStringLiteral("backups"), this)), m_message(new QLabel(this))
{
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *now = new QPushButton(tr("&Back up now"), this);
    auto *restore = new QLabel(tr("To restore a backup, close ClinicDesk on this computer and run:<br><tt>clinicdesk-admin restore --from FILE</tt><br>"
                                  "The current database is kept next to it before it is replaced."),
                               this);
    restore->setWordWrap(true);
    restore->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Backups are written to %1").arg(QDir::toNativeSeparators(folder())), this));
    layout->addWidget(now, 0, Qt::AlignLeft);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(restore);
    connect(now, &QPushButton::clicked, this, &BackupTab::backupNow);
    reload();
}

QString BackupTab::folder() const { return storage::BackupService::defaultFolder(m_connection.path()); }

QString BackupTab::message() const { return m_message->text(); }

void BackupTab::reload()
{
    m_table->setRowCount(0);
    const QLocale locale;
    for (const auto &file : storage::BackupService::list(folder()))
        appendRow(m_table, {locale.toString(file.takenAt.toLocalTime(), QLocale::ShortFormat), locale.formattedDataSize(file.sizeBytes),
                            QDir::toNativeSeparators(file.path)});
}

bool BackupTab::backupNow()
{
    const auto written = storage::BackupService::backup(m_connection, folder());
    if (!written) {
        theme::markAsError(m_message);
        m_message->setText(tr("The backup failed: %1").arg(written.error().message()));
        return false;
    }
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Backup written and verified: %1").arg(QDir::toNativeSeparators(written.value())));
    reload();
    return true;
}

} // namespace clinic::ui
