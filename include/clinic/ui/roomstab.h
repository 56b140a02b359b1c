#pragma once

#include "clinic/domain/room.h"
#include "clinic/storage/session.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace clinic::storage {
class Connection;
}

namespace clinic::ui {

/// Settings › Rooms: the treatment rooms the calendar can show as columns. Add, rename, or take a
/// room out of use (rooms are never deleted: past appointments name them). Thread: GUI.
class RoomsTab : public QWidget
{
    Q_OBJECT
public:
    RoomsTab(storage::Connection &connection, storage::Session session, QWidget *parent = nullptr);

    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QLineEdit *name() const { return m_name; }
    [[nodiscard]] QCheckBox *active() const { return m_active; }
    [[nodiscard]] QString error() const;

public Q_SLOTS:
    void newRoom();
    bool save();
    void reload();

Q_SIGNALS:
    void saved(const QString &message);

private:
    storage::Connection &m_connection;
    storage::Session m_session;
    QList<domain::Room> m_rooms;
    domain::Room m_current;
    QTableWidget *m_table;
    QLineEdit *m_name;
    QCheckBox *m_active;
    QLabel *m_error;
};

} // namespace clinic::ui
