#pragma once

#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QSettings;

namespace clinic::storage {
class Connection;
}
namespace clinic::sync {
class SyncManager;
}

namespace clinic::ui {

class EnrollmentForm;

/// Settings › This desk: the device id, whether and to which server it is connected, how many
/// changes wait to be sent, the language of this desk's screens (applied at the next start;
/// setting ui/language), and, for a desk that is not connected (or whose device the server
/// revoked), the form that connects it: the server's address and the one-time enrollment code
/// from its administrator, sent through the sync manager, whose answer is shown under the form.
/// Thread: the GUI thread.
class DeviceTab : public QWidget
{
    Q_OBJECT
public:
    /// `settings` keeps the desk's language choice; `syncManager` enrolls the desk. Neither is
    /// owned, both may be null (no language choice, no enrollment form), both outlive the tab.
    explicit DeviceTab(storage::Connection &connection, QSettings *settings = nullptr, sync::SyncManager *syncManager = nullptr,
                       QWidget *parent = nullptr);
    [[nodiscard]] QString text() const;
    [[nodiscard]] QComboBox *language() const { return m_language; }
    /// The connect form (hidden while the desk is connected).
    [[nodiscard]] QGroupBox *connectBox() const { return m_connectBox; }
    [[nodiscard]] EnrollmentForm *enrollmentForm() const { return m_form; }
    [[nodiscard]] QPushButton *connectButton() const { return m_connect; }
    /// What the last connection attempt answered.
    [[nodiscard]] QLabel *connectStatus() const { return m_connectStatus; }

public Q_SLOTS:
    void refresh();
    /// Checks the form and asks the sync manager to enroll this desk.
    void connectToServer();

private:
    storage::Connection &m_connection;
    QSettings *m_settings;
    sync::SyncManager *m_sync;
    QLabel *m_text;
    QComboBox *m_language;
    QGroupBox *m_connectBox;
    EnrollmentForm *m_form;
    QPushButton *m_connect;
    QLabel *m_connectStatus;
    bool m_revoked = false;  ///< the server refused this desk's token: offer to connect again
};

} // namespace clinic::ui
