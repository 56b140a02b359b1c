#include "clinic/ui/patientrecorddialog.h"

#include "readonlytable.h"
#include "clinic/ui/clinicalnotespanel.h"
#include "clinic/ui/refunddialog.h"

#include "clinic/domain/money.h"
#include "clinic/storage/accountrepository.h"
#include "clinic/storage/appointmentrepository.h"
#include "clinic/storage/invoicefilter.h"
#include "clinic/storage/invoicerepository.h"
#include "clinic/storage/patientrepository.h"
#include "clinic/storage/paymentrepository.h"
#include "clinic/storage/practitionerrepository.h"

#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace clinic::ui {
PatientRecordDialog::PatientRecordDialog(storage::Connection &connection, storage::Session session, qint64 patientId, QWidget *parent)
    : QDialog(parent),
      m_connection(connection),
      m_session(std::move(session)),
      m_id(patientId),
      m_details(new QLabel(this)),
      m_alerts(new QLabel(this)),
      m_balance(new QLabel(this)),
      m_upcoming(readOnlyTable({tr("When"), tr("Practitioner"), tr("Status")}, QStringLiteral("upcoming"), this)),
      m_past(readOnlyTable({tr("When"), tr("Practitioner"), tr("Status")}, QStringLiteral("past"), this)),
      m_invoices(readOnlyTable({tr("Number"), tr("Date"), tr("Total"), tr("Status")}, QStringLiteral("invoices"), this)),
      m_payments(readOnlyTable({tr("Date"), tr("Method"), tr("Amount"), tr("For"), tr("Reference")}, QStringLiteral("payments"), this))
{
    resize(720, 520);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_alerts->setObjectName(QStringLiteral("alerts"));
    m_alerts->setStyleSheet(QStringLiteral("background: #fdecea; color: #922b21; padding: 6px; border-radius: 4px;"));
    m_alerts->setWordWrap(true);
    m_balance->setObjectName(QStringLiteral("balance"));
    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_upcoming, tr("&Upcoming"));
    tabs->addTab(m_past, tr("&Past"));
    tabs->addTab(m_invoices, tr("&Invoices"));
    tabs->addTab(m_payments, tr("Pa&yments"));
    // Treatment notes only for those who may read them (the repository refuses the rest too).
    if (domain::canReadClinicalNotes(m_session.role)) {
        m_notes = new ClinicalNotesPanel(m_connection, m_session, m_id, this);
        tabs->insertTab(0, m_notes, tr("Treatment &notes"));
        tabs->setCurrentIndex(0);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *edit = buttons->addButton(tr("&Edit details"), QDialogButtonBox::ActionRole);
    QPushButton *book = buttons->addButton(tr("&Book"), QDialogButtonBox::ActionRole);
    edit->setObjectName(QStringLiteral("editDetails"));
    book->setObjectName(QStringLiteral("book"));
    m_refund = new QPushButton(tr("Re&fund credit\u2026"), this);
    m_refund->setObjectName(QStringLiteral("refundCredit"));
    connect(m_refund, &QPushButton::clicked, this, [this] {
        RefundDialog dialog(m_connection, m_session, m_id, this);
        if (dialog.exec() == QDialog::Accepted) {
            load();
            Q_EMIT changed();
        }
    });
    auto *balanceRow = new QHBoxLayout;
    balanceRow->addWidget(m_balance, 1);
    balanceRow->addWidget(m_refund);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_details);
    layout->addWidget(m_alerts);
    layout->addLayout(balanceRow);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(edit, &QPushButton::clicked, this, [this] { done(EditDetails); });
    connect(book, &QPushButton::clicked, this, [this] { done(Book); });
    load();
}

QString PatientRecordDialog::balanceText() const
{
    return m_balance->text();
}

QString PatientRecordDialog::alertsText() const
{
    return m_alerts->isHidden() ? QString() : m_alerts->text();
}

void PatientRecordDialog::load()
{
    // Also a reload (after a refund): the lists start empty.
    for (QTableWidget *table : {m_upcoming, m_past, m_invoices, m_payments})
        table->setRowCount(0);
    const QLocale locale;
    const auto patient = storage::PatientRepository(m_connection, m_session).get(m_id);
    if (!patient) {
        m_details->setText(patient.error().message());
        return;
    }
    m_patient = patient.value();
    setWindowTitle(m_patient.fullName());
    QStringList details{QStringLiteral("<h2>%1</h2>").arg(m_patient.fullName().toHtmlEscaped())};
    QStringList facts;
    if (m_patient.dateOfBirth.isValid())
        facts << tr("born %1").arg(locale.toString(m_patient.dateOfBirth, QLocale::ShortFormat));
    if (!m_patient.phone.isEmpty())
        facts << m_patient.phone;
    if (!m_patient.email.isEmpty())
        facts << m_patient.email;
    if (!m_patient.patientNumber.isEmpty())
        facts << tr("file %1").arg(m_patient.patientNumber);
    details << facts.join(QStringLiteral(" \u00b7 ")).toHtmlEscaped();
    m_details->setText(details.join(QString()));
    m_alerts->setText(tr("Alerts: %1").arg(m_patient.alerts));
    m_alerts->setVisible(!m_patient.alerts.isEmpty());

    QHash<qint64, QString> practitioners;
    if (const auto all = storage::PractitionerRepository(m_connection, m_session).list(false)) {
        for (const auto &p : all.value())
            practitioners.insert(p.meta.id, p.name);
    }
    const QDateTime now = m_session.clock->now();
    if (const auto appointments = storage::AppointmentRepository(m_connection, m_session).forPatient(m_id)) {
        QList<domain::Appointment> upcoming;
        QList<domain::Appointment> past;
        for (const auto &a : appointments.value())
            (a.startAt >= now ? upcoming : past) << a;
        std::sort(upcoming.begin(), upcoming.end(), [](const auto &x, const auto &y) { return x.startAt < y.startAt; });
        std::sort(past.begin(), past.end(), [](const auto &x, const auto &y) { return x.startAt > y.startAt; });
        for (const auto &[list, table] : {std::pair{&upcoming, m_upcoming}, std::pair{&past, m_past}}) {
            for (const auto &a : *list)
                appendRow(table, {locale.toString(a.startAt.toTimeZone(m_session.timeZone), QLocale::ShortFormat),
                               practitioners.value(a.practitionerId), domain::appointmentStatusName(a.status)});
        }
    }
    storage::InvoiceFilter filter;
    filter.patientId = m_id;
    if (const auto invoices = storage::InvoiceRepository(m_connection, m_session).list(filter)) {
        for (const auto &i : invoices.value())
            appendRow(m_invoices, {i.numberText.isEmpty() ? tr("draft") : i.numberText,
                                i.issuedAt ? locale.toString(i.issuedAt->toTimeZone(m_session.timeZone).date(), QLocale::ShortFormat) : QString(),
                                domain::Money(i.totalMinor, i.currency.isEmpty() ? m_session.currency : i.currency).format(locale),
                                domain::invoiceStatusName(i.status)});
    }
    // Payments newest first; a refund shows as a negative amount; money not on an invoice is
    // the patient's credit.
    if (const auto payments = storage::PaymentRepository(m_connection, m_session).forPatient(m_id)) {
        QHash<qint64, QString> numbers;
        for (const auto &p : payments.value()) {
            QString target = tr("credit");
            if (p.invoiceId) {
                if (!numbers.contains(*p.invoiceId)) {
                    const auto invoice = storage::InvoiceRepository(m_connection, m_session).get(*p.invoiceId);
                    numbers.insert(*p.invoiceId, invoice ? invoice.value().numberText : QString());
                }
                target = numbers.value(*p.invoiceId);
            }
            const qint64 amount = p.kind == domain::PaymentKind::Refund ? -p.amountMinor : p.amountMinor;
            appendRow(m_payments, {locale.toString(p.receivedAt.toTimeZone(m_session.timeZone), QLocale::ShortFormat),
                                   domain::paymentMethodName(p.method), domain::Money(amount, p.currency).format(locale),
                                   p.kind == domain::PaymentKind::Refund ? tr("refund") : target, p.reference});
        }
    }
    if (const auto balance = storage::AccountRepository(m_connection, m_session).balance(m_id)) {
        const qint64 minor = balance.value().balanceMinor;
        m_balance->setText(minor > 0   ? tr("Owes %1").arg(domain::Money(minor, m_session.currency).format(locale))
                           : minor < 0 ? tr("In credit: %1").arg(domain::Money(-minor, m_session.currency).format(locale))
                                       : tr("Nothing owed"));
        // Credit the clinic holds can be paid back (invoices still owed are settled first by "use credit").
        m_refund->setVisible(balance.value().creditMinor() > 0);
    }
}

} // namespace clinic::ui
