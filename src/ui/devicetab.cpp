#include "clinic/ui/devicetab.h"

#include "clinic/storage/connection.h"
#include "clinic/storage/migrator.h"
#include "clinic/sync/rejectionlog.h"
#include "clinic/sync/synccredentials.h"
#include "clinic/sync/syncmanager.h"
#include "clinic/ui/enrollmentform.h"
#include "clinic/ui/theme.h"

#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QPushButton>
#include <QVBoxLayout>

namespace clinic::ui {

DeviceTab::DeviceTab(storage::Connection &connection, QSettings *settings, sync::SyncManager *syncManager, QWidget *parent)
    : QWidget(parent), m_connection(connection), m_settings(settings), m_sync(syncManager), m_text(new QLabel(this)),
      m_language(new QComboBox(this)), m_connectBox(new QGroupBox(tr("Connect this desk to the clinic's sync server"), this)),
      m_form(new EnrollmentForm(m_connectBox)), m_connect(new QPushButton(tr("&Connect"), m_connectBox)), m_connectStatus(new QLabel(m_connectBox))
{
    m_language->setObjectName(QStringLiteral("language"));
    const QString systemLanguage = QLocale::system().nativeLanguageName();  // empty for the C locale
    m_language->addItem(systemLanguage.isEmpty() ? tr("As the computer") : tr("As the computer (%1)").arg(systemLanguage), QString());
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
    auto *languageLabel = new QLabel(tr("&Language of this desk:"), this);
    languageLabel->setBuddy(m_language);
    languageRow->addWidget(languageLabel);
    languageRow->addWidget(m_language);
    languageRow->addWidget(languageNote, 1);
    m_text->setObjectName(QStringLiteral("deviceText"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *again = new QPushButton(tr("&Refresh"), this);

    m_connectBox->setObjectName(QStringLiteral("connectBox"));
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connectStatus->setObjectName(QStringLiteral("connectStatus"));
    m_connectStatus->setWordWrap(true);
    auto *connectRow = new QHBoxLayout;
    connectRow->addWidget(m_connect);
    connectRow->addWidget(m_connectStatus, 1);
    auto *connectLayout = new QVBoxLayout(m_connectBox);
    connectLayout->addWidget(m_form);
    connectLayout->addLayout(connectRow);
    connect(m_connect, &QPushButton::clicked, this, &DeviceTab::connectToServer);
    if (m_sync) {
        connect(m_sync, &sync::SyncManager::enrolled, this, [this](bool ok, const QString &message) {
            m_connect->setEnabled(true);
            theme::markAsError(m_connectStatus, !ok);
            m_connectStatus->setText(ok ? tr("Connected. This desk now syncs in the background.")
                                        : tr("Not connected: %1").arg(message));
            if (ok)
                m_revoked = false;
            refresh();
        });
        connect(m_sync, &sync::SyncManager::stateChanged, this, [this](sync::SyncState state, const QString &) {
            const bool revoked = state == sync::SyncState::Unauthorized;
            if (revoked != m_revoked) {
                m_revoked = revoked;
                refresh();
            }
        });
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_connectBox);
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
        if (m_revoked)
            html += tr("<p><b>The server no longer accepts this desk</b> (its administrator revoked it, or the server's "
                       "data was replaced). Get a new one-time code from the administrator and connect again below.</p>");
    } else if (m_sync) {
        html += tr("<p><b>Not connected to a sync server.</b> Everything works on this computer; %n change(s) are kept to be "
                   "sent once it is connected. To connect it, enter the server's address and the one-time enrollment code "
                   "from the server's administrator (<tt>clinicdesk-server admin create-enrollment</tt>) below.</p>",
                   nullptr, pending);
    } else {
        html += tr("<p><b>Not connected to a sync server.</b> Everything works on this computer; %1 change(s) are kept to be "
                   "sent once it is connected.</p><p>To connect it, get a one-time enrollment code from the server's "
                   "administrator (<tt>clinicdesk-server admin create-enrollment</tt>), close ClinicDesk and run:<br>"
                   "<tt>clinicdesk-sync --db \"%2\" --server URL --enroll CODE</tt><br>then start ClinicDesk again; it syncs "
                   "in the background from then on.</p>")
                    .arg(pending)
                    .arg(db);
    }
    m_connectBox->setVisible(m_sync && (!credentials.isComplete() || m_revoked));
    m_text->setText(html);
}

void DeviceTab::connectToServer()
{
    if (!m_sync || !m_form->check(false))
        return;  // the reasons are next to the fields
    const EnrollmentForm::Request asked = m_form->request();
    m_connect->setEnabled(false);
    theme::markAsError(m_connectStatus, false);
    m_connectStatus->setText(tr("Connecting to %1\u2026").arg(asked.serverUrl));
    m_sync->enroll(asked.serverUrl, asked.code, asked.deviceName, asked.pinnedCertificate);
}

} // namespace clinic::ui
