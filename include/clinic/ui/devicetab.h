#pragma once

#include <QWidget>

class QLabel;

namespace clinic::storage {
class Connection;
}

namespace clinic::ui {

/// Settings › This desk: the device id, whether and to which server it is connected, how many
/// changes wait to be sent, and how to connect a desk that is not (the one-time enrollment code
/// from the server's administrator). Read-only. Thread: the GUI thread.
class DeviceTab : public QWidget
{
    Q_OBJECT
public:
    explicit DeviceTab(storage::Connection &connection, QWidget *parent = nullptr);
    [[nodiscard]] QString text() const;

public Q_SLOTS:
    void refresh();

private:
    storage::Connection &m_connection;
    QLabel *m_text;
};

} // namespace clinic::ui
