#include "clinic/storage/accountrepository.h"
#include "clinic/storage/checkout.h"
#include "clinic/storage/creditnoterepository.h"
#include "clinic/storage/invoicerepository.h"
#include "clinic/storage/patientrepository.h"
#include "clinic/storage/paymentrepository.h"

#include "support/fixtures.h"
#include "support/tempdatabase.h"

#include <QRandomGenerator>
#include <QSqlError>

using namespace clinic;
using domain::InvoiceStatus;
using domain::PaymentKind;
using domain::PaymentMethod;

class BillingTest : public test::TempDatabaseTest
{
protected:
    void SetUp() override
    {
        TempDatabaseTest::SetUp();
        m_patient = storage::PatientRepository(*m_db, m_session).create(test::patient("Kiran", "Bhat")).value().meta.id;
    }
    storage::InvoiceRepository invoices() { return storage::InvoiceRepository(*m_db, m_session); }
    storage::PaymentRepository payments() { return storage::PaymentRepository(*m_db, m_session); }
    storage::AccountRepository accounts() { return storage::AccountRepository(*m_db, m_session); }

    domain::Invoice issued(qint64 price, int taxBp = 0)
    {
        domain::Invoice inv;
        inv.patientId = m_patient;
        inv.lines << test::line("Physiotherapy session", price, taxBp);
        auto draft = invoices().createDraft(inv);
        EXPECT_TRUE(draft.ok());
        auto done = invoices().issue(draft.value().meta.id, {QStringLiteral("FD"), 4});
        EXPECT_TRUE(done.ok()) << (done.ok() ? "" : done.error().message().toStdString());
        return done.value();
    }
    domain::Payment payment(qint64 amount, std::optional<qint64> invoiceId, PaymentMethod method = PaymentMethod::Cash)
    {
        domain::Payment p;
        p.patientId = m_patient;
        p.invoiceId = invoiceId;
        p.amountMinor = amount;
        p.method = method;
        return p;
    }
    qint64 m_patient = 0;
};

TEST_F(BillingTest, draftsStoreComputedTotalsAndCanBeEdited)
{
    domain::Invoice inv;
    inv.patientId = m_patient;
    inv.lines << test::line("Assessment", 120000) << test::line("Knee brace", 150000, 1200);
    auto draft = invoices().createDraft(inv);
    ASSERT_TRUE(draft.ok()) << draft.error().message().toStdString();
    EXPECT_EQ(draft.value().status, InvoiceStatus::Draft);
    EXPECT_FALSE(draft.value().number.has_value());
    EXPECT_EQ(draft.value().currency, QStringLiteral("INR"));
    EXPECT_EQ(draft.value().totalMinor, 120000 + 150000 + 18000);
    ASSERT_EQ(draft.value().lines.size(), 2);

    domain::Invoice edited = draft.value();
    edited.lines.removeLast();
    auto updated = invoices().updateDraft(edited);
    ASSERT_TRUE(updated.ok());
    EXPECT_EQ(updated.value().lines.size(), 1);
    EXPECT_EQ(updated.value().totalMinor, 120000);
}

TEST_F(BillingTest, issuingNumbersSequentiallyPerSeriesAndFiscalYear)
{
    m_clock.set(QDateTime(QDate(2027, 3, 31), QTime(12, 0), QTimeZone::utc()));
    EXPECT_EQ(issued(1000).numberText, QStringLiteral("FD-2627-000001"));
    EXPECT_EQ(issued(1000).numberText, QStringLiteral("FD-2627-000002"));
    m_clock.set(QDateTime(QDate(2027, 4, 1), QTime(12, 0), QTimeZone::utc()));
    const auto next = issued(1000);
    EXPECT_EQ(next.numberText, QStringLiteral("FD-2728-000001")) << "a new fiscal year starts again at 1";
    EXPECT_EQ(next.fiscalYear, QStringLiteral("2027-28"));
    EXPECT_EQ(next.issuedAt, m_clock.now());
}

TEST_F(BillingTest, aFailedIssueTakesNoNumber)
{
    domain::Invoice empty;
    empty.patientId = m_patient;
    auto draft = invoices().createDraft(empty);
    ASSERT_TRUE(draft.ok());
    auto refused = invoices().issue(draft.value().meta.id, {QStringLiteral("FD"), 4});
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().hasFieldError(QStringLiteral("lines")));
    EXPECT_EQ(issued(500).number, 1) << "the refused issue left no gap";
    EXPECT_FALSE(invoices().issue(draft.value().meta.id, {QStringLiteral("fd!"), 4}).ok());
}

TEST_F(BillingTest, issuedInvoicesAreImmutableInTheRepositoryAndTheDatabase)
{
    const auto inv = issued(80000);
    domain::Invoice edit = inv;
    edit.notes = QStringLiteral("changed");
    EXPECT_EQ(invoices().updateDraft(edit).error().code(), domain::ErrorCode::Immutable);
    EXPECT_EQ(invoices().remove(inv.meta.id).error().code(), domain::ErrorCode::Immutable);
    EXPECT_EQ(invoices().issue(inv.meta.id, {QStringLiteral("FD"), 4}).error().code(), domain::ErrorCode::Immutable);

    QSqlQuery q(m_db->database());
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE invoices SET total_minor = 1 WHERE id = %1").arg(inv.meta.id)));
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE invoice_lines SET unit_price_minor = 1 WHERE invoice_id = %1").arg(inv.meta.id)));
    EXPECT_FALSE(q.exec(QStringLiteral(
        "INSERT INTO invoice_lines (invoice_id, position, description, quantity, unit_price_minor, gross_minor, "
        "net_minor, tax_minor, total_minor, created_at, updated_at) VALUES (%1, 9, 'x', 1, 1, 1, 1, 0, 1, 0, 0)").arg(inv.meta.id)));
    EXPECT_TRUE(q.exec(QStringLiteral("UPDATE invoices SET cloud_id = 555 WHERE id = %1").arg(inv.meta.id)))
        << "sync may still record the cloud id";
    EXPECT_EQ(invoices().get(inv.meta.id).value().totalMinor, 80000);
}

TEST_F(BillingTest, paymentsAboveWhatIsOwedAreRefusedUnlessKeptAsCredit)
{
    const auto inv = issued(100000);
    const qint64 rows = scalar(QStringLiteral("SELECT count(*) FROM payments")).toLongLong();
    auto refused = payments().record(payment(100001, inv.meta.id));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().hasFieldError(QStringLiteral("amount")));
    EXPECT_FALSE(payments().record(payment(0, inv.meta.id)).ok());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM payments")).toLongLong(), rows);

    auto split = payments().record(payment(150000, inv.meta.id), true);
    ASSERT_TRUE(split.ok());
    ASSERT_EQ(split.value().size(), 2);
    EXPECT_EQ(split.value().at(0).amountMinor, 100000);
    EXPECT_EQ(split.value().at(0).invoiceId, inv.meta.id);
    EXPECT_EQ(split.value().at(1).amountMinor, 50000);
    EXPECT_FALSE(split.value().at(1).invoiceId.has_value());
    EXPECT_EQ(accounts().outstandingOnInvoice(inv.meta.id).value(), 0);
    EXPECT_EQ(accounts().balance(m_patient).value().balanceMinor, -50000);
    EXPECT_EQ(accounts().balance(m_patient).value().creditMinor(), 50000);
}

TEST_F(BillingTest, paymentsOnADraftOrAMissingInvoiceAreRefused)
{
    domain::Invoice inv;
    inv.patientId = m_patient;
    inv.lines << test::line("x", 100);
    const auto draft = invoices().createDraft(inv);
    EXPECT_TRUE(payments().record(payment(100, draft.value().meta.id)).error().hasFieldError(QStringLiteral("invoiceId")));
    EXPECT_TRUE(payments().record(payment(100, 4242)).error().hasFieldError(QStringLiteral("invoiceId")));
}

TEST_F(BillingTest, balancesFollowEveryKindOfMovement)
{
    const auto a = issued(100000);               // owes 1000.00
    const auto b = issued(50000, 1800);          // owes 590.00 more
    EXPECT_EQ(accounts().balance(m_patient).value().balanceMinor, 159000);
    ASSERT_TRUE(payments().record(payment(60000, a.meta.id, PaymentMethod::Upi)).ok());
    EXPECT_EQ(accounts().balance(m_patient).value().balanceMinor, 99000);
    EXPECT_EQ(accounts().outstandingOnInvoice(a.meta.id).value(), 40000);
    ASSERT_TRUE(payments().record(payment(20000, std::nullopt, PaymentMethod::Card)).ok());  // advance
    EXPECT_EQ(accounts().balance(m_patient).value().balanceMinor, 79000);

    storage::CreditNoteRepository notes(*m_db, m_session);
    const auto cn = notes.issue(b.meta.id, b.totalMinor, QStringLiteral("Session not given"), {QStringLiteral("FC"), 4});
    ASSERT_TRUE(cn.ok()) << cn.error().message().toStdString();
    EXPECT_EQ(cn.value().taxMinor, 9000);
    EXPECT_EQ(cn.value().subtotalMinor, 50000);
    EXPECT_EQ(accounts().balance(m_patient).value().balanceMinor, 20000);
    EXPECT_EQ(accounts().outstandingOnInvoice(b.meta.id).value(), 0);

    ASSERT_TRUE(payments().record(payment(40000, a.meta.id)).ok());
    EXPECT_EQ(accounts().balance(m_patient).value().balanceMinor, -20000);
    domain::Payment refund = payment(20000, std::nullopt);
    refund.kind = PaymentKind::Refund;
    refund.amountMinor = 20001;
    EXPECT_FALSE(payments().record(refund).ok()) << "cannot refund more than the credit held";
    refund.amountMinor = 20000;
    ASSERT_TRUE(payments().record(refund).ok());
    const auto balance = accounts().balance(m_patient).value();
    EXPECT_EQ(balance.balanceMinor, 0);
    EXPECT_EQ(balance.invoicedMinor, 159000);
    EXPECT_EQ(balance.creditedMinor, 59000);
    EXPECT_EQ(balance.paidMinor, 120000);
    EXPECT_EQ(balance.refundedMinor, 20000);
    EXPECT_TRUE(accounts().nonZeroBalances().value().isEmpty());
}

TEST_F(BillingTest, creditNotesHaveTheirOwnSeriesAndNeverExceedTheInvoice)
{
    const auto inv = issued(100000);
    storage::CreditNoteRepository notes(*m_db, m_session);
    const auto first = notes.issue(inv.meta.id, 30000, QStringLiteral("Discount agreed"), {QStringLiteral("FC"), 4});
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(first.value().number, 1);
    EXPECT_TRUE(first.value().numberText.startsWith(QStringLiteral("FC-")));
    const auto tooMuch = notes.issue(inv.meta.id, 70001, QStringLiteral("x"), {QStringLiteral("FC"), 4});
    ASSERT_FALSE(tooMuch.ok());
    EXPECT_TRUE(tooMuch.error().hasFieldError(QStringLiteral("total")));
    EXPECT_TRUE(notes.issue(inv.meta.id, 70000, QStringLiteral("Void rest"), {QStringLiteral("FC"), 4}).ok());
    EXPECT_EQ(notes.forInvoice(inv.meta.id).value().size(), 2);
    EXPECT_EQ(issued(1).number, 2) << "credit notes do not consume invoice numbers, even in the same series name";
    EXPECT_FALSE(notes.issue(inv.meta.id, 1, QString(), {QStringLiteral("FC"), 4}).ok()) << "a reason is required";
}

TEST_F(BillingTest, invoiceListFiltersByStatusPatientDateAndOutstanding)
{
    const auto paid = issued(1000);
    ASSERT_TRUE(payments().record(payment(1000, paid.meta.id)).ok());
    const auto open = issued(2000);
    domain::Invoice draft;
    draft.patientId = m_patient;
    ASSERT_TRUE(invoices().createDraft(draft).ok());

    EXPECT_EQ(invoices().list({}).value().size(), 3);
    EXPECT_EQ(invoices().list(storage::InvoiceFilter::ofStatus(InvoiceStatus::Draft)).value().size(), 1);
    EXPECT_EQ(invoices().list(storage::InvoiceFilter::ofStatus(InvoiceStatus::Issued)).value().size(), 2);
    storage::InvoiceFilter outstanding;
    outstanding.outstandingOnly = true;
    ASSERT_EQ(invoices().list(outstanding).value().size(), 1);
    EXPECT_EQ(invoices().list(outstanding).value().first().meta.id, open.meta.id);
    storage::InvoiceFilter tomorrow;
    tomorrow.from = m_session.today().addDays(1);
    EXPECT_TRUE(invoices().list(tomorrow).value().isEmpty());
    storage::InvoiceFilter other;
    other.patientId = m_patient + 1;
    EXPECT_TRUE(invoices().list(other).value().isEmpty());
}

TEST_F(BillingTest, collectionsByMethodAreNetOfRefundsForTheClinicsDay)
{
    const auto inv = issued(300000);
    ASSERT_TRUE(payments().record(payment(100000, inv.meta.id, PaymentMethod::Cash)).ok());
    ASSERT_TRUE(payments().record(payment(150000, inv.meta.id, PaymentMethod::Card)).ok());
    ASSERT_TRUE(payments().record(payment(60000, inv.meta.id, PaymentMethod::Upi), true).ok());
    domain::Payment refund = payment(10000, std::nullopt, PaymentMethod::Upi);
    refund.kind = PaymentKind::Refund;
    ASSERT_TRUE(payments().record(refund).ok());
    const auto totals = payments().collectionsByMethod(m_session.today());
    ASSERT_TRUE(totals.ok());
    EXPECT_EQ(totals.value().value(PaymentMethod::Cash), 100000);
    EXPECT_EQ(totals.value().value(PaymentMethod::Card), 150000);
    EXPECT_EQ(totals.value().value(PaymentMethod::Upi), 50000);
    EXPECT_TRUE(payments().collectionsByMethod(m_session.today().addDays(-1)).value().isEmpty());
}

TEST_F(BillingTest, aPaymentSplitAcrossMethodsIsOneStepCheckedAsAWhole)
{
    const auto inv = issued(100000);
    auto card = payment(70000, inv.meta.id, PaymentMethod::Card);
    card.reference = QStringLiteral("slip 4411");
    const QList<domain::Payment> tooMuch{payment(50000, inv.meta.id), card};
    const auto refused = payments().record(tooMuch);
    ASSERT_FALSE(refused.ok()) << "120,000 on an invoice of 100,000 without keeping credit";
    EXPECT_TRUE(refused.error().hasFieldError(QStringLiteral("amount")));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM payments")).toInt(), 0) << "no part was written";
    EXPECT_FALSE(payments().record(QList<domain::Payment>{payment(50000, inv.meta.id), payment(0, inv.meta.id, PaymentMethod::Upi)}).ok());
    EXPECT_FALSE(payments().record(QList<domain::Payment>{payment(50000, inv.meta.id), payment(100, std::nullopt)}).ok())
        << "parts for different invoices";
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM payments")).toInt(), 0);

    const auto stored = payments().record(tooMuch, true);
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored.value().size(), 3) << "cash 500, card 500 on the invoice, card 200 as credit";
    EXPECT_EQ(stored.value().at(0).method, PaymentMethod::Cash);
    EXPECT_EQ(stored.value().at(0).amountMinor, 50000);
    EXPECT_EQ(stored.value().at(1).amountMinor, 50000);
    EXPECT_EQ(stored.value().at(1).reference, QStringLiteral("slip 4411"));
    EXPECT_EQ(stored.value().at(2).amountMinor, 20000);
    EXPECT_FALSE(stored.value().at(2).invoiceId.has_value());
    EXPECT_EQ(accounts().outstandingOnInvoice(inv.meta.id).value(), 0);
    EXPECT_EQ(accounts().balance(m_patient).value().creditMinor(), 20000);
    const auto till = payments().collectionsByMethod(m_clock.now().toTimeZone(m_session.timeZone).date()).value();
    EXPECT_EQ(till.value(PaymentMethod::Cash), 50000);
    EXPECT_EQ(till.value(PaymentMethod::Card), 70000);
}

TEST_F(BillingTest, creditIsAppliedToALaterInvoiceWithoutChangingTheBalanceOrTheTill)
{
    ASSERT_TRUE(payments().record(payment(30000, std::nullopt, PaymentMethod::Upi)).ok());  // advance
    const auto first = issued(20000);
    ASSERT_TRUE(payments().record(payment(20000, first.meta.id)).ok());
    // A credit note on the paid invoice leaves it overpaid by 5,000: more credit.
    ASSERT_TRUE(storage::CreditNoteRepository(*m_db, m_session).issue(first.meta.id, 5000, QStringLiteral("Shorter session"), {QStringLiteral("FC"), 4}).ok());
    const auto later = issued(100000);
    const auto before = accounts().balance(m_patient).value();
    EXPECT_EQ(before.creditMinor(), 0) << "the new invoice is owed: 100,000 - 35,000 credit";
    EXPECT_EQ(before.balanceMinor, 65000);
    const auto tillBefore = payments().collectionsByMethod(m_clock.now().toTimeZone(m_session.timeZone).date()).value();

    EXPECT_FALSE(payments().applyCredit(later.meta.id, 35001).ok()) << "more than the credit held";
    EXPECT_FALSE(payments().applyCredit(later.meta.id, 0).ok());
    const auto applied = payments().applyCredit(later.meta.id, 35000);
    ASSERT_TRUE(applied.ok()) << qPrintable(applied.error().message());
    EXPECT_EQ(accounts().outstandingOnInvoice(later.meta.id).value(), 65000);
    EXPECT_EQ(accounts().outstandingOnInvoice(first.meta.id).value(), 0) << "the overpayment moved";
    EXPECT_EQ(accounts().balance(m_patient).value().balanceMinor, before.balanceMinor);
    EXPECT_EQ(payments().collectionsByMethod(m_clock.now().toTimeZone(m_session.timeZone).date()).value(), tillBefore);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM payments WHERE invoice_id IS NULL AND deleted_at IS NULL")).toInt(), 0);
    EXPECT_FALSE(payments().applyCredit(later.meta.id, 1).ok()) << "no credit left";
}

/// Random sequences of every money movement; after each step the patient's balance equals the
/// figure the test keeps on its own, and no invoice is owed more than its total.
TEST_F(BillingTest, balancesStayConsistentUnderRandomSequencesOfOperations)
{
    for (quint32 seed : {1u, 7u, 42u, 2026u}) {
        QRandomGenerator rng(seed);
        const qint64 patient = storage::PatientRepository(*m_db, m_session)
                                   .create(test::patient("Random", "Ledger", qPrintable(QStringLiteral("98%1").arg(10000000 + seed))))
                                   .value()
                                   .meta.id;
        m_patient = patient;
        qint64 expected = 0;  // invoiced - credited - paid + refunded
        QList<domain::Invoice> open;
        storage::CreditNoteRepository notes(*m_db, m_session);
        for (int step = 0; step < 60; ++step) {
            const auto amount = [&](qint64 max) { return 1 + qint64(rng.bounded(quint32(std::max<qint64>(1, max)))); };
            const qint64 outstandingAll = accounts().balance(patient).value().balanceMinor;
            switch (rng.bounded(7)) {
            case 0: {  // issue
                const auto inv = issued(amount(200000), rng.bounded(2) ? 1800 : 0);
                open << inv;
                expected += inv.totalMinor;
                break;
            }
            case 1:    // pay part of an invoice
            case 2: {  // pay with the excess kept as credit
                if (open.isEmpty())
                    break;
                const auto &inv = open.at(int(rng.bounded(quint32(open.size()))));
                const qint64 owed = accounts().outstandingOnInvoice(inv.meta.id).value();
                const bool keep = rng.bounded(3) == 2;
                const qint64 pay = keep ? amount(owed + 50000) : amount(owed);
                if (owed <= 0 && !keep)
                    break;
                QList<domain::Payment> parts{payment(pay, inv.meta.id)};
                if (pay > 1 && rng.bounded(2)) {
                    parts.first().amountMinor = pay / 2;
                    parts << payment(pay - pay / 2, inv.meta.id, PaymentMethod::Card);
                }
                const auto done = payments().record(parts, keep);
                ASSERT_EQ(done.ok(), keep || pay <= owed) << "seed " << seed << " step " << step;
                if (done.ok())
                    expected -= pay;
                break;
            }
            case 3: {  // advance
                const qint64 pay = amount(30000);
                ASSERT_TRUE(payments().record(payment(pay, std::nullopt, PaymentMethod::Upi)).ok());
                expected -= pay;
                break;
            }
            case 4: {  // refund part of the credit
                const qint64 credit = accounts().balance(patient).value().creditMinor();
                if (credit == 0)
                    break;
                auto refund = payment(amount(credit), std::nullopt);
                refund.kind = PaymentKind::Refund;
                ASSERT_TRUE(payments().record(refund).ok());
                expected += refund.amountMinor;
                break;
            }
            case 5: {  // credit note
                if (open.isEmpty())
                    break;
                const auto &inv = open.at(int(rng.bounded(quint32(open.size()))));
                qint64 credited = 0;
                for (const auto &n : notes.forInvoice(inv.meta.id).value())
                    credited += n.totalMinor;
                if (credited >= inv.totalMinor)
                    break;
                const qint64 note = amount(inv.totalMinor - credited);
                ASSERT_TRUE(notes.issue(inv.meta.id, note, QStringLiteral("Adjustment"), {QStringLiteral("FC"), 4}).ok());
                expected -= note;
                break;
            }
            case 6: {  // apply credit
                if (open.isEmpty())
                    break;
                const auto &inv = open.at(int(rng.bounded(quint32(open.size()))));
                const qint64 owed = accounts().outstandingOnInvoice(inv.meta.id).value();
                const qint64 credit = accounts().balance(patient).value().creditMinor();
                if (owed <= 0 || credit == 0)
                    break;
                ASSERT_TRUE(payments().applyCredit(inv.meta.id, amount(std::min(owed, credit))).ok()) << "seed " << seed << " step " << step;
                break;  // moves money; the balance stays
            }
            }
            ASSERT_EQ(accounts().balance(patient).value().balanceMinor, expected) << "seed " << seed << " step " << step
                                                                                  << " (before: " << outstandingAll << ")";
            for (const auto &inv : open)
                ASSERT_LE(accounts().outstandingOnInvoice(inv.meta.id).value(), inv.totalMinor);
        }
    }
}

TEST_F(BillingTest, checkoutIssuesAndTakesPaymentInOneStepOrDoesNothing)
{
    domain::Invoice inv;
    inv.patientId = m_patient;
    inv.lines << test::line("Physiotherapy session", 80000, 1800);
    storage::Checkout checkout(*m_db, m_session);
    // 1,000 on an invoice of 944 without keeping the excess: refused, and nothing is left behind.
    const auto refused = checkout.complete(inv, {QStringLiteral("FD"), 4}, {payment(100000, std::nullopt)}, false);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().hasFieldError(QStringLiteral("amount")));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM invoices")).toInt(), 0) << "no draft, no issued invoice";
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM number_series")).toInt(), 0) << "no number taken";
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE table_name IN ('invoices', 'payments')")).toInt(), 0);

    const auto done = checkout.complete(inv, {QStringLiteral("FD"), 4},
                                        {payment(50000, std::nullopt, PaymentMethod::Cash), payment(50000, std::nullopt, PaymentMethod::Upi)}, true);
    ASSERT_TRUE(done.ok()) << qPrintable(done.error().message());
    EXPECT_EQ(done.value().invoice.status, InvoiceStatus::Issued);
    EXPECT_EQ(done.value().invoice.number, 1);
    ASSERT_EQ(done.value().payments.size(), 3) << "cash 500, UPI 444 on the invoice, UPI 56 as credit";
    EXPECT_EQ(accounts().outstandingOnInvoice(done.value().invoice.meta.id).value(), 0);
    EXPECT_EQ(accounts().balance(m_patient).value().creditMinor(), 5600);

    // Issuing without payment (pay later) is a checkout too.
    const auto later = checkout.complete(inv, {QStringLiteral("FD"), 4}, {}, false);
    ASSERT_TRUE(later.ok());
    EXPECT_EQ(later.value().invoice.number, 2);
    EXPECT_EQ(accounts().outstandingOnInvoice(later.value().invoice.meta.id).value(), 94400);
}

TEST_F(BillingTest, anInvoiceDiscountIsStoredWithEachLinesShareAndNeverChangesOnceIssued)
{
    domain::Invoice inv;
    inv.patientId = m_patient;
    inv.lines << test::line("Assessment", 120000, 1800) << test::line("Exercise plan", 30000);
    inv.invoiceDiscountBp = 1000;
    auto draft = invoices().createDraft(inv);
    ASSERT_TRUE(draft.ok()) << qPrintable(draft.error().message());
    const auto done = invoices().issue(draft.value().meta.id, {QStringLiteral("FD"), 4});
    ASSERT_TRUE(done.ok());
    const auto stored = invoices().get(done.value().meta.id).value();
    EXPECT_EQ(stored.invoiceDiscountBp, 1000);
    ASSERT_EQ(stored.lines.size(), 2);
    EXPECT_EQ(stored.lines[0].invoiceDiscountShareMinor, 12000);
    EXPECT_EQ(stored.lines[1].invoiceDiscountShareMinor, 3000);
    EXPECT_EQ(stored.totalMinor, 108000 + 19440 + 27000) << "tax on 1,080.00, not 1,200.00";
    EXPECT_EQ(stored.discountMinor, 15000);
    QSqlQuery q(m_db->database());
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE invoices SET invoice_discount_bp = 0 WHERE id = %1").arg(stored.meta.id)));
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE invoice_lines SET invoice_discount_minor = 0 WHERE invoice_id = %1").arg(stored.meta.id)));

    inv.invoiceDiscountBp = 0;
    inv.invoiceDiscountMinor = 150001;
    const auto refused = invoices().createDraft(inv);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().hasFieldError(QStringLiteral("invoiceDiscount")));
}
