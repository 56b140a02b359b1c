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
#include <QProcess>
#include <QSignalSpy>
#include <QTableWidget>

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
    EXPECT_EQ(view.table()->rowCount(), 4) << "three months and the total";
    EXPECT_TRUE(view.hasChart());
    view.setReport(ui::ReportBuilder::Kind::Outstanding);
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
