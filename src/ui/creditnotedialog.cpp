#include "clinic/ui/creditnotedialog.h"

#include "clinic/domain/money.h"
#include "clinic/storage/creditnoterepository.h"
#include "clinic/storage/settingsrepository.h"
#include "clinic/ui/theme.h"
#include "amountinput.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace clinic::ui {

CreditNoteDialog::CreditNoteDialog(storage::Connection &connection, storage::Session session, const domain::Invoice &invoice,
                                   QWidget *parent)
    : QDialog(parent), m_connection(connection), m_session(std::move(session)), m_invoice(invoice), m_amount(new QLineEdit(this)),
      m_reason(new QLineEdit(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Credit note for %1").arg(invoice.numberText));
    qint64 credited = 0;
    if (const auto notes = storage::CreditNoteRepository(m_connection, m_session).forInvoice(invoice.meta.id)) {
        for (const auto &n : notes.value())
            credited += n.totalMinor;
    }
    const qint64 left = invoice.totalMinor - credited;
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setText(domain::Money(left, invoice.currency).toDecimalString());
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("Why the invoice is corrected (printed on the note)"));
    m_error->setObjectName(QStringLiteral("error"));
    theme::markAsError(m_error);
    m_error->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Invoice total"), new QLabel(domain::Money(invoice.totalMinor, invoice.currency).format(), this));
    form->addRow(tr("Not yet credited"), new QLabel(domain::Money(left, invoice.currency).format(), this));
    form->addRow(tr("Credit &amount"), m_amount);
    form->addRow(tr("&Reason"), m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Issue credit note"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The full amount voids the invoice. A credit note cannot be changed once issued."), this));
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CreditNoteDialog::issue);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void CreditNoteDialog::issue()
{
    const auto amount = positiveAmount(*m_amount, m_invoice.currency, *m_error);
    if (!amount)
        return;
    const auto rule = storage::SettingsRepository(m_connection, m_session).numberingRule(true);
    const auto note = storage::CreditNoteRepository(m_connection, m_session).issue(m_invoice.meta.id, amount->minorUnits(), m_reason->text(), rule);
    if (!note) {
        m_error->setText(note.error().details());
        return;
    }
    m_creditNoteId = note.value().meta.id;
    accept();
}

} // namespace clinic::ui
