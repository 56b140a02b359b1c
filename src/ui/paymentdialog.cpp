#include "clinic/ui/paymentdialog.h"

#include "clinic/domain/money.h"
#include "clinic/storage/accountrepository.h"
#include "clinic/storage/paymentrepository.h"
#include "clinic/ui/theme.h"
#include "amountinput.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace clinic::ui {

PaymentDialog::PaymentDialog(storage::Connection &connection, storage::Session session, const domain::Invoice &invoice,
                             QWidget *parent)
    : QDialog(parent), m_connection(connection), m_session(std::move(session)), m_invoice(invoice),
      m_amount(new QLineEdit(this)), m_method(new QComboBox(this)), m_reference(new QLineEdit(this)),
      m_keepCredit(new QCheckBox(tr("&Keep any excess as credit"), this)), m_receipt(new QCheckBox(tr("Print r&eceipt"), this)),
      m_useCredit(new QPushButton(this)), m_amountError(new QLabel(this))
{
    setWindowTitle(tr("Take payment for %1").arg(invoice.numberText));
    storage::AccountRepository accounts(m_connection, m_session);
    m_owed = accounts.outstandingOnInvoice(invoice.meta.id).value_or(0);
    const qint64 credit = accounts.balance(invoice.patientId).value_or(domain::PatientBalance{}).creditMinor();
    const auto money = [this](qint64 v) { return domain::Money(v, m_invoice.currency).format(); };

    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setText(domain::Money(std::max<qint64>(m_owed, 0), invoice.currency).toDecimalString());
    m_amount->selectAll();
    m_amountError->setObjectName(QStringLiteral("amountError"));
    theme::markAsError(m_amountError);
    m_amountError->setWordWrap(true);
    for (const domain::PaymentMethod m : domain::allPaymentMethods())
        m_method->addItem(domain::paymentMethodLabel(m), int(m));
    m_receipt->setChecked(true);
    m_useCredit->setObjectName(QStringLiteral("useCredit"));
    m_useCredit->setText(tr("Use the patient's &credit"));
    m_useCredit->setEnabled(m_owed > 0);
    m_useCredit->setToolTip(credit > 0 ? tr("The patient's balance shows %1 of credit.").arg(money(credit))
                                       : tr("Advances and overpayments of this patient are applied to this invoice."));

    auto *form = new QFormLayout;
    form->addRow(tr("Owed"), new QLabel(QStringLiteral("<b>%1</b> of %2").arg(money(m_owed), money(invoice.totalMinor)), this));
    form->addRow(tr("&Amount"), m_amount);
    form->addRow(QString(), m_amountError);
    form->addRow(tr("&Method"), m_method);
    form->addRow(tr("&Reference"), m_reference);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Take payment"));
    buttons->addButton(m_useCredit, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_keepCredit);
    layout->addWidget(m_receipt);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PaymentDialog::take);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_useCredit, &QPushButton::clicked, this, &PaymentDialog::applyCredit);
    connect(m_amount, &QLineEdit::textEdited, m_amountError, &QLabel::clear);
}

bool PaymentDialog::wantsReceipt() const { return m_receipt->isChecked() && !m_paymentIds.isEmpty(); }

void PaymentDialog::take()
{
    const auto amount = positiveAmount(*m_amount, m_invoice.currency, *m_amountError);
    if (!amount)
        return;
    domain::Payment payment;
    payment.patientId = m_invoice.patientId;
    payment.invoiceId = m_invoice.meta.id;
    payment.amountMinor = amount->minorUnits();
    payment.method = domain::PaymentMethod(m_method->currentData().toInt());
    payment.reference = m_reference->text().trimmed();
    const auto stored = storage::PaymentRepository(m_connection, m_session).record(payment, m_keepCredit->isChecked());
    if (!stored) {
        m_amountError->setText(stored.error().details());
        return;
    }
    for (const auto &p : stored.value())
        m_paymentIds << p.meta.id;
    accept();
}

void PaymentDialog::applyCredit()
{
    // As much of the credit as the invoice needs (or the amount typed, if smaller).
    storage::PaymentRepository payments(m_connection, m_session);
    domain::Money typed;
    qint64 amount = m_owed;
    if (domain::Money::parse(m_amount->text(), m_invoice.currency, &typed) && typed.minorUnits() > 0)
        amount = std::min(amount, typed.minorUnits());
    amount = std::min(amount, payments.creditHeld(m_invoice.patientId).value_or(0));
    if (amount <= 0) {
        m_amountError->setText(tr("This patient has no credit to use."));
        return;
    }
    const auto applied = payments.applyCredit(m_invoice.meta.id, amount);
    if (!applied) {
        m_amountError->setText(applied.error().details());
        return;
    }
    accept();
}

} // namespace clinic::ui
