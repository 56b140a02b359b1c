#include "clinic/ui/settingsview.h"

#include "clinic/ui/backuptab.h"
#include "clinic/ui/clinicprofiletab.h"
#include "clinic/ui/devicetab.h"
#include "clinic/ui/roomstab.h"
#include "clinic/ui/numberingtab.h"
#include "clinic/ui/practitionerstab.h"
#include "clinic/ui/pricelisttab.h"
#include "clinic/ui/userstab.h"

namespace clinic::ui {

SettingsView::SettingsView(storage::Connection &connection, storage::Session session, QSettings *settings, sync::SyncManager *syncManager,
                           QWidget *parent)
    : QTabWidget(parent), m_profile(new ClinicProfileTab(connection, session, this)), m_numbering(new NumberingTab(connection, session, this)),
      m_priceList(new PriceListTab(connection, session, this)), m_practitioners(new PractitionersTab(connection, session, this)), m_users(new UsersTab(connection, session, this)),
      m_backup(new BackupTab(connection, settings, this)), m_rooms(new RoomsTab(connection, session, this)), m_device(new DeviceTab(connection, settings, syncManager, this))
{
    setObjectName(QStringLiteral("settingsView"));
    addTab(m_profile, tr("&Clinic"));
    addTab(m_numbering, tr("Invoice &numbers"));
    addTab(m_priceList, tr("&Price list"));
    addTab(m_practitioners, tr("Prac&titioners"));
    addTab(m_rooms, tr("&Rooms"));
    addTab(m_users, tr("&Users"));
    addTab(m_backup, tr("&Backup"));
    addTab(m_device, tr("This &desk"));
    connect(m_profile, &ClinicProfileTab::saved, this, &SettingsView::saved);
    connect(m_numbering, &NumberingTab::saved, this, &SettingsView::saved);
    connect(m_priceList, &PriceListTab::saved, this, &SettingsView::saved);
    connect(m_users, &UsersTab::saved, this, &SettingsView::saved);
    connect(m_rooms, &RoomsTab::saved, this, &SettingsView::saved);
    connect(m_backup, &BackupTab::restartRequested, this, &SettingsView::restartRequested);
    connect(m_practitioners, &PractitionersTab::saved, this, &SettingsView::saved);
    connect(m_practitioners, &PractitionersTab::saved, m_users, &UsersTab::reloadPractitioners);  // users link to them
}

} // namespace clinic::ui
