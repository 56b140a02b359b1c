#include "clinic/ui/patientsview.h"

#include "clinic/ui/patientlistmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace clinic::ui {

PatientsView::PatientsView(storage::Connection &connection, storage::Session session, QWidget *parent)
    : QWidget(parent),
      m_model(new PatientListModel(connection, std::move(session), this)),
      m_search(new QLineEdit(this)),
      m_status(new QLabel(this)),
      m_table(new QTableView(this)),
      m_new(new QPushButton(tr("&New patient"), this))
{
    setObjectName(QStringLiteral("patientsView"));
    m_search->setObjectName(QStringLiteral("patientSearch"));
    m_search->setPlaceholderText(tr("Search by name, phone, file number or date of birth"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_status->setObjectName(QStringLiteral("patientSearchStatus"));
    m_table->setObjectName(QStringLiteral("patientTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // Widths from the font, not from the rows (the model loads lazily): a full phone number and
    // file number fit, the name takes the rest.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(PatientListModel::Name, QHeaderView::Stretch);
    header->resizeSection(PatientListModel::Phone, fontMetrics().horizontalAdvance(QStringLiteral("+000 00000 000000")) + 24);
    header->resizeSection(PatientListModel::DateOfBirth, fontMetrics().horizontalAdvance(QStringLiteral("00/00/0000  ")) + 24);
    header->resizeSection(PatientListModel::FileNumber, fontMetrics().horizontalAdvance(QStringLiteral("P0000000")) + 32);
    m_new->setObjectName(QStringLiteral("newPatientButton"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_new);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    setTabOrder(m_search, m_table);
    setTabOrder(m_table, m_new);
    setFocusProxy(m_search);

    connect(m_search, &QLineEdit::textChanged, m_model, &PatientListModel::setSearchText);
    connect(m_model, &PatientListModel::searchFinished, this, &PatientsView::onSearchFinished);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) { Q_EMIT patientOpened(m_model->patientId(index.row())); });
    connect(m_new, &QPushButton::clicked, this, [this] { Q_EMIT newPatientRequested(m_search->text().trimmed()); });
    onSearchFinished(0, false);
}

QString PatientsView::statusText() const
{
    return m_status->text();
}

void PatientsView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void PatientsView::refresh()
{
    const qint64 selected = m_table->currentIndex().isValid() ? m_model->patientId(m_table->currentIndex().row()) : 0;
    m_model->refresh();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->patientId(row) == selected) {
            m_table->setCurrentIndex(m_model->index(row, 0));
            break;
        }
    }
}

void PatientsView::onSearchFinished(int rows, bool truncated)
{
    const QString text = m_model->searchText();
    if (!m_model->lastError().isEmpty())
        m_status->setText(tr("Search failed: %1").arg(m_model->lastError()));
    else if (text.isEmpty())
        m_status->setText(tr("Type to find a patient. Enter opens a single match."));
    else if (rows == 0)
        m_status->setText(tr("No patient matches \u201c%1\u201d. Press Enter to register a new patient.").arg(text));
    else if (truncated)
        m_status->setText(tr("Showing the first %n matches; keep typing to narrow them down.", nullptr, rows));
    else
        m_status->setText(tr("%n patient(s) found.", nullptr, rows));
    if (rows > 0 && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_model->index(0, 0));
}

void PatientsView::openCurrent()
{
    const int rows = m_model->rowCount();
    if (rows == 1) {
        Q_EMIT patientOpened(m_model->patientId(0));
    } else if (rows == 0) {
        if (!m_model->searchText().isEmpty())
            Q_EMIT newPatientRequested(m_model->searchText());
    } else {
        m_table->setFocus(Qt::OtherFocusReason);
        if (!m_table->currentIndex().isValid())
            m_table->setCurrentIndex(m_model->index(0, 0));
    }
}

bool PatientsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            openCurrent();
            return true;
        }
        if (key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
            m_table->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace clinic::ui
