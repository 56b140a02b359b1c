// The billing screens, driven offscreen on a real database: checkout, invoice list, payments,
// credit notes.
#include "clinic/storage/accountrepository.h"
#include "clinic/storage/appointmentrepository.h"
#include "clinic/storage/invoicerepository.h"
#include "clinic/storage/patientrepository.h"
#include "clinic/storage/paymentrepository.h"
#include "clinic/storage/practitionerrepository.h"
#include "clinic/storage/servicerepository.h"
#include "clinic/ui/creditnotedialog.h"
#include "clinic/ui/invoiceeditordialog.h"
#include "clinic/ui/invoicelistmodel.h"
#include "clinic/ui/invoicesview.h"
#include "clinic/ui/patientrecorddialog.h"
#include "clinic/ui/paymentdialog.h"
#include "clinic/ui/refunddialog.h"
#include "clinic/ui/todayview.h"
#include "ui_invoiceeditor.h"

#include "support/fixtures.h"
#include "support/tempdatabase.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace clinic;

class BillingUiTest : public test::TempDatabaseTest
{
protected:
    void SetUp() override
    {
        TempDatabaseTest::SetUp();
        m_patient = storage::PatientRepository(*m_db, m_session).create(test::patient("Anika", "Rao", "9845012345")).value().meta.id;
        m_doctor = storage::PractitionerRepository(*m_db, m_session).create(test::practitioner("Dr. Iyer")).value().meta.id;
        domain::Service session = test::service("PT45", 80000, 1800);
        session.name = QStringLiteral("Physiotherapy 45 min");
        session.taxCode = QStringLiteral("999312");
        m_service = storage::ServiceRepository(*m_db, m_session).create(session).value().meta.id;
        domain::Appointment a = test::appointment(m_patient, m_doctor, m_session.today(), 10);
        a.serviceId = m_service;
        m_appointment = storage::AppointmentRepository(*m_db, m_session).create(a).value().meta.id;
    }
    static void setCell(QTableWidget *table, int row, int column, const QString &text)
    {
        table->item(row, column)->setText(text);
        QApplication::processEvents();
    }
    int count(const char *table) const { return scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toInt(); }
    domain::Invoice issued(qint64 price)
    {
        domain::Invoice inv;
        inv.patientId = m_patient;
        inv.lines << test::line("Session", price);
        storage::InvoiceRepository invoices(*m_db, m_session);
        return invoices.issue(invoices.createDraft(inv).value().meta.id, {QStringLiteral("FD"), 4}).value();
    }
    qint64 m_patient = 0, m_doctor = 0, m_service = 0, m_appointment = 0;
};

TEST_F(BillingUiTest, checkoutFromAnAppointmentIsPrefilledAndIssuesWithASplitPayment)
{
    ui::InvoiceEditorDialog editor(*m_db, m_session, m_patient, m_appointment);
    editor.show();
    auto &form = editor.form();
    ASSERT_EQ(form.lines->rowCount(), 1) << "the appointment's service";
    EXPECT_EQ(form.lines->item(0, 0)->text(), QStringLiteral("Physiotherapy 45 min"));
    EXPECT_TRUE(form.lines->item(0, 5)->text().contains(QStringLiteral("944.00"))) << "800 + 18%";
    EXPECT_TRUE(form.totals->text().contains(QStringLiteral("944.00")));
    ASSERT_EQ(form.parts->rowCount(), 1);
    EXPECT_EQ(form.parts->item(0, 1)->text(), QStringLiteral("944.00")) << "the payment follows the total";

    // A second session on the same invoice: the payment still follows.
    setCell(form.lines, 0, 1, QStringLiteral("2"));
    EXPECT_EQ(form.parts->item(0, 1)->text(), QStringLiteral("1888.00"));
    // Split: 1,000 cash and the rest by card with its slip number.
    QTest::mouseClick(form.addPart, Qt::LeftButton);
    ASSERT_EQ(form.parts->rowCount(), 2);
    setCell(form.parts, 0, 1, QStringLiteral("1000"));
    setCell(form.parts, 1, 1, QStringLiteral("888"));
    setCell(form.parts, 1, 2, QStringLiteral("slip 5521"));
    QTest::mouseClick(form.issue, Qt::LeftButton);
    ASSERT_EQ(editor.result(), ui::InvoiceEditorDialog::Issued) << qPrintable(form.error->text() + form.paymentError->text() + form.linesError->text());

    const domain::Invoice &invoice = editor.invoice();
    EXPECT_EQ(invoice.numberText, QStringLiteral("FD-2627-000001"));
    EXPECT_EQ(invoice.appointmentId, m_appointment);
    EXPECT_EQ(invoice.practitionerId, m_doctor);
    ASSERT_EQ(invoice.lines.size(), 1);
    EXPECT_EQ(invoice.lines.first().serviceId, m_service);
    EXPECT_EQ(invoice.lines.first().taxCode, QStringLiteral("999312"));
    EXPECT_EQ(invoice.totalMinor, 188800);
    EXPECT_EQ(editor.paymentIds().size(), 2);
    EXPECT_TRUE(editor.wantsReceipt());
    EXPECT_EQ(scalar(QStringLiteral("SELECT reference FROM payments WHERE method = 'card'")).toString(), QStringLiteral("slip 5521"));
    EXPECT_EQ(storage::AccountRepository(*m_db, m_session).outstandingOnInvoice(invoice.meta.id).value(), 0);
}

TEST_F(BillingUiTest, badLinesAndTooMuchPaymentAreExplainedAndNothingIsWritten)
{
    ui::InvoiceEditorDialog editor(*m_db, m_session, m_patient);
    editor.show();
    auto &form = editor.form();
    QTest::mouseClick(form.issue, Qt::LeftButton);
    EXPECT_FALSE(form.linesError->text().isEmpty()) << "an empty invoice";
    QTest::mouseClick(form.addFreeLine, Qt::LeftButton);
    setCell(form.lines, 0, 1, QStringLiteral("0"));
    setCell(form.lines, 0, 2, QStringLiteral("abc"));
    setCell(form.lines, 0, 4, QStringLiteral("150"));
    QTest::mouseClick(form.issue, Qt::LeftButton);
    const QString lines = form.linesError->text();
    for (const char *expected : {"Line 1: describe", "quantity", "unit price", "tax rate"})
        EXPECT_TRUE(lines.contains(QLatin1String(expected))) << expected << " in " << qPrintable(lines);
    EXPECT_TRUE(editor.isVisible());

    setCell(form.lines, 0, 0, QStringLiteral("Knee brace"));
    setCell(form.lines, 0, 1, QStringLiteral("1"));
    setCell(form.lines, 0, 2, QStringLiteral("1500"));
    setCell(form.lines, 0, 4, QStringLiteral("12"));
    setCell(form.parts, 0, 1, QStringLiteral("2000"));
    QTest::mouseClick(form.issue, Qt::LeftButton);
    EXPECT_TRUE(form.linesError->text().isEmpty());
    EXPECT_TRUE(form.paymentError->text().contains(QStringLiteral("Keep any excess"))) << qPrintable(form.paymentError->text());
    EXPECT_EQ(count("invoices"), 0);
    EXPECT_EQ(count("payments"), 0);
    EXPECT_EQ(count("number_series"), 0);

    form.keepCredit->setChecked(true);
    QTest::mouseClick(form.issue, Qt::LeftButton);
    ASSERT_EQ(editor.result(), ui::InvoiceEditorDialog::Issued) << qPrintable(form.error->text());
    EXPECT_EQ(storage::AccountRepository(*m_db, m_session).balance(m_patient).value().creditMinor(), 200000 - 168000);
}

TEST_F(BillingUiTest, aDraftKeepsNoNumberAndReopensWithItsLines)
{
    ui::InvoiceEditorDialog editor(*m_db, m_session, m_patient, m_appointment);
    editor.show();
    editor.form().lines->item(0, 3)->setText(QStringLiteral("10"));
    QTest::mouseClick(editor.form().saveDraft, Qt::LeftButton);
    ASSERT_EQ(editor.result(), ui::InvoiceEditorDialog::DraftSaved) << qPrintable(editor.form().error->text());
    EXPECT_EQ(editor.invoice().status, domain::InvoiceStatus::Draft);
    EXPECT_FALSE(editor.invoice().number.has_value());

    ui::InvoiceEditorDialog again(*m_db, m_session, editor.invoice());
    again.show();
    ASSERT_EQ(again.form().lines->rowCount(), 1);
    EXPECT_EQ(again.form().lines->item(0, 3)->text(), QStringLiteral("10"));
    EXPECT_TRUE(again.form().totals->text().contains(QStringLiteral("849.60"))) << "720 + 18%: " << qPrintable(again.form().totals->text());
    QTest::mouseClick(again.form().issue, Qt::LeftButton);
    ASSERT_EQ(again.result(), ui::InvoiceEditorDialog::Issued);
    EXPECT_EQ(again.invoice().meta.id, editor.invoice().meta.id) << "the same invoice, now issued";
    EXPECT_EQ(count("invoices"), 1);
}

TEST_F(BillingUiTest, theInvoiceListFiltersAndSumsWhatIsOwed)
{
    const auto paid = issued(50000);
    ASSERT_TRUE(storage::PaymentRepository(*m_db, m_session).record(domain::Payment{{}, m_patient, paid.meta.id, domain::PaymentKind::Payment,
                                                                                    domain::PaymentMethod::Cash, 50000, {}, {}, {}, {}, {}}).ok());
    issued(30000);
    domain::Invoice draft;
    draft.patientId = m_patient;
    draft.lines << test::line("Draft line", 1000);
    ASSERT_TRUE(storage::InvoiceRepository(*m_db, m_session).createDraft(draft).ok());

    ui::InvoicesView view(*m_db, m_session);
    view.show();
    const ui::InvoiceListModel &model = *view.model();
    ASSERT_EQ(model.rowCount(), 3);
    const auto cell = [&](int row, int column) { return model.data(model.index(row, column)).toString(); };
    EXPECT_EQ(cell(0, ui::InvoiceListModel::Number), QStringLiteral("draft"));
    EXPECT_EQ(cell(1, ui::InvoiceListModel::Status), QStringLiteral("Issued"));
    EXPECT_EQ(cell(2, ui::InvoiceListModel::Status), QStringLiteral("Paid"));
    EXPECT_EQ(cell(2, ui::InvoiceListModel::Patient), QStringLiteral("Anika Rao"));
    EXPECT_TRUE(view.findChild<QLabel *>(QStringLiteral("invoiceSummary"))->text().contains(QStringLiteral("300.00"))) << "owed";

    view.owedOnly()->setChecked(true);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(cell(0, ui::InvoiceListModel::Total), QStringLiteral("₹300.00"));
    view.owedOnly()->setChecked(false);
    view.statusFilter()->setCurrentIndex(view.statusFilter()->findText(QStringLiteral("Drafts")));
    EXPECT_EQ(model.rowCount(), 1);
    view.statusFilter()->setCurrentIndex(0);
    view.from()->setDate(m_session.today().addDays(1));
    EXPECT_EQ(model.rowCount(), 0) << "nothing from tomorrow on";
    view.from()->setDate(m_session.today().addMonths(-1));

    // By patient, with the Patients page's search (name, accents, phone).
    const qint64 other = storage::PatientRepository(*m_db, m_session).create(test::patient("José", "Mendes", "9811100000")).value().meta.id;
    domain::Invoice theirs;
    theirs.patientId = other;
    theirs.lines << test::line("Their session", 70000);
    storage::InvoiceRepository invoices(*m_db, m_session);
    ASSERT_TRUE(invoices.issue(invoices.createDraft(theirs).value().meta.id, {QStringLiteral("FD"), 4}).ok());
    view.refresh();
    EXPECT_EQ(model.rowCount(), 4);
    view.patientFilter()->setText(QStringLiteral("jose"));
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(cell(0, ui::InvoiceListModel::Patient), QStringLiteral("José Mendes"));
    view.patientFilter()->setText(QStringLiteral("9845012345"));
    EXPECT_EQ(model.rowCount(), 3) << "Anika's, by phone";
    view.patientFilter()->setText(QStringLiteral("nobody at all"));
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(BillingUiTest, thePaymentDialogRefusesTooMuchUnlessKeptAsCreditAndCanUseCredit)
{
    const auto invoice = issued(94400);
    ui::PaymentDialog dialog(*m_db, m_session, invoice);
    dialog.show();
    EXPECT_EQ(dialog.amount()->text(), QStringLiteral("944.00")) << "what is owed";
    dialog.amount()->setText(QStringLiteral("1000"));
    dialog.take();
    EXPECT_FALSE(dialog.amountError()->text().isEmpty());
    EXPECT_EQ(count("payments"), 0);
    dialog.amount()->setText(QStringLiteral("-5"));
    dialog.take();
    EXPECT_FALSE(dialog.amountError()->text().isEmpty());
    dialog.amount()->setText(QStringLiteral("1000"));
    dialog.keepCredit()->setChecked(true);
    dialog.method()->setCurrentIndex(dialog.method()->findText(QStringLiteral("UPI")));
    dialog.reference()->setText(QStringLiteral("UPI 9911"));
    dialog.take();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << qPrintable(dialog.amountError()->text());
    EXPECT_EQ(dialog.paymentIds().size(), 2) << "944 on the invoice, 56 as credit";

    // The 56 of credit pays part of the next invoice.
    const auto next = issued(10000);
    ui::PaymentDialog second(*m_db, m_session, next);
    second.show();
    second.applyCredit();
    ASSERT_EQ(second.result(), QDialog::Accepted) << qPrintable(second.amountError()->text());
    EXPECT_EQ(storage::AccountRepository(*m_db, m_session).outstandingOnInvoice(next.meta.id).value(), 10000 - 5600);
}

TEST_F(BillingUiTest, aCreditNoteNeedsAReasonAndTheFullAmountVoidsTheInvoice)
{
    const auto invoice = issued(50000);
    ui::CreditNoteDialog dialog(*m_db, m_session, invoice);
    dialog.show();
    EXPECT_EQ(dialog.amount()->text(), QStringLiteral("500.00"));
    dialog.issue();
    EXPECT_FALSE(dialog.error()->text().isEmpty()) << "no reason given";
    dialog.amount()->setText(QStringLiteral("600"));
    dialog.reason()->setText(QStringLiteral("Session cancelled by the clinic"));
    dialog.issue();
    EXPECT_FALSE(dialog.error()->text().isEmpty()) << "more than the invoice";
    EXPECT_EQ(count("credit_notes"), 0);
    dialog.amount()->setText(QStringLiteral("500"));
    dialog.issue();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << qPrintable(dialog.error()->text());
    EXPECT_EQ(scalar(QStringLiteral("SELECT series FROM credit_notes")).toString(), QStringLiteral("CFD")) << "the desk's credit note series";
    EXPECT_EQ(storage::AccountRepository(*m_db, m_session).outstandingOnInvoice(invoice.meta.id).value(), 0);
}

TEST_F(BillingUiTest, pOnTodaysAppointmentAsksForCheckout)
{
    QUndoStack undo;
    ui::TodayView view(*m_db, m_session, undo);
    view.show();
    QSignalSpy checkout(&view, &ui::TodayView::checkoutRequested);
    view.table()->setFocus();
    view.table()->selectRow(0);
    QTest::keyClick(view.table(), Qt::Key_P);
    ASSERT_EQ(checkout.count(), 1);
    EXPECT_EQ(checkout.first().first().toLongLong(), m_appointment);
}

TEST_F(BillingUiTest, anInvoiceDiscountChangesTheTotalAsYouType)
{
    ui::InvoiceEditorDialog editor(*m_db, m_session, m_patient, m_appointment);
    editor.show();
    auto &form = editor.form();
    QTest::keyClicks(form.invoiceDiscount, QStringLiteral("10"));
    EXPECT_TRUE(form.totals->text().contains(QStringLiteral("849.60"))) << "720 + 18%: " << qPrintable(form.totals->text());
    EXPECT_EQ(form.parts->item(0, 1)->text(), QStringLiteral("849.60"));
    form.invoiceDiscount->setText(QStringLiteral("120"));
    QTest::mouseClick(form.issue, Qt::LeftButton);
    EXPECT_FALSE(form.invoiceDiscountError->text().isEmpty());
    EXPECT_EQ(count("invoices"), 0);
    form.invoiceDiscount->setText(QStringLiteral("10"));
    QTest::mouseClick(form.issue, Qt::LeftButton);
    ASSERT_EQ(editor.result(), ui::InvoiceEditorDialog::Issued) << qPrintable(form.error->text());
    EXPECT_EQ(editor.invoice().invoiceDiscountBp, 1000);
    EXPECT_EQ(editor.invoice().totalMinor, 84960);
}

TEST_F(BillingUiTest, creditHeldIsRefundedFromThePatientsRecordAndTooMuchIsRefused)
{
    {
        ui::PatientRecordDialog record(*m_db, m_session, m_patient);
        record.show();
        EXPECT_FALSE(record.refundButton()->isVisible()) << "no credit, nothing to refund";
    }
    // An advance of 1,500.00 by card.
    domain::Payment advance;
    advance.patientId = m_patient;
    advance.amountMinor = 150000;
    advance.method = domain::PaymentMethod::Card;
    ASSERT_TRUE(storage::PaymentRepository(*m_db, m_session).record(advance).ok());
    ui::PatientRecordDialog record(*m_db, m_session, m_patient);
    record.show();
    ASSERT_TRUE(record.refundButton()->isVisible());
    QSignalSpy changed(&record, &ui::PatientRecordDialog::changed);

    ui::RefundDialog refund(*m_db, m_session, m_patient);
    refund.show();
    EXPECT_EQ(refund.credit(), 150000);
    EXPECT_EQ(refund.amount()->text(), QStringLiteral("1500.00")) << "all of the credit, to start with";
    refund.amount()->setText(QStringLiteral("1600"));
    refund.refund();
    EXPECT_TRUE(refund.amountError()->text().contains(QStringLiteral("more than the credit"))) << qPrintable(refund.amountError()->text());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM payments WHERE kind = 'refund'")).toInt(), 0) << "nothing stored";
    refund.amount()->setText(QStringLiteral("abc"));
    refund.refund();
    EXPECT_FALSE(refund.amountError()->text().isEmpty());
    refund.amount()->setText(QStringLiteral("1000"));
    refund.method()->setCurrentIndex(refund.method()->findText(QStringLiteral("Cash")));
    refund.reason()->setText(QStringLiteral("Course of treatment ended early"));
    refund.refund();
    ASSERT_EQ(refund.result(), QDialog::Accepted) << qPrintable(refund.amountError()->text());
    const auto stored = storage::PaymentRepository(*m_db, m_session).get(refund.refundId()).value();
    EXPECT_EQ(stored.kind, domain::PaymentKind::Refund);
    EXPECT_EQ(stored.amountMinor, 100000);
    EXPECT_EQ(stored.notes, QStringLiteral("Course of treatment ended early"));
    EXPECT_EQ(storage::AccountRepository(*m_db, m_session).balance(m_patient).value().creditMinor(), 50000) << "500.00 still held";

    // From the record itself: the button opens the dialog; refunding the rest hides the button.
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<ui::RefundDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        EXPECT_EQ(dialog->amount()->text(), QStringLiteral("500.00"));
        dialog->refund();
    });
    QTest::mouseClick(record.refundButton(), Qt::LeftButton);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_FALSE(record.refundButton()->isVisible());
    EXPECT_TRUE(record.balanceText().contains(QStringLiteral("Nothing owed"))) << qPrintable(record.balanceText());
    EXPECT_EQ(record.payments()->rowCount(), 3) << "the advance and the two refunds";
}
