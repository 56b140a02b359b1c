#pragma once

#include "clinic/storage/session.h"

#include <QTabWidget>

class QSettings;

namespace clinic::storage {
class Connection;
}

namespace clinic::sync {
class SyncManager;
}

namespace clinic::ui {

class BackupTab;
class DeviceTab;
class RoomsTab;
class ClinicProfileTab;
class NumberingTab;
class PractitionersTab;
class PriceListTab;
class UsersTab;

/// The Settings page (administrators only): clinic profile, invoice numbering, price list,
/// practitioners, rooms, users, backup, and this desk's device and sync status. Every tab reports its saves through saved(). Thread: the GUI thread.
class SettingsView : public QTabWidget
{
    Q_OBJECT
public:
    /// `settings` (not owned, may be null): this desk's preferences (language); `syncManager`
    /// (not owned, may be null): connects this desk to a server from This desk.
    SettingsView(storage::Connection &connection, storage::Session session, QSettings *settings = nullptr,
                 sync::SyncManager *syncManager = nullptr, QWidget *parent = nullptr);

    [[nodiscard]] ClinicProfileTab *profile() const { return m_profile; }
    [[nodiscard]] NumberingTab *numbering() const { return m_numbering; }
    [[nodiscard]] PriceListTab *priceList() const { return m_priceList; }
    [[nodiscard]] PractitionersTab *practitioners() const { return m_practitioners; }
    [[nodiscard]] UsersTab *users() const { return m_users; }
    [[nodiscard]] BackupTab *backup() const { return m_backup; }
    [[nodiscard]] RoomsTab *rooms() const { return m_rooms; }
    [[nodiscard]] DeviceTab *device() const { return m_device; }

Q_SIGNALS:
    void saved(const QString &message);
    /// Settings › Backup noted a restore and the user chose to close ClinicDesk now.
    void restartRequested();

private:
    ClinicProfileTab *m_profile;
    NumberingTab *m_numbering;
    PriceListTab *m_priceList;
    PractitionersTab *m_practitioners;
    UsersTab *m_users;
    BackupTab *m_backup;
    RoomsTab *m_rooms;
    DeviceTab *m_device;
};

} // namespace clinic::ui
