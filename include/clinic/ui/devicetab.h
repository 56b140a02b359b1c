#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QSettings;

namespace clinic::storage {
class Connection;
}

namespace clinic::ui {

/// Settings › This desk: the device id, whether and to which server it is connected, how many
/// changes wait to be sent, and how to connect a desk that is not (the one-time enrollment code
/// from the server's administrator), and the language of this desk's screens (applied at the
/// next start; setting ui/language). Thread: the GUI thread.
class DeviceTab : public QWidget
{
    Q_OBJECT
public:
    /// `settings` (not owned; may be null) keeps the desk's language choice.
    explicit DeviceTab(storage::Connection &connection, QSettings *settings = nullptr, QWidget *parent = nullptr);
    [[nodiscard]] QString text() const;
    [[nodiscard]] QComboBox *language() const { return m_language; }

public Q_SLOTS:
    void refresh();

private:
    storage::Connection &m_connection;
    QLabel *m_text;
    QComboBox *m_language;
    QSettings *m_settings;
};

} // namespace clinic::ui
