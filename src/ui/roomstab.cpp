#include "clinic/ui/roomstab.h"

#include "clinic/storage/roomrepository.h"
#include "clinic/ui/theme.h"
#include "readonlytable.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

namespace clinic::ui {

RoomsTab::RoomsTab(storage::Connection &connection, storage::Session session, QWidget *parent)
    : QWidget(parent), m_connection(connection), m_session(std::move(session)),
      m_table(readOnlyTable({tr("Room"), tr("In use")}, QStringLiteral("rooms"), this)), m_name(new QLineEdit(this)),
      m_active(new QCheckBox(tr("In use"), this)), m_error(new QLabel(this))
{
    theme::markAsError(m_error);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(QString(), m_active);
    const auto [newButton, saveButton] = layOutListEditor(this, m_table, form, m_error, tr("&New room"), tr("&Save room"));
    connect(newButton, &QPushButton::clicked, this, &RoomsTab::newRoom);
    connect(saveButton, &QPushButton::clicked, this, &RoomsTab::save);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row < 0 || row >= m_rooms.size())
            return;
        m_current = m_rooms.at(row);
        m_name->setText(m_current.name);
        m_active->setChecked(m_current.active);
        m_error->clear();
    });
    reload();
    newRoom();
}

QString RoomsTab::error() const { return m_error->text(); }

void RoomsTab::reload()
{
    m_table->setRowCount(0);
    m_rooms = storage::RoomRepository(m_connection, m_session).list(false).value_or(QList<domain::Room>{});
    for (const domain::Room &r : m_rooms)
        appendRow(m_table, {r.name, r.active ? tr("yes") : tr("no")});
}

void RoomsTab::newRoom()
{
    m_current = domain::Room{};
    m_name->clear();
    m_active->setChecked(true);
    m_error->clear();
    m_name->setFocus();
}

bool RoomsTab::save()
{
    domain::Room room = m_current;
    room.name = m_name->text().trimmed();
    room.active = m_active->isChecked();
    storage::RoomRepository rooms(m_connection, m_session);
    const auto stored = room.meta.id ? rooms.update(m_current, room) : rooms.create(room);  // only what was changed here
    if (!stored) {
        m_error->setText(stored.error().details());
        return false;
    }
    m_current = stored.value();
    reload();
    Q_EMIT saved(tr("Saved %1.").arg(m_current.name));
    return true;
}

} // namespace clinic::ui
