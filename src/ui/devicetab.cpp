#include "clinic/ui/devicetab.h"

#include "clinic/storage/connection.h"
#include "clinic/storage/migrator.h"
#include "clinic/sync/rejectionlog.h"
#include "clinic/sync/synccredentials.h"

#include <QDir>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QPushButton>
#include <QVBoxLayout>

namespace clinic::ui {

DeviceTab::DeviceTab(storage::Connection &connection, QSettings *settings, QWidget *parent)
    : QWidget(parent), m_connection(connection), m_text(new QLabel(this)), m_language(new QComboBox(this)), m_settings(settings)
{
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("As the computer (%1)").arg(QLocale::system().nativeLanguageName()), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->addItem(QStringLiteral("हिन्दी (partial)"), QStringLiteral("hi"));  // started: the main screens
    if (m_settings)
        m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings->value(QStringLiteral("ui/language")).toString())));
    m_language->setEnabled(m_settings != nullptr);
    auto *languageNote = new QLabel(this);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this, languageNote] {
        if (!m_settings)
            return;
        m_settings->setValue(QStringLiteral("ui/language"), m_language->currentData().toString());
        languageNote->setText(tr("The new language applies the next time ClinicDesk starts."));
    });
    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(new QLabel(tr("&Language of this desk:"), this));
    languageRow->addWidget(m_language);
    languageRow->addWidget(languageNote, 1);
    m_text->setObjectName(QStringLiteral("deviceText"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *again = new QPushButton(tr("&Refresh"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addLayout(languageRow);
    layout->addWidget(again, 0, Qt::AlignLeft);
    layout->addStretch(1);
    connect(again, &QPushButton::clicked, this, &DeviceTab::refresh);
    refresh();
}

QString DeviceTab::text() const { return m_text->text(); }

void DeviceTab::refresh()
{
    const auto credentials = sync::SyncCredentials::load(m_connection.path());
    const int pending = sync::RejectionLog::pendingRecords(m_connection).value_or(-1);
    const QString db = QDir::toNativeSeparators(m_connection.path()).toHtmlEscaped();
    QString html = tr("<p><b>Device</b>: %1<br><b>Database</b>: %2 (schema %3)</p>")
                       .arg(m_connection.deviceId().toHtmlEscaped(), db)
                       .arg(storage::Migrator::currentVersion(m_connection).value_or(-1));
    if (credentials.isComplete()) {
        html += tr("<p><b>Sync server</b>: %1%2<br><b>Changes waiting to be sent</b>: %3</p>")
                    .arg(credentials.serverUrl.toHtmlEscaped(),
                         credentials.pinnedCertificate.isEmpty() ? QString() : tr(" (its certificate is pinned)"))
                    .arg(pending);
    } else {
        html += tr("<p><b>Not connected to a sync server.</b> Everything works on this computer; %1 change(s) are kept to be "
                   "sent once it is connected.</p><p>To connect it, get a one-time enrollment code from the server's "
                   "administrator (<tt>clinicdesk-server admin create-enrollment</tt>), close ClinicDesk and run:<br>"
                   "<tt>clinicdesk-sync --db \"%2\" --server URL --enroll CODE</tt><br>then start ClinicDesk again; it syncs "
                   "in the background from then on.</p>")
                    .arg(pending)
                    .arg(db);
    }
    m_text->setText(html);
}

} // namespace clinic::ui
