#include "clinic/ui/refunddialog.h"

#include "clinic/domain/money.h"
#include "clinic/domain/payment.h"
#include "clinic/storage/accountrepository.h"
#include "clinic/storage/patientrepository.h"
#include "clinic/storage/paymentrepository.h"
#include "clinic/ui/theme.h"
#include "amountinput.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace clinic::ui {

RefundDialog::RefundDialog(storage::Connection &connection, storage::Session session, qint64 patientId, QWidget *parent)
    : QDialog(parent), m_connection(connection), m_session(std::move(session)), m_patientId(patientId), m_amount(new QLineEdit(this)),
      m_method(new QComboBox(this)), m_reference(new QLineEdit(this)), m_reason(new QLineEdit(this)), m_amountError(new QLabel(this))
{
    const auto patient = storage::PatientRepository(m_connection, m_session).get(patientId);
    setWindowTitle(tr("Refund credit to %1").arg(patient ? patient.value().fullName() : QString()));
    m_credit = storage::AccountRepository(m_connection, m_session).balance(patientId).value_or(domain::PatientBalance{}).creditMinor();
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setText(domain::Money(m_credit, m_session.currency).toDecimalString());
    m_amount->selectAll();
    m_amountError->setObjectName(QStringLiteral("amountError"));
    m_amountError->setWordWrap(true);
    theme::markAsError(m_amountError);
    for (const domain::PaymentMethod m : domain::allPaymentMethods())
        m_method->addItem(domain::paymentMethodLabel(m), int(m));
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("e.g. treatment ended, sessions not used"));

    auto *form = new QFormLayout;
    form->addRow(tr("Credit held"), new QLabel(QStringLiteral("<b>%1</b>").arg(domain::Money(m_credit, m_session.currency).format()), this));
    form->addRow(tr("&Amount"), m_amount);
    form->addRow(QString(), m_amountError);
    form->addRow(tr("&Method"), m_method);
    form->addRow(tr("Re&ference"), m_reference);
    form->addRow(tr("Re&ason"), m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Refund"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RefundDialog::refund);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_amount, &QLineEdit::textEdited, m_amountError, &QLabel::clear);
}

void RefundDialog::refund()
{
    const auto amount = positiveAmount(*m_amount, m_session.currency, *m_amountError);
    if (!amount)
        return;
    domain::Payment refund;
    refund.patientId = m_patientId;
    refund.kind = domain::PaymentKind::Refund;
    refund.amountMinor = amount->minorUnits();
    refund.currency = m_session.currency;
    refund.method = domain::PaymentMethod(m_method->currentData().toInt());
    refund.reference = m_reference->text().trimmed();
    refund.notes = m_reason->text().trimmed();
    const auto stored = storage::PaymentRepository(m_connection, m_session).record(refund);
    if (!stored) {
        m_amountError->setText(stored.error().details());
        return;
    }
    m_refundId = stored.value().first().meta.id;
    accept();
}

} // namespace clinic::ui
