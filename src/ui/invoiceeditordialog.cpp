#include "clinic/ui/invoiceeditordialog.h"

#include "ui_invoiceeditor.h"

#include "clinic/domain/invoicecalculator.h"
#include "clinic/domain/money.h"
#include "clinic/storage/appointmentrepository.h"
#include "clinic/storage/checkout.h"
#include "clinic/storage/invoicerepository.h"
#include "clinic/storage/patientrepository.h"
#include "clinic/storage/practitionerrepository.h"
#include "clinic/storage/servicerepository.h"
#include "clinic/storage/settingsrepository.h"
#include "clinic/ui/theme.h"

#include <QComboBox>
#include <QHeaderView>
#include <QRegularExpression>
#include <QShortcut>

namespace clinic::ui {
namespace {

enum LineColumn { Description, Quantity, UnitPrice, DiscountPercent, TaxPercent, Amount };
enum PartColumn { Method, PartAmount, Reference };
constexpr int kServiceRole = Qt::UserRole;
constexpr int kTaxCodeRole = Qt::UserRole + 1;

/// "12", "12.5", "12.50" -> basis points; nothing when it is not a percentage 0..100.
std::optional<int> percentToBp(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,3})(?:[.,](\\d{1,2}))?\\s*%?\\s*$"));
    if (text.trimmed().isEmpty())
        return 0;
    const auto m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int bp = m.captured(1).toInt() * 100 + (m.captured(2).isEmpty() ? 0 : m.captured(2).leftJustified(2, QLatin1Char('0')).toInt());
    return bp <= 10000 ? std::optional<int>(bp) : std::nullopt;
}

QString bpToPercent(int bp)
{
    return bp % 100 == 0 ? QString::number(bp / 100) : QStringLiteral("%1.%2").arg(bp / 100).arg(bp % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

InvoiceEditorDialog::InvoiceEditorDialog(storage::Connection &connection, storage::Session session, qint64 patientId,
                                         std::optional<qint64> appointmentId, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::InvoiceEditor>()), m_connection(connection), m_session(std::move(session))
{
    m_invoice.patientId = patientId;
    m_invoice.appointmentId = appointmentId;
    setUp();
    if (appointmentId) {
        if (const auto appointment = storage::AppointmentRepository(m_connection, m_session).get(*appointmentId)) {
            m_invoice.practitionerId = appointment.value().practitionerId;
            if (appointment.value().serviceId) {
                if (const auto service = storage::ServiceRepository(m_connection, m_session).get(*appointment.value().serviceId))
                    addServiceLine(service.value());
            }
        }
    }
    addPart(domain::PaymentMethod::Cash, 0);
    recompute();
}

InvoiceEditorDialog::InvoiceEditorDialog(storage::Connection &connection, storage::Session session, const domain::Invoice &draft,
                                         QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::InvoiceEditor>()), m_connection(connection), m_session(std::move(session)),
      m_invoice(draft)
{
    setUp();
    m_filling = true;
    for (const domain::InvoiceLine &line : draft.lines) {
        addFreeLine(line.description, line.unitPriceMinor);
        const int row = m_ui->lines->rowCount() - 1;
        m_ui->lines->item(row, Description)->setData(kServiceRole, line.serviceId ? QVariant(*line.serviceId) : QVariant());
        m_ui->lines->item(row, Description)->setData(kTaxCodeRole, line.taxCode);
        m_ui->lines->item(row, Quantity)->setText(QString::number(line.quantity));
        m_ui->lines->item(row, DiscountPercent)->setText(line.discountBp ? bpToPercent(line.discountBp) : QString());
        m_ui->lines->item(row, TaxPercent)->setText(bpToPercent(line.taxRateBp));
    }
    if (draft.invoiceDiscountBp)
        m_ui->invoiceDiscount->setText(bpToPercent(draft.invoiceDiscountBp));
    m_filling = false;
    addPart(domain::PaymentMethod::Cash, 0);
    recompute();
}

InvoiceEditorDialog::~InvoiceEditorDialog() = default;

void InvoiceEditorDialog::setUp()
{
    m_ui->setupUi(this);
    for (QLabel *error : {m_ui->error, m_ui->linesError, m_ui->invoiceDiscountError, m_ui->paymentError})
        theme::markAsError(error);
    const auto patient = storage::PatientRepository(m_connection, m_session).get(m_invoice.patientId);
    QString who = patient ? patient.value().fullName().toHtmlEscaped() : tr("(unknown patient)");
    if (m_invoice.practitionerId) {
        if (const auto practitioner = storage::PractitionerRepository(m_connection, m_session).get(*m_invoice.practitionerId))
            who += tr(" · seen by %1").arg(practitioner.value().name.toHtmlEscaped());
    }
    m_ui->heading->setText(QStringLiteral("<h3>%1</h3>%2").arg(m_invoice.meta.id ? tr("Draft invoice") : tr("New invoice"), who));
    setWindowTitle(tr("Invoice for %1").arg(patient ? patient.value().fullName() : QString()));

    m_ui->lines->setHorizontalHeaderLabels({tr("Description"), tr("Qty"), tr("Unit price"), tr("Discount %"), tr("Tax %"), tr("Amount")});
    m_ui->lines->horizontalHeader()->setSectionResizeMode(Description, QHeaderView::Stretch);
    m_ui->lines->verticalHeader()->hide();
    m_ui->parts->setHorizontalHeaderLabels({tr("Method"), tr("Amount"), tr("Reference (slip, UPI id)")});
    m_ui->parts->horizontalHeader()->setSectionResizeMode(Reference, QHeaderView::Stretch);
    m_ui->parts->verticalHeader()->hide();

    if (const auto services = storage::ServiceRepository(m_connection, m_session).list(true)) {
        m_services = services.value();
        for (const domain::Service &s : m_services)
            m_ui->service->addItem(QStringLiteral("%1 — %2 (%3)").arg(s.code, s.name, domain::Money(s.priceMinor, m_session.currency).format()));
    }
    connect(m_ui->addService, &QPushButton::clicked, this, [this] {
        const int i = m_ui->service->currentIndex();
        if (i >= 0 && i < m_services.size())
            addServiceLine(m_services.at(i));
    });
    connect(m_ui->addFreeLine, &QPushButton::clicked, this, [this] {
        addFreeLine();
        m_ui->lines->setCurrentCell(m_ui->lines->rowCount() - 1, Description);
        m_ui->lines->editItem(m_ui->lines->item(m_ui->lines->rowCount() - 1, Description));
    });
    connect(m_ui->removeLine, &QPushButton::clicked, this, [this] {
        if (m_ui->lines->currentRow() >= 0) {
            m_ui->lines->removeRow(m_ui->lines->currentRow());
            recompute();
        }
    });
    connect(m_ui->lines, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            recompute();
    });
    connect(m_ui->parts, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_filling && item->column() == PartAmount)
            m_partsTouched = true;
    });
    connect(m_ui->addPart, &QPushButton::clicked, this, [this] {
        m_partsTouched = true;
        addPart(domain::PaymentMethod::Card, 0);
    });
    connect(m_ui->invoiceDiscount, &QLineEdit::textChanged, this, [this] {
        if (!m_filling)
            recompute();
    });
    connect(m_ui->issue, &QPushButton::clicked, this, &InvoiceEditorDialog::issueNow);
    connect(m_ui->saveDraft, &QPushButton::clicked, this, &InvoiceEditorDialog::saveDraftNow);
    connect(m_ui->cancel, &QPushButton::clicked, this, &QDialog::reject);
    auto *confirm = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(confirm, &QShortcut::activated, this, &InvoiceEditorDialog::issueNow);
}

void InvoiceEditorDialog::addServiceLine(const domain::Service &service)
{
    addFreeLine(service.name, service.priceMinor);
    const int row = m_ui->lines->rowCount() - 1;
    m_filling = true;
    m_ui->lines->item(row, Description)->setData(kServiceRole, service.meta.id);
    m_ui->lines->item(row, Description)->setData(kTaxCodeRole, service.taxCode);
    m_ui->lines->item(row, TaxPercent)->setText(bpToPercent(service.taxRateBp));
    m_filling = false;
    recompute();
}

void InvoiceEditorDialog::addFreeLine(const QString &description, qint64 unitPriceMinor)
{
    const bool wasFilling = m_filling;
    m_filling = true;
    const int row = m_ui->lines->rowCount();
    m_ui->lines->insertRow(row);
    m_ui->lines->setItem(row, Description, new QTableWidgetItem(description));
    m_ui->lines->setItem(row, Quantity, new QTableWidgetItem(QStringLiteral("1")));
    m_ui->lines->setItem(row, UnitPrice, new QTableWidgetItem(domain::Money(unitPriceMinor, m_session.currency).toDecimalString()));
    m_ui->lines->setItem(row, DiscountPercent, new QTableWidgetItem());
    m_ui->lines->setItem(row, TaxPercent, new QTableWidgetItem(QStringLiteral("0")));
    auto *amount = new QTableWidgetItem();
    amount->setFlags(amount->flags() & ~Qt::ItemIsEditable);
    amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_ui->lines->setItem(row, Amount, amount);
    m_filling = wasFilling;
    if (!m_filling)
        recompute();
}

void InvoiceEditorDialog::addPart(domain::PaymentMethod method, qint64 amountMinor)
{
    m_filling = true;
    const int row = m_ui->parts->rowCount();
    m_ui->parts->insertRow(row);
    auto *combo = new QComboBox(m_ui->parts);
    for (const domain::PaymentMethod m : domain::allPaymentMethods())
        combo->addItem(domain::paymentMethodLabel(m), int(m));
    combo->setCurrentIndex(combo->findData(int(method)));
    m_ui->parts->setCellWidget(row, Method, combo);
    m_ui->parts->setItem(row, PartAmount, new QTableWidgetItem(domain::Money(amountMinor, m_session.currency).toDecimalString()));
    m_ui->parts->setItem(row, Reference, new QTableWidgetItem());
    m_filling = false;
}

std::optional<domain::Invoice> InvoiceEditorDialog::collectInvoice()
{
    domain::Invoice invoice = m_invoice;
    invoice.lines.clear();
    QStringList problems;
    for (int row = 0; row < m_ui->lines->rowCount(); ++row) {
        const auto text = [&](int column) { return m_ui->lines->item(row, column) ? m_ui->lines->item(row, column)->text().trimmed() : QString(); };
        domain::InvoiceLine line;
        line.description = text(Description);
        const QVariant service = m_ui->lines->item(row, Description)->data(kServiceRole);
        if (service.isValid() && !service.isNull())
            line.serviceId = service.toLongLong();
        line.taxCode = m_ui->lines->item(row, Description)->data(kTaxCodeRole).toString();
        bool ok = false;
        line.quantity = text(Quantity).toInt(&ok);
        const QString where = tr("Line %1: ").arg(row + 1);
        if (line.description.isEmpty())
            problems << where + tr("describe what is charged.");
        if (!ok || line.quantity < 1 || line.quantity > 10000)
            problems << where + tr("the quantity is a whole number from 1 to 10,000.");
        domain::Money price;
        if (!domain::Money::parse(text(UnitPrice), m_session.currency, &price) || price.minorUnits() < 0)
            problems << where + tr("the unit price is an amount such as 800 or 800.50, not below zero.");
        line.unitPriceMinor = price.minorUnits();
        const auto discount = percentToBp(text(DiscountPercent));
        const auto tax = percentToBp(text(TaxPercent));
        if (!discount)
            problems << where + tr("the discount is a percentage from 0 to 100.");
        if (!tax)
            problems << where + tr("the tax rate is a percentage from 0 to 100.");
        line.discountBp = discount.value_or(0);
        line.taxRateBp = tax.value_or(0);
        invoice.lines << line;
    }
    m_ui->linesError->setText(problems.join(QLatin1Char('\n')));
    const auto discount = percentToBp(m_ui->invoiceDiscount->text());
    m_ui->invoiceDiscountError->setText(discount ? QString() : tr("a percentage from 0 to 100"));
    if (!problems.isEmpty() || !discount)
        return std::nullopt;
    invoice.invoiceDiscountMinor = 0;
    invoice.invoiceDiscountBp = *discount;
    domain::InvoiceCalculator::apply(invoice);
    return invoice;
}

std::optional<QList<domain::Payment>> InvoiceEditorDialog::collectPayment(qint64 totalMinor)
{
    QList<domain::Payment> parts;
    QStringList problems;
    for (int row = 0; row < m_ui->parts->rowCount(); ++row) {
        domain::Money amount;
        const QString text = m_ui->parts->item(row, PartAmount)->text().trimmed();
        if (text.isEmpty())
            continue;
        if (!domain::Money::parse(text, m_session.currency, &amount) || amount.minorUnits() < 0) {
            problems << tr("Payment %1: the amount is an amount such as 500 or 499.50.").arg(row + 1);
            continue;
        }
        if (amount.minorUnits() == 0)
            continue;  // a zero part is "not paying that way"
        domain::Payment p;
        p.method = domain::PaymentMethod(qobject_cast<QComboBox *>(m_ui->parts->cellWidget(row, Method))->currentData().toInt());
        p.amountMinor = amount.minorUnits();
        p.reference = m_ui->parts->item(row, Reference)->text().trimmed();
        parts << p;
    }
    qint64 sum = 0;
    for (const auto &p : parts)
        sum += p.amountMinor;
    if (problems.isEmpty() && sum > totalMinor && !m_ui->keepCredit->isChecked())
        problems << tr("%1 is more than the invoice total of %2. Tick \"Keep any excess as credit\" or change the amount.")
                        .arg(domain::Money(sum, m_session.currency).format(), domain::Money(totalMinor, m_session.currency).format());
    m_ui->paymentError->setText(problems.join(QLatin1Char('\n')));
    if (!problems.isEmpty())
        return std::nullopt;
    return parts;
}

void InvoiceEditorDialog::recompute()
{
    m_filling = true;
    // What the lines say so far; unreadable cells count as zero until corrected.
    domain::Invoice preview = m_invoice;
    preview.lines.clear();
    for (int row = 0; row < m_ui->lines->rowCount(); ++row) {
        domain::InvoiceLine line;
        line.quantity = std::max(0, m_ui->lines->item(row, Quantity)->text().trimmed().toInt());
        domain::Money price;
        domain::Money::parse(m_ui->lines->item(row, UnitPrice)->text(), m_session.currency, &price);
        line.unitPriceMinor = std::max<qint64>(0, price.minorUnits());
        line.discountBp = percentToBp(m_ui->lines->item(row, DiscountPercent)->text()).value_or(0);
        line.taxRateBp = percentToBp(m_ui->lines->item(row, TaxPercent)->text()).value_or(0);
        preview.lines << line;
    }
    preview.invoiceDiscountMinor = 0;
    preview.invoiceDiscountBp = percentToBp(m_ui->invoiceDiscount->text()).value_or(0);
    domain::InvoiceCalculator::apply(preview);
    for (int row = 0; row < preview.lines.size(); ++row)
        m_ui->lines->item(row, Amount)->setText(domain::Money(preview.lines.at(row).totalMinor, m_session.currency).format());
    const auto money = [this](qint64 v) { return domain::Money(v, m_session.currency).format(); };
    m_ui->totals->setText(tr("Taxable %1 · Tax %2 · <b>Total %3</b>").arg(money(preview.subtotalMinor), money(preview.taxMinor), money(preview.totalMinor)));
    // Until the user types an amount, a single payment line follows the total.
    if (!m_partsTouched && m_ui->parts->rowCount() == 1)
        m_ui->parts->item(0, PartAmount)->setText(domain::Money(preview.totalMinor, m_session.currency).toDecimalString());
    m_filling = false;
}

void InvoiceEditorDialog::showError(const domain::Error &error)
{
    m_ui->error->setText(error.details());
}

void InvoiceEditorDialog::issueNow()
{
    m_ui->error->clear();
    const auto invoice = collectInvoice();
    if (!invoice)
        return;
    if (invoice->lines.isEmpty()) {
        m_ui->linesError->setText(tr("Add at least one line: a service or a free text line."));
        return;
    }
    const auto parts = collectPayment(invoice->totalMinor);
    if (!parts)
        return;
    const domain::NumberingRule rule = storage::SettingsRepository(m_connection, m_session).numberingRule();
    const auto completed = storage::Checkout(m_connection, m_session).complete(*invoice, rule, *parts, m_ui->keepCredit->isChecked());
    if (!completed) {
        showError(completed.error());
        return;
    }
    m_invoice = completed.value().invoice;
    m_payments = completed.value().payments;
    done(Issued);
}

void InvoiceEditorDialog::saveDraftNow()
{
    m_ui->error->clear();
    const auto invoice = collectInvoice();
    if (!invoice)
        return;
    storage::InvoiceRepository invoices(m_connection, m_session);
    const auto saved = invoice->meta.id == 0 ? invoices.createDraft(*invoice) : invoices.updateDraft(*invoice);
    if (!saved) {
        showError(saved.error());
        return;
    }
    m_invoice = saved.value();
    done(DraftSaved);
}

QList<qint64> InvoiceEditorDialog::paymentIds() const
{
    QList<qint64> ids;
    for (const auto &p : m_payments)
        ids << p.meta.id;
    return ids;
}

bool InvoiceEditorDialog::wantsReceipt() const { return m_ui->printReceipt->isChecked() && !m_payments.isEmpty(); }

} // namespace clinic::ui
