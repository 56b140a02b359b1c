// The Reports page offscreen: tables, charts, CSV and PDF on a real database.
#include "clinic/domain/csv.h"
#include "clinic/storage/invoicerepository.h"
#include "clinic/storage/patientrepository.h"
#include "clinic/storage/paymentrepository.h"
#include "clinic/storage/practitionerrepository.h"
#include "clinic/storage/settingsrepository.h"
#include "clinic/ui/reportsview.h"

#include "support/fixtures.h"
#include "support/tempdatabase.h"

#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace clinic;

class ReportsUiTest : public test::TempDatabaseTest
{
protected:
    void SetUp() override
    {
        TempDatabaseTest::SetUp();
        ASSERT_TRUE(storage::SettingsRepository(*m_db, m_session).setValue(QStringLiteral("clinic.name"), QStringLiteral("Lakeside Physio")).ok());
        domain::Patient jose = test::patient("José", "García");
        jose.referralSource = QStringLiteral("Dr. Pérez, Clínica \"Sol\"");
        m_jose = storage::PatientRepository(*m_db, m_session).create(jose).value().meta.id;
        m_uma = storage::PractitionerRepository(*m_db, m_session).create(test::practitioner("Dr. Uma")).value().meta.id;
        domain::Invoice inv;
        inv.patientId = m_jose;
        inv.practitionerId = m_uma;
        inv.lines << test::line("Session", 120000, 1800);
        storage::InvoiceRepository invoices(*m_db, m_session);
        m_invoice = invoices.issue(invoices.createDraft(inv).value().meta.id, {QStringLiteral("FD"), 4}).value().meta.id;
        domain::Payment p;
        p.patientId = m_jose;
        p.invoiceId = m_invoice;
        p.amountMinor = 50000;
        p.method = domain::PaymentMethod::Card;
        ASSERT_TRUE(storage::PaymentRepository(*m_db, m_session).record(p).ok());
    }
    /// The report asked for is on screen (it runs on the runner's thread).
    static bool settled(const ui::ReportsView &view) { return QTest::qWaitFor([&view] { return !view.isBusy(); }, 10000); }
    qint64 m_jose = 0, m_uma = 0, m_invoice = 0;
};

TEST_F(ReportsUiTest, theDashboardAndTheCollectionsTableShowTodaysMoney)
{
    ui::ReportsView view(*m_db, m_session);
    view.show();
    EXPECT_TRUE(view.dashboardText().contains(QStringLiteral("500.00"))) << qPrintable(view.dashboardText());
    EXPECT_TRUE(view.dashboardText().contains(QStringLiteral("1,200.00"))) << "this month's revenue";
    view.setReport(ui::ReportBuilder::Kind::Collections);
    view.setPreset(ui::ReportsView::Today);
    ASSERT_TRUE(settled(view));
    const QTableWidget *table = view.table();
    ASSERT_GE(table->rowCount(), 2);
    EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("Card"));
    EXPECT_TRUE(table->item(table->rowCount() - 1, 5)->text().contains(QStringLiteral("500.00")));
    EXPECT_TRUE(view.hasChart());
}

TEST_F(ReportsUiTest, revenueByMonthHasAStackedChartAndOutstandingHasNone)
{
    ui::ReportsView view(*m_db, m_session);
    view.show();
    view.setReport(ui::ReportBuilder::Kind::RevenueByMonth);
    view.setRange(QDate(2026, 9, 1), QDate(2026, 11, 30));
    ASSERT_TRUE(settled(view));
    EXPECT_EQ(view.table()->rowCount(), 4) << "three months and the total";
    EXPECT_TRUE(view.hasChart());
    view.setReport(ui::ReportBuilder::Kind::Outstanding);
    ASSERT_TRUE(settled(view));
    EXPECT_FALSE(view.hasChart());
    ASSERT_EQ(view.table()->rowCount(), 2);
    EXPECT_EQ(view.table()->item(0, 0)->text(), QStringLiteral("José García"));
    EXPECT_TRUE(view.table()->item(0, 1)->text().contains(QStringLiteral("916.00"))) << "1,416 - 500 paid, 0-30 days";
    // Click-through to the patient's account.
    QSignalSpy opened(&view, &ui::ReportsView::patientRequested);
    view.openRow(0);
    ASSERT_EQ(opened.count(), 1);
    EXPECT_EQ(opened.first().first().toLongLong(), m_jose);
    view.openRow(1);
    EXPECT_EQ(opened.count(), 1) << "the total row is nobody's";
}

TEST_F(ReportsUiTest, csvExportKeepsCommasQuotesAndAccentsAndThePdfHasTheTable)
{
    ui::ReportsView view(*m_db, m_session);
    view.show();
    view.setReport(ui::ReportBuilder::Kind::Referrals);
    view.setPreset(ui::ReportsView::ThisMonth);
    ASSERT_TRUE(settled(view));
    const QString csv = m_dir.filePath(QStringLiteral("referrals.csv"));
    ASSERT_TRUE(view.exportCsv(csv).ok());
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const auto records = domain::Csv::parse(file.readAll());
    ASSERT_TRUE(records.has_value());
    ASSERT_EQ(records->size(), 2);
    EXPECT_EQ(records->at(0), (QStringList{QStringLiteral("Referred by"), QStringLiteral("New patients")}));
    EXPECT_EQ(records->at(1), (QStringList{QStringLiteral("Dr. Pérez, Clínica \"Sol\""), QStringLiteral("1")}));

    const QString pdf = m_dir.filePath(QStringLiteral("referrals.pdf"));
    ASSERT_TRUE(view.exportPdf(pdf).ok());
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(30000));
    const QString out = QString::fromUtf8(text.readAllStandardOutput());
    for (const char *expected : {"Referral sources", "Lakeside Physio", "Dr. Pérez, Clínica \"Sol\"", "New patients"})
        EXPECT_TRUE(out.contains(QString::fromUtf8(expected))) << expected << " not in " << qPrintable(out);
    EXPECT_FALSE(view.exportCsv(m_dir.filePath(QStringLiteral("missing/x.csv"))).ok());
}

TEST_F(ReportsUiTest, reportsRunOffTheWindowsThreadAndOnlyTheLastQuestionIsAnswered)
{
    ui::ReportsView view(*m_db, m_session);
    view.show();
    ASSERT_TRUE(settled(view));
    QSignalSpy ready(&view, &ui::ReportsView::ready);
    view.setReport(ui::ReportBuilder::Kind::Outstanding);
    EXPECT_TRUE(view.isBusy()) << "the call returns before the report is made";
    EXPECT_TRUE(view.findChild<QLabel *>(QStringLiteral("working"))->isVisible());
    view.setReport(ui::ReportBuilder::Kind::Referrals);  // changed her mind at once
    ASSERT_TRUE(settled(view));
    QTest::qWait(100);  // an answer to the first question would arrive by now
    EXPECT_EQ(ready.count(), 1) << "one report on screen, the last one asked for";
    EXPECT_EQ(view.current().headers.first(), QStringLiteral("Referred by"));
    EXPECT_FALSE(view.findChild<QLabel *>(QStringLiteral("working"))->isVisible());

    // A runner of its own answers by ticket with the table and the chart.
    ui::ReportRunner runner(m_path, m_session);
    QSignalSpy answered(&runner, &ui::ReportRunner::finished);
    const quint64 ticket = runner.run(ui::ReportBuilder::Kind::RevenueByMonth, {QDate(2026, 1, 1), QDate(2026, 12, 31)});
    ASSERT_TRUE(answered.wait(10000));
    const auto outcome = answered.first().first().value<ui::ReportRunner::Outcome>();
    EXPECT_EQ(outcome.ticket, ticket);
    EXPECT_TRUE(outcome.error.isEmpty()) << qPrintable(outcome.error);
    EXPECT_EQ(outcome.table.rows.size(), 13) << "twelve months and the total";

    // A database the worker cannot open is an answer with the reason, not a hang or a crash.
    ui::ReportRunner broken(m_dir.path(), m_session);  // a folder, not a database file
    QSignalSpy refused(&broken, &ui::ReportRunner::finished);
    broken.run(ui::ReportBuilder::Kind::Collections, {QDate(2026, 1, 1), QDate(2026, 1, 31)});
    ASSERT_TRUE(refused.wait(10000));
    EXPECT_FALSE(refused.first().first().value<ui::ReportRunner::Outcome>().error.isEmpty());
}
