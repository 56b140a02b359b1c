#include "clinic/ui/backuptab.h"

#include "clinic/storage/backgroundbackup.h"
#include "clinic/storage/backupscheduler.h"
#include "clinic/storage/backupservice.h"
#include "clinic/storage/connection.h"
#include "clinic/ui/theme.h"
#include "readonlytable.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QDateTime>
#include <QSpinBox>
#include <QSettings>
#include <QMessageBox>
#include <QFormLayout>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace clinic::ui {

BackupTab::BackupTab(storage::Connection &connection, QSettings *settings, QWidget *parent)
    : QWidget(parent), m_connection(connection), m_settings(settings),
      m_table(readOnlyTable({tr("Taken"), tr("Size"), tr("File")}, QStringLiteral("backups"), this)), m_message(new QLabel(this)),
      m_everyHours(new QSpinBox(this)), m_keep(new QSpinBox(this)), m_schedule(new QLabel(this)),
      m_restore(new QPushButton(tr("&Restore the selected backup\u2026"), this)), m_now(new QPushButton(tr("&Back up now"), this)),
      m_backup(new storage::BackgroundBackup(connection.path(), storage::BackupService::defaultFolder(connection.path()), this))
{
    connect(m_backup, &storage::BackgroundBackup::finished, this, &BackupTab::backupFinished);
    m_message->setObjectName(QStringLiteral("backupMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_now->setObjectName(QStringLiteral("backupNow"));

    m_everyHours->setObjectName(QStringLiteral("backupEveryHours"));
    m_everyHours->setRange(0, 24 * 7);
    m_everyHours->setSpecialValueText(tr("never (off)"));
    m_everyHours->setSuffix(tr(" hours"));
    m_keep->setObjectName(QStringLiteral("backupKeep"));
    m_keep->setRange(1, 365);
    m_keep->setSuffix(tr(" backups"));
    if (m_settings) {
        m_everyHours->setValue(storage::BackupScheduler::intervalHours(*m_settings));
        m_keep->setValue(storage::BackupScheduler::keepCount(*m_settings));
    }
    for (QSpinBox *box : {m_everyHours, m_keep})
        box->setEnabled(m_settings != nullptr);
    auto *scheduleForm = new QFormLayout;
    scheduleForm->addRow(tr("Back up &automatically every"), m_everyHours);
    scheduleForm->addRow(tr("&Keep the newest"), m_keep);
    scheduleForm->addRow(QString(), m_schedule);
    connect(m_everyHours, &QSpinBox::valueChanged, this, &BackupTab::saveSchedule);
    connect(m_keep, &QSpinBox::valueChanged, this, &BackupTab::saveSchedule);

    m_restore->setObjectName(QStringLiteral("restoreBackup"));
    m_restore->setEnabled(false);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] { m_restore->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(m_restore, &QPushButton::clicked, this, &BackupTab::restoreSelected);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Backups are written to %1").arg(QDir::toNativeSeparators(folder())), this));
    layout->addLayout(scheduleForm);
    layout->addWidget(m_now, 0, Qt::AlignLeft);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_restore, 0, Qt::AlignLeft);
    connect(m_now, &QPushButton::clicked, this, &BackupTab::backupNow);
    reload();
}

QString BackupTab::scheduleText() const { return m_schedule->text(); }

void BackupTab::saveSchedule()
{
    if (!m_settings)
        return;
    m_settings->setValue(QStringLiteral("backup/everyHours"), m_everyHours->value());
    m_settings->setValue(QStringLiteral("backup/keep"), m_keep->value());
    reload();
}

QString BackupTab::folder() const { return storage::BackupService::defaultFolder(m_connection.path()); }

QString BackupTab::message() const { return m_message->text(); }

void BackupTab::reload()
{
    if (m_settings) {
        const QDateTime due = storage::BackupScheduler::nextDue(folder(), *m_settings);
        m_schedule->setText(!due.isValid() ? tr("No automatic backups on this desk.")
                            : due <= QDateTime::currentDateTimeUtc()
                                ? tr("The next automatic backup is due now; it runs in the background while ClinicDesk is open.")
                                : tr("The next automatic backup: %1.").arg(QLocale().toString(due.toLocalTime(), QLocale::ShortFormat)));
    }
    const QString pending = storage::BackupService::pendingRestore(m_connection.path());
    if (!pending.isEmpty())
        m_message->setText(tr("%1 will be restored the next time ClinicDesk starts.").arg(QDir::toNativeSeparators(pending)));
    m_table->setRowCount(0);
    const QLocale locale;
    for (const auto &file : storage::BackupService::list(folder())) {
        appendRow(m_table, {locale.toString(file.takenAt.toLocalTime(), QLocale::ShortFormat), locale.formattedDataSize(file.sizeBytes),
                            QDir::toNativeSeparators(file.path)});
        m_table->item(m_table->rowCount() - 1, 0)->setData(Qt::UserRole, file.takenAt);
        m_table->item(m_table->rowCount() - 1, 2)->setData(Qt::UserRole, file.path);
    }
}

bool BackupTab::backupNow()
{
    const int keep = m_settings ? storage::BackupScheduler::keepCount(*m_settings) : 14;
    if (!m_backup->start(keep)) {
        m_message->setText(tr("A backup is being written already."));
        return false;
    }
    m_now->setEnabled(false);
    theme::markAsError(m_message, false);
    m_message->setText(tr("Writing and verifying the backup\u2026 You can go on working."));
    return true;
}

void BackupTab::backupFinished(bool ok, const QString &pathOrReason)
{
    m_now->setEnabled(true);
    theme::markAsError(m_message, !ok);
    m_message->setText(ok ? tr("Backup written and verified: %1").arg(QDir::toNativeSeparators(pathOrReason))
                          : tr("The backup failed: %1").arg(pathOrReason));
    reload();
    Q_EMIT backupWritten(ok);
}

void BackupTab::restoreSelected()
{
    // The row's own file, not an index into the folder: a background backup may have been added
    // since the list was drawn.
    const QTableWidgetItem *taken = m_table->item(m_table->currentRow(), 0);
    const QTableWidgetItem *file = m_table->item(m_table->currentRow(), 2);
    if (!taken || !file)
        return;
    const storage::BackupService::BackupFile chosen{file->data(Qt::UserRole).toString(), taken->data(Qt::UserRole).toDateTime(), 0};
    const QString when = QLocale().toString(chosen.takenAt.toLocalTime(), QLocale::LongFormat);
    QMessageBox ask(QMessageBox::Warning, tr("Restore a backup"),
                    tr("Put this desk's data back as it was on %1?\n\nEverything entered on this desk after that and not yet "
                       "sent to the sync server is lost; what was sent comes back from the server. The current database is kept "
                       "next to it as .before-restore.\n\nClinicDesk restores it the next time it starts.")
                        .arg(when),
                    QMessageBox::Cancel, this);
    ask.setObjectName(QStringLiteral("restoreQuestion"));
    QPushButton *restart = ask.addButton(tr("Restore and close &now"), QMessageBox::AcceptRole);
    restart->setObjectName(QStringLiteral("restoreNow"));
    QPushButton *later = ask.addButton(tr("Restore at the next &start"), QMessageBox::AcceptRole);
    later->setObjectName(QStringLiteral("restoreLater"));
    ask.exec();
    if (ask.clickedButton() != restart && ask.clickedButton() != later)
        return;
    if (auto noted = storage::BackupService::requestRestore(chosen.path, m_connection.path()); !noted) {
        theme::markAsError(m_message);
        m_message->setText(tr("This backup cannot be restored: %1").arg(noted.error().message()));
        return;
    }
    theme::markAsError(m_message, false);
    reload();
    if (ask.clickedButton() == restart)
        Q_EMIT restartRequested();
}

} // namespace clinic::ui
