#include "clinic/ui/aboutdialog.h"

#include "clinic/storage/backupservice.h"
#include "clinic/storage/connection.h"
#include "clinic/storage/migrator.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QSqlQuery>
#include <QVBoxLayout>

#ifndef CLINICDESK_BUILD
#define CLINICDESK_BUILD "unknown"
#endif

namespace clinic::ui {

AboutDialog::AboutDialog(storage::Connection &connection, const QString &logFolder, QWidget *parent)
    : QDialog(parent), m_text(new QLabel(this))
{
    setWindowTitle(tr("About ClinicDesk"));
    QSqlQuery q(connection.database());
    const QString sqlite = q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next() ? q.value(0).toString() : tr("unknown");
    q.finish();
    const auto folder = [](const QString &path) { return QDir::toNativeSeparators(path).toHtmlEscaped(); };
    m_text->setObjectName(QStringLiteral("aboutText"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setText(tr("<h3>ClinicDesk %1</h3>"
                       "<p>Build %2 · Qt %3 (built with %4) · SQLite %5 · database schema %6</p>"
                       "<p><b>Data</b>: %7<br><b>Logs</b>: %8<br><b>Backups</b>: %9<br><b>Device</b>: %10</p>")
                        .arg(QCoreApplication::applicationVersion().toHtmlEscaped(), QStringLiteral(CLINICDESK_BUILD), QString::fromLatin1(qVersion()),
                             QStringLiteral(QT_VERSION_STR), sqlite)
                        .arg(storage::Migrator::currentVersion(connection).value_or(-1))
                        .arg(folder(connection.path()), folder(logFolder), folder(storage::BackupService::defaultFolder(connection.path())),
                             connection.deviceId().toHtmlEscaped()));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString AboutDialog::text() const { return m_text->text(); }

} // namespace clinic::ui
