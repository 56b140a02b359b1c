#include "clinic/ui/todayview.h"

#include "clinic/ui/appointmentstatuscommand.h"
#include "clinic/ui/todaymodel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QLocale>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace clinic::ui {

TodayView::TodayView(storage::Connection &connection, storage::Session session, QUndoStack &undo, QWidget *parent)
    : QWidget(parent),
      m_connection(connection),
      m_session(session),
      m_undo(undo),
      m_model(new TodayModel(connection, std::move(session), this)),
      m_find(new QLineEdit(this)),
      m_table(new QTableView(this)),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("todayView"));
    m_table->setObjectName(QStringLiteral("todayTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(TodayModel::Patient, QHeaderView::Stretch);
    m_table->installEventFilter(this);
    m_message->setObjectName(QStringLiteral("todayMessage"));
    m_message->setWordWrap(true);

    m_find->setObjectName(QStringLiteral("checkInSearch"));
    m_find->setPlaceholderText(tr("Check in: type the patient's name, phone or file number, then Enter"));
    m_find->setClearButtonEnabled(true);
    m_find->installEventFilter(this);
    connect(m_find, &QLineEdit::textChanged, this, &TodayView::filter);
    connect(m_find, &QLineEdit::returnPressed, this, &TodayView::checkInFound);
    auto *toFind = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_I), this);  // "check In"
    toFind->setContext(Qt::WidgetWithChildrenShortcut);
    connect(toFind, &QShortcut::activated, this, [this] {
        m_find->setFocus(Qt::ShortcutFocusReason);
        m_find->selectAll();
    });

    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(QLocale().toString(m_session.today(), QLocale::LongFormat).toHtmlEscaped()), this);
    layout->addWidget(title);
    layout->addWidget(m_find);
    layout->addWidget(m_table, 1);
    auto *keys = new QLabel(tr("Keys on the selected appointment: A arrived \u00b7 R in room \u00b7 C completed \u00b7 N no-show \u00b7 F confirmed \u00b7 P take payment"), this);
    keys->setEnabled(false);
    layout->addWidget(keys);
    layout->addWidget(m_message);
    setFocusProxy(m_table);
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    connect(&m_tick, &QTimer::timeout, this, &TodayView::refresh);
    m_tick.start(30'000);
}

QString TodayView::message() const
{
    return m_message->text();
}

void TodayView::refresh()
{
    const int row = m_table->currentIndex().row();
    const qint64 selected = row >= 0 && row < m_model->rowCount() ? m_model->appointment(row).meta.id : 0;
    m_model->reload();
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->appointment(r).meta.id == selected || (selected == 0 && r == 0)) {
            m_table->setCurrentIndex(m_model->index(r, 0));
            break;
        }
    }
    if (!m_model->lastError().isEmpty())
        m_message->setText(tr("Could not load today's appointments: %1").arg(m_model->lastError()));
    if (!m_find->text().isEmpty())
        filter(m_find->text());  // the reload showed every row again
}

void TodayView::filter(const QString &text)
{
    int first = -1;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const bool shown = m_model->matches(r, text);
        m_table->setRowHidden(r, !shown);
        if (shown && first < 0)
            first = r;
    }
    if (first >= 0 && (m_table->currentIndex().row() < 0 || m_table->isRowHidden(m_table->currentIndex().row())))
        m_table->setCurrentIndex(m_model->index(first, 0));
}

void TodayView::checkInFound()
{
    const QString text = m_find->text().trimmed();
    if (text.isEmpty())
        return;
    // The ones still to come: booked or confirmed (someone already here needs no check-in).
    QList<int> waiting;
    int shown = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_table->isRowHidden(r))
            continue;
        ++shown;
        const auto status = m_model->appointment(r).status;
        if (status == domain::AppointmentStatus::Booked || status == domain::AppointmentStatus::Confirmed)
            waiting << r;
    }
    if (waiting.size() == 1) {
        const int row = waiting.first();
        const QString who = m_model->data(m_model->index(row, TodayModel::Patient)).toString();
        m_table->setCurrentIndex(m_model->index(row, 0));
        setSelectedStatus(domain::AppointmentStatus::Arrived);
        if (m_message->text().isEmpty()) {  // not refused
            m_message->setText(tr("Checked in %1.").arg(who));
            m_find->clear();
        }
        return;
    }
    if (waiting.size() > 1 || shown > 1) {
        m_message->setText(tr("Several of today's appointments match; choose one with the arrow keys and press A."));
        m_table->setFocus();
        return;
    }
    m_message->setText(shown == 1 ? tr("That patient is already checked in.")
                                  : tr("Nobody booked today matches \u201c%1\u201d.").arg(text));
}

void TodayView::setSelectedStatus(domain::AppointmentStatus status)
{
    const int row = m_table->currentIndex().row();
    if (row < 0 || row >= m_model->rowCount())
        return;
    QString refused;
    m_undo.push(new AppointmentStatusCommand(m_connection, m_session, m_model->appointment(row).meta.id, status, {}, &refused));
    if (!refused.isEmpty()) {  // the stack dropped the command
        m_message->setText(refused);
        return;
    }
    m_message->clear();
    refresh();
}

bool TodayView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_find && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down) {  // into the list, to choose among the matches
            m_table->setFocus();
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_find->text().isEmpty()) {
            m_find->clear();
            return true;
        }
    }
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
            return QWidget::eventFilter(watched, event);
        using S = domain::AppointmentStatus;
        switch (key->key()) {
        case Qt::Key_A:
            setSelectedStatus(S::Arrived);
            return true;
        case Qt::Key_R:
            setSelectedStatus(S::InRoom);
            return true;
        case Qt::Key_C:
            setSelectedStatus(S::Completed);
            return true;
        case Qt::Key_N:
            setSelectedStatus(S::NoShow);
            return true;
        case Qt::Key_F:
            setSelectedStatus(S::Confirmed);
            return true;
        case Qt::Key_P:
            if (const QModelIndex current = m_table->currentIndex(); current.isValid())
                Q_EMIT checkoutRequested(m_model->appointment(current.row()).meta.id);
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace clinic::ui
