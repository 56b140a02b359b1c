#include "clinic/print/billingdocument.h"
#include "clinic/storage/creditnoterepository.h"
#include "clinic/storage/invoicerepository.h"
#include "clinic/storage/patientrepository.h"
#include "clinic/storage/paymentrepository.h"
#include "clinic/storage/settingsrepository.h"

#include "support/fixtures.h"
#include "support/tempdatabase.h"

#include <QBuffer>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>

using namespace clinic;
using print::BillingDocument;
using print::PaperFormat;

namespace {

/// The text of a PDF as poppler reads it (layout mode keeps each table row on one line).
QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QStringLiteral("<pdftotext failed: %1>").arg(QString::fromUtf8(p.readAllStandardError()));
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// "Page size: W x H pts" from pdfinfo, in millimetres.
QSizeF pdfPageMm(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    p.waitForFinished(30000);
    const auto m = QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts")).match(QString::fromUtf8(p.readAllStandardOutput()));
    return m.hasMatch() ? QSizeF(m.captured(1).toDouble() / 72 * 25.4, m.captured(2).toDouble() / 72 * 25.4) : QSizeF();
}

} // namespace

class BillingDocumentTest : public test::TempDatabaseTest
{
protected:
    void SetUp() override
    {
        TempDatabaseTest::SetUp();
        storage::SettingsRepository settings(*m_db, m_session);
        ASSERT_TRUE(settings.setValue(QStringLiteral("clinic.name"), QStringLiteral("Riverside Physiotherapy")).ok());
        ASSERT_TRUE(settings.setValue(QStringLiteral("clinic.address"), QStringLiteral("12 Lake Road\nPune 411001")).ok());
        ASSERT_TRUE(settings.setValue(QStringLiteral("clinic.taxRegistration"), QStringLiteral("27ABCDE1234F1Z5")).ok());
        QImage logo(64, 64, QImage::Format_RGB32);
        logo.fill(Qt::darkCyan);
        QBuffer png;
        png.open(QIODevice::WriteOnly);
        logo.save(&png, "PNG");
        ASSERT_TRUE(settings.setValue(QStringLiteral("clinic.logoPng"), QString::fromLatin1(png.data().toBase64())).ok());
        domain::Patient p = test::patient("Meera", "Kulkarni", "9822012345");
        p.patientNumber = QStringLiteral("P-0042");
        m_patient = storage::PatientRepository(*m_db, m_session).create(p).value().meta.id;
    }
    domain::Invoice issue()
    {
        domain::Invoice inv;
        inv.patientId = m_patient;
        domain::InvoiceLine session = test::line("Physiotherapy session", 80000, 1800, 2);
        session.taxCode = QStringLiteral("999312");
        domain::InvoiceLine brace = test::line("Knee brace", 150000, 1200);
        brace.discountBp = 1000;
        inv.lines << session << brace << test::line("Home exercise plan", 30000);
        storage::InvoiceRepository invoices(*m_db, m_session);
        return invoices.issue(invoices.createDraft(inv).value().meta.id, {QStringLiteral("FD"), 4}).value();
    }
    QString pdf(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
    qint64 m_patient = 0;
};

TEST_F(BillingDocumentTest, anInvoicePdfHoldsTheNumberPatientLinesTaxBreakdownAndTotals)
{
    const auto invoice = issue();
    // 2 x 800 + 18% = 1,888.00; 1,500 - 10% = 1,350 + 12% = 1,512.00; 300 exempt: total 3,700.00
    ASSERT_EQ(invoice.totalMinor, 370000);
    ASSERT_TRUE(storage::PaymentRepository(*m_db, m_session).record(domain::Payment{{}, m_patient, invoice.meta.id, domain::PaymentKind::Payment,
                                                                                    domain::PaymentMethod::Upi, 100000, {}, QStringLiteral("UPI 771"), {}, {}, {}}).ok());
    const auto document = BillingDocument::invoice(*m_db, m_session, invoice.meta.id);
    ASSERT_TRUE(document.ok()) << qPrintable(document.error().message());
    EXPECT_EQ(document.value().title(), QStringLiteral("Invoice ") + invoice.numberText);
    ASSERT_TRUE(document.value().writePdf(pdf("invoice.pdf"), PaperFormat::A4).ok());

    const QString text = pdfText(pdf("invoice.pdf"));
    for (const QString &expected : {QStringLiteral("Riverside Physiotherapy"), QStringLiteral("27ABCDE1234F1Z5"), QStringLiteral("Pune 411001"),
                                    invoice.numberText, QStringLiteral("Meera Kulkarni"), QStringLiteral("P-0042"),
                                    QStringLiteral("Physiotherapy session"), QStringLiteral("(999312)"), QStringLiteral("Knee brace"), QStringLiteral("Home exercise plan"),
                                    QStringLiteral("1,888.00"), QStringLiteral("1,512.00"), QStringLiteral("10%"), QStringLiteral("exempt"),
                                    QStringLiteral("Tax 18% on ₹1,600.00"), QStringLiteral("288.00"), QStringLiteral("Tax 12% on ₹1,350.00"),
                                    QStringLiteral("162.00"), QStringLiteral("3,700.00"), QStringLiteral("Rupees Three Thousand Seven Hundred Only"),
                                    QStringLiteral("UPI 771"), QStringLiteral("Balance due"), QStringLiteral("2,700.00")})
        EXPECT_TRUE(text.contains(expected)) << qPrintable(expected) << " not in:\n" << qPrintable(text);
    const QSizeF page = pdfPageMm(pdf("invoice.pdf"));
    EXPECT_NEAR(page.width(), 210, 1);
    EXPECT_NEAR(page.height(), 297, 1);
}

TEST_F(BillingDocumentTest, aReceiptFitsAnEightyMillimetreRoll)
{
    const auto invoice = issue();
    const auto taken = storage::PaymentRepository(*m_db, m_session)
                           .record(QList<domain::Payment>{domain::Payment{{}, m_patient, invoice.meta.id, domain::PaymentKind::Payment,
                                                                          domain::PaymentMethod::Cash, 200000, {}, {}, {}, {}, {}},
                                                          domain::Payment{{}, m_patient, invoice.meta.id, domain::PaymentKind::Payment,
                                                                          domain::PaymentMethod::Card, 200000, {}, QStringLiteral("slip 88"), {}, {}, {}}},
                                   true);
    ASSERT_TRUE(taken.ok());
    QList<qint64> ids;
    for (const auto &p : taken.value())
        ids << p.meta.id;
    const auto document = BillingDocument::receipt(*m_db, m_session, ids);
    ASSERT_TRUE(document.ok());
    ASSERT_TRUE(document.value().writePdf(pdf("receipt.pdf"), PaperFormat::Receipt80mm).ok());
    const QString text = pdfText(pdf("receipt.pdf"));
    for (const QString &expected : {QStringLiteral("Receipt"), QStringLiteral("Meera Kulkarni"), QStringLiteral("Cash"), QStringLiteral("slip 88"),
                                    invoice.numberText, QStringLiteral("held as credit"), QStringLiteral("4,000.00"),
                                    QStringLiteral("Patient credit"), QStringLiteral("300.00")})
        EXPECT_TRUE(text.contains(expected)) << qPrintable(expected) << " not in:\n" << qPrintable(text);
    const QSizeF page = pdfPageMm(pdf("receipt.pdf"));
    EXPECT_NEAR(page.width(), 80, 1);
    EXPECT_GT(page.height(), 60);
    EXPECT_LT(page.height(), 297) << "one roll-length page, not an A4 sheet";
}

TEST_F(BillingDocumentTest, aCreditNoteCitesTheInvoiceItCorrects)
{
    const auto invoice = issue();
    const auto note = storage::CreditNoteRepository(*m_db, m_session).issue(invoice.meta.id, 30000, QStringLiteral("Exercise plan not delivered"),
                                                                            {QStringLiteral("FC"), 4});
    ASSERT_TRUE(note.ok());
    const auto document = BillingDocument::creditNote(*m_db, m_session, note.value().meta.id);
    ASSERT_TRUE(document.ok());
    ASSERT_TRUE(document.value().writePdf(pdf("credit.pdf"), PaperFormat::A4).ok());
    const QString text = pdfText(pdf("credit.pdf"));
    for (const QString &expected : {QStringLiteral("Credit note"), note.value().numberText, QString(QStringLiteral("Corrects invoice ") + invoice.numberText),
                                    QStringLiteral("Exercise plan not delivered"), QStringLiteral("300.00"), QStringLiteral("Rupees Three Hundred Only")})
        EXPECT_TRUE(text.contains(expected)) << qPrintable(expected) << " not in:\n" << qPrintable(text);
}

TEST_F(BillingDocumentTest, anUnwritablePathOrAMissingRecordIsAnErrorNotACrash)
{
    const auto invoice = issue();
    const auto document = BillingDocument::invoice(*m_db, m_session, invoice.meta.id);
    const auto refused = document.value().writePdf(m_dir.filePath(QStringLiteral("no/such/folder/x.pdf")), PaperFormat::A4);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code(), domain::ErrorCode::Io);
    EXPECT_FALSE(BillingDocument::invoice(*m_db, m_session, 9999).ok());
    EXPECT_FALSE(BillingDocument::receipt(*m_db, m_session, {}).ok());
}
