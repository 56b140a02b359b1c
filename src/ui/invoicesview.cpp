#include "clinic/ui/invoicesview.h"

#include "clinic/domain/money.h"
#include "clinic/print/billingdocument.h"
#include "clinic/storage/invoicerepository.h"
#include "clinic/storage/patientrepository.h"
#include "clinic/storage/practitionerrepository.h"
#include "clinic/ui/creditnotedialog.h"
#include "clinic/ui/invoiceeditordialog.h"
#include "clinic/ui/invoicelistmodel.h"
#include "clinic/ui/paymentdialog.h"
#include "documentoutput.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace clinic::ui {

InvoicesView::InvoicesView(storage::Connection &connection, storage::Session session, QWidget *parent)
    : QWidget(parent), m_connection(connection), m_session(std::move(session)), m_model(new InvoiceListModel(m_connection, m_session, this)),
      m_table(new QTableView(this)), m_status(new QComboBox(this)), m_practitioner(new QComboBox(this)),
      m_owedOnly(new QCheckBox(tr("&Owed only"), this)), m_patient(new QLineEdit(this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)), m_summary(new QLabel(this)),
      m_open(new QPushButton(tr("&Open draft"), this)), m_pay(new QPushButton(tr("Take &payment (P)"), this)),
      m_credit(new QPushButton(tr("C&redit note"), this)), m_print(new QPushButton(tr("Pr&int…"), this)),
      m_pdf(new QPushButton(tr("Save P&DF…"), this))
{
    setObjectName(QStringLiteral("invoicesView"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("All"), -1);
    m_status->addItem(tr("Drafts"), int(domain::InvoiceStatus::Draft));
    m_status->addItem(tr("Issued"), int(domain::InvoiceStatus::Issued));
    m_practitioner->addItem(tr("All practitioners"), 0);
    if (const auto practitioners = storage::PractitionerRepository(m_connection, m_session).list()) {
        for (const auto &p : practitioners.value())
            m_practitioner->addItem(p.name, p.meta.id);
    }
    const QDate today = m_session.today();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd MMM yyyy"));
    }
    m_from->setDate(today.addMonths(-1).addDays(1));
    m_to->setDate(today);
    m_summary->setObjectName(QStringLiteral("invoiceSummary"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Status"), this));
    filters->addWidget(m_status);
    filters->addWidget(new QLabel(tr("From"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addWidget(m_practitioner);
    m_patient->setPlaceholderText(tr("Patient name, phone or file number"));
    m_patient->setClearButtonEnabled(true);
    filters->addWidget(m_patient, 1);
    filters->addWidget(m_owedOnly);
    filters->addStretch(1);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(InvoiceListModel::Patient, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->installEventFilter(this);

    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_open, m_pay, m_credit, m_print, m_pdf})
        actions->addWidget(b);
    actions->addStretch(1);
    actions->addWidget(m_summary);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);

    connect(m_status, &QComboBox::currentIndexChanged, this, &InvoicesView::applyFilter);
    connect(m_practitioner, &QComboBox::currentIndexChanged, this, &InvoicesView::applyFilter);
    connect(m_owedOnly, &QCheckBox::toggled, this, &InvoicesView::applyFilter);
    connect(m_patient, &QLineEdit::textChanged, this, &InvoicesView::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &InvoicesView::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &InvoicesView::applyFilter);
    connect(m_table, &QTableView::doubleClicked, this, &InvoicesView::openSelected);
    connect(m_open, &QPushButton::clicked, this, &InvoicesView::openSelected);
    connect(m_pay, &QPushButton::clicked, this, &InvoicesView::takePaymentOnSelected);
    connect(m_credit, &QPushButton::clicked, this, &InvoicesView::creditNoteOnSelected);
    connect(m_print, &QPushButton::clicked, this, &InvoicesView::printSelected);
    connect(m_pdf, &QPushButton::clicked, this, &InvoicesView::savePdfOfSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InvoicesView::updateActions);
    applyFilter();
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &InvoicesView::updateActions);
}

void InvoicesView::applyFilter()
{
    storage::InvoiceFilter filter;
    if (const int status = m_status->currentData().toInt(); status >= 0)
        filter.status = domain::InvoiceStatus(status);
    filter.from = m_from->date();
    filter.to = m_to->date();
    if (const qint64 practitioner = m_practitioner->currentData().toLongLong(); practitioner > 0)
        filter.practitionerId = practitioner;
    filter.outstandingOnly = m_owedOnly->isChecked();
    if (const QString who = m_patient->text().trimmed(); !who.isEmpty()) {
        // The same search as the Patients page (accents, phones, file numbers).
        QList<qint64> ids;
        if (const auto found = storage::PatientRepository(m_connection, m_session).search(who, 200)) {
            for (const auto &p : found.value().patients)
                ids << p.meta.id;
        }
        filter.patientIds = ids;
    }
    m_model->setFilter(filter);
}

void InvoicesView::refresh()
{
    const int row = selectedRow();
    const qint64 id = row >= 0 ? m_model->invoice(row).meta.id : 0;
    m_model->reload();
    if (const int again = id ? m_model->rowOf(id) : -1; again >= 0)
        m_table->selectRow(again);
}

int InvoicesView::selectedRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void InvoicesView::updateActions()
{
    const int row = selectedRow();
    const bool has = row >= 0;
    const bool issued = has && m_model->invoice(row).status == domain::InvoiceStatus::Issued;
    m_open->setEnabled(has && !issued);
    m_pay->setEnabled(issued && m_model->outstanding(row) > 0);
    m_credit->setEnabled(issued);
    m_print->setEnabled(has);
    m_pdf->setEnabled(has);
    qint64 total = 0, owed = 0;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        total += m_model->invoice(i).totalMinor;
        owed += std::max<qint64>(0, m_model->outstanding(i));
    }
    const QString message = m_model->lastError().isEmpty()
        ? tr("%n invoice(s), %1 invoiced, %2 owed", nullptr, m_model->rowCount())
              .arg(domain::Money(total, m_session.currency).format(), domain::Money(owed, m_session.currency).format())
        : m_model->lastError();
    m_summary->setText(message);
}

void InvoicesView::openSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const domain::Invoice invoice = m_model->invoice(row);
    if (invoice.status == domain::InvoiceStatus::Issued) {
        savePdfOfSelected();  // an issued invoice is read, not edited: its document is the view
        return;
    }
    const auto full = storage::InvoiceRepository(m_connection, m_session).get(invoice.meta.id);
    if (!full)
        return;
    InvoiceEditorDialog editor(m_connection, m_session, full.value(), this);
    const int outcome = editor.exec();
    if (outcome == InvoiceEditorDialog::Issued) {
        Q_EMIT saved(tr("Issued %1.").arg(editor.invoice().numberText));
        if (editor.wantsReceipt())
            Q_EMIT receiptRequested(editor.paymentIds());
    } else if (outcome == InvoiceEditorDialog::DraftSaved) {
        Q_EMIT saved(tr("Draft saved."));
    }
    refresh();
}

void InvoicesView::takePaymentOnSelected()
{
    const int row = selectedRow();
    if (row < 0 || m_model->invoice(row).status != domain::InvoiceStatus::Issued)
        return;
    PaymentDialog dialog(m_connection, m_session, m_model->invoice(row), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Q_EMIT saved(tr("Payment recorded on %1.").arg(m_model->invoice(row).numberText));
    if (dialog.wantsReceipt())
        Q_EMIT receiptRequested(dialog.paymentIds());
    refresh();
}

void InvoicesView::creditNoteOnSelected()
{
    const int row = selectedRow();
    if (row < 0 || m_model->invoice(row).status != domain::InvoiceStatus::Issued)
        return;
    CreditNoteDialog dialog(m_connection, m_session, m_model->invoice(row), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Q_EMIT saved(tr("Credit note issued for %1.").arg(m_model->invoice(row).numberText));
    refresh();
}

void InvoicesView::printSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const auto document = print::BillingDocument::invoice(m_connection, m_session, m_model->invoice(row).meta.id);
    if (!document) {
        QMessageBox::warning(this, tr("Cannot print"), document.error().message());
        return;
    }
    printDocument(this, document.value(), print::PaperFormat::A4);
}

void InvoicesView::savePdfOfSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const auto document = print::BillingDocument::invoice(m_connection, m_session, m_model->invoice(row).meta.id);
    if (!document) {
        QMessageBox::warning(this, tr("Cannot create the PDF"), document.error().message());
        return;
    }
    savePdf(this, document.value(), print::PaperFormat::A4);
}

bool InvoicesView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
            return QWidget::eventFilter(watched, event);
        if (key->key() == Qt::Key_P) {
            takePaymentOnSelected();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            openSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace clinic::ui
