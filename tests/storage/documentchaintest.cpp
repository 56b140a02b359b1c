#include "clinic/domain/documentchain.h"
#include "clinic/storage/billingaudit.h"
#include "clinic/storage/creditnoterepository.h"
#include "clinic/storage/invoicerepository.h"
#include "clinic/storage/patientrepository.h"
#include "clinic/storage/settingsrepository.h"

#include "support/fixtures.h"
#include "support/tempdatabase.h"

#include <QProcess>
#include <QSqlError>
#include <QRegularExpression>

using namespace clinic;

namespace {
const domain::NumberingRule kFrontDesk{QStringLiteral("FD"), 4};
const domain::NumberingRule kCredit{QStringLiteral("FC"), 4};
} // namespace

/// Numbering rules, the document chain and the number-gap report (issue: billing).
class DocumentChainTest : public test::TempDatabaseTest
{
protected:
    void SetUp() override
    {
        TempDatabaseTest::SetUp();
        m_patient = storage::PatientRepository(*m_db, m_session).create(test::patient("Ines", "Arroyo")).value().meta.id;
    }
    storage::InvoiceRepository invoices() { return storage::InvoiceRepository(*m_db, m_session); }
    storage::BillingAudit audit() { return storage::BillingAudit(*m_db, m_session); }

    qint64 draft(qint64 price = 150000)
    {
        domain::Invoice inv;
        inv.patientId = m_patient;
        inv.lines << test::line("Physiotherapy | session", price, 1800) << test::line("Taping", 20000);
        return invoices().createDraft(inv).value().meta.id;
    }
    domain::Invoice issue(const domain::NumberingRule &rule = kFrontDesk)
    {
        m_clock.advanceMs(60000);
        auto done = invoices().issue(draft(), rule);
        EXPECT_TRUE(done.ok()) << (done.ok() ? "" : qPrintable(done.error().message()));
        return done.value();
    }
    /// Raw SQL an attacker with file access could run: every trigger on the invoice tables removed first.
    void tamper(const QString &sql)
    {
        QSqlQuery q(m_db->database());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('invoices', 'invoice_lines')")));
        QStringList triggers;
        while (q.next())
            triggers << q.value(0).toString();
        for (const QString &trigger : triggers)
            ASSERT_TRUE(q.exec(QStringLiteral("DROP TRIGGER %1").arg(trigger)));
        ASSERT_TRUE(q.exec(sql)) << qPrintable(sql) << ": " << qPrintable(q.lastError().text());
    }
    QList<storage::ChainBreak> breaks(int *checked = nullptr)
    {
        const auto result = audit().verifyChains(checked);
        EXPECT_TRUE(result.ok());
        return result.ok() ? result.value() : QList<storage::ChainBreak>{};
    }
    qint64 m_patient = 0;
};

TEST_F(DocumentChainTest, issuedDocumentsFormAChainPerSeriesThatVerifies)
{
    const auto first = issue();
    const auto second = issue();
    issue({QStringLiteral("DR"), 4});
    const auto third = issue();
    const auto note = storage::CreditNoteRepository(*m_db, m_session).issue(second.meta.id, 5000, QStringLiteral("Goodwill"), kCredit);
    ASSERT_TRUE(note.ok());

    static const QRegularExpression sha256(QStringLiteral("^[0-9a-f]{64}$"));
    EXPECT_TRUE(sha256.match(first.chainHash).hasMatch());
    EXPECT_EQ(first.chainHash, domain::DocumentChain::link(QString(), domain::DocumentChain::canonical(first)))
        << "the first document of a series chains from nothing";
    EXPECT_EQ(second.chainHash, domain::DocumentChain::link(first.chainHash, domain::DocumentChain::canonical(second)));
    EXPECT_EQ(third.chainHash, domain::DocumentChain::link(second.chainHash, domain::DocumentChain::canonical(third)))
        << "the DR invoice in between belongs to another chain";
    EXPECT_EQ(note.value().chainHash,
              domain::DocumentChain::link(QString(), domain::DocumentChain::canonical(note.value(), second.numberText)));
    int checked = 0;
    EXPECT_TRUE(breaks(&checked).isEmpty());
    EXPECT_EQ(checked, 5);
    ASSERT_GT(draft(), 0);
    EXPECT_TRUE(breaks(&checked).isEmpty());
    EXPECT_EQ(checked, 5) << "drafts are not in the chain";
}

TEST_F(DocumentChainTest, aChangedAmountOrLineIsFoundByTheCheck)
{
    issue();
    const auto second = issue();
    issue();
    tamper(QStringLiteral("UPDATE invoices SET total_minor = total_minor - 100 WHERE id = %1").arg(second.meta.id));
    auto found = breaks();
    ASSERT_EQ(found.size(), 1) << "one altered invoice is reported once";
    EXPECT_EQ(found.first().numberText, second.numberText);
    EXPECT_EQ(found.first().kind, QStringLiteral("invoice"));
    EXPECT_FALSE(found.first().reason.isEmpty());

    tamper(QStringLiteral("UPDATE invoices SET total_minor = total_minor + 100 WHERE id = %1").arg(second.meta.id));
    EXPECT_TRUE(breaks().isEmpty()) << "restored";
    tamper(QStringLiteral("UPDATE invoice_lines SET description = 'Massage' WHERE invoice_id = %1 AND position = 2").arg(second.meta.id));
    ASSERT_EQ(breaks().size(), 1);
}

TEST_F(DocumentChainTest, aRemovedInvoiceBreaksTheNextLinkAndLeavesAGap)
{
    issue();
    const auto second = issue();
    const auto third = issue();
    tamper(QStringLiteral("DELETE FROM invoice_lines WHERE invoice_id = %1").arg(second.meta.id));
    tamper(QStringLiteral("DELETE FROM invoices WHERE id = %1").arg(second.meta.id));
    const auto found = breaks();
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().numberText, third.numberText) << "the link after the hole no longer verifies";

    const auto gaps = audit().numberGaps();
    ASSERT_TRUE(gaps.ok());
    ASSERT_EQ(gaps.value().size(), 1);
    EXPECT_EQ(gaps.value().first().series, QStringLiteral("FD"));
    EXPECT_EQ(gaps.value().first().fiscalYear, QStringLiteral("2026-27"));
    EXPECT_EQ(gaps.value().first().last, 3);
    EXPECT_EQ(gaps.value().first().documents, 2);
    EXPECT_EQ(gaps.value().first().missing, QList<int>{2});
}

TEST_F(DocumentChainTest, gapFreeSeriesReportNoGaps)
{
    issue();
    issue();
    issue({QStringLiteral("DR"), 4});
    const auto gaps = audit().numberGaps();
    ASSERT_TRUE(gaps.ok());
    ASSERT_EQ(gaps.value().size(), 2);
    for (const auto &gap : gaps.value())
        EXPECT_TRUE(gap.missing.isEmpty()) << qPrintable(gap.series);
    EXPECT_EQ(gaps.value().at(1).documents, 2);
}

TEST_F(DocumentChainTest, theRulesFormatPrintsTheNumber)
{
    const domain::NumberingRule india{QStringLiteral("FD"), 4, QStringLiteral("{series}/{fy}/{number:5}")};
    EXPECT_EQ(issue(india).numberText, QStringLiteral("FD/2026-27/00001"));
    const domain::NumberingRule spain{QStringLiteral("A"), 1, QStringLiteral("{fy}.{series}.{number:4}")};
    EXPECT_EQ(issue(spain).numberText, QStringLiteral("2026.A.0001"));
}

TEST_F(DocumentChainTest, aFormatThatCannotNumberIsRefusedAndTakesNoNumber)
{
    const qint64 id = draft();
    const auto refused = invoices().issue(id, {QStringLiteral("FD"), 4, QStringLiteral("{series}/{fy}/{number:6}")});
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().hasFieldError(QStringLiteral("numberFormat")));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM number_series")).toInt(), 0);
    EXPECT_EQ(invoices().get(id).value().status, domain::InvoiceStatus::Draft);
}

TEST_F(DocumentChainTest, aFullSeriesIsRefusedWithoutTakingANumber)
{
    const domain::NumberingRule tiny{QStringLiteral("T"), 1, QStringLiteral("{series}{number:1}")};
    for (int i = 1; i <= 9; ++i)
        EXPECT_EQ(issue(tiny).number, i);
    const qint64 id = draft();
    const auto refused = invoices().issue(id, tiny);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code(), domain::ErrorCode::Conflict);
    EXPECT_TRUE(refused.error().message().contains(QStringLiteral("9"))) << qPrintable(refused.error().message());
    EXPECT_EQ(scalar(QStringLiteral("SELECT last_number FROM number_series WHERE series = 'T'")).toInt(), 9);
    EXPECT_EQ(invoices().get(id).value().status, domain::InvoiceStatus::Draft);
}

/// A real crash (the helper process aborts) between taking the number and committing the
/// document: afterwards the number is free again, the next issue takes it, no gap, chain intact.
class CrashBetweenNumberAndSave : public DocumentChainTest, public ::testing::WithParamInterface<std::pair<const char *, const char *>>
{
};

TEST_P(CrashBetweenNumberAndSave, leavesNeitherAGapNorADuplicate)
{
    const auto [kind, point] = GetParam();
    const bool invoice = QLatin1String(kind) == QLatin1String("invoice");
    const auto first = issue();
    qint64 target = draft();
    if (!invoice) {
        ASSERT_TRUE(storage::CreditNoteRepository(*m_db, m_session).issue(first.meta.id, 100, QStringLiteral("Rounding"), kCredit).ok());
        target = first.meta.id;
    }
    QProcess helper;
    helper.start(QStringLiteral(CRASHING_ISSUER_BINARY),
                 {m_path, QLatin1String(kind), QString::number(target), QLatin1String(point)});
    ASSERT_TRUE(helper.waitForFinished(30000));
    ASSERT_EQ(helper.exitStatus(), QProcess::CrashExit) << helper.readAllStandardError().toStdString();

    const QString counterKind = invoice ? QStringLiteral("invoice") : QStringLiteral("credit_note");
    reopen();
    EXPECT_EQ(scalar(QStringLiteral("SELECT last_number FROM number_series WHERE kind = '%1'").arg(counterKind)).toInt(), 1)
        << "the crashed transaction's counter bump is gone";
    if (invoice) {
        EXPECT_EQ(invoices().get(target).value().status, domain::InvoiceStatus::Draft);
        const auto retried = invoices().issue(target, kFrontDesk);
        ASSERT_TRUE(retried.ok());
        EXPECT_EQ(retried.value().number, 2);
    } else {
        EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM credit_notes")).toInt(), 1);
        const auto retried = storage::CreditNoteRepository(*m_db, m_session).issue(target, 100, QStringLiteral("Goodwill"), kCredit);
        ASSERT_TRUE(retried.ok());
        EXPECT_EQ(retried.value().number, 2);
    }
    for (const auto &gap : audit().numberGaps().value())
        EXPECT_TRUE(gap.missing.isEmpty()) << qPrintable(gap.kind + gap.series);
    EXPECT_TRUE(breaks().isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Points, CrashBetweenNumberAndSave,
                         ::testing::Values(std::pair{"invoice", "after-number"}, std::pair{"invoice", "after-save"},
                                           std::pair{"credit_note", "after-number"}, std::pair{"credit_note", "after-save"}),
                         [](const auto &p) { return std::string(p.param.first) + "_" + (p.param.second[6] == 'n' ? "number" : "save"); });

TEST_F(DocumentChainTest, theDesksNumberingIsStoredOnlyWhenItCanNumber)
{
    storage::SettingsRepository settings(*m_db, m_session);
    EXPECT_EQ(settings.numberingRule().series, QStringLiteral("FD"));
    EXPECT_EQ(settings.numberingRule(true).series, QStringLiteral("CFD"));
    const domain::NumberingRule india{QStringLiteral("DR"), 4, QStringLiteral("{series}/{fy}/{number:5}")};
    const auto saved = settings.setNumbering(india, QStringLiteral("DC"));
    ASSERT_TRUE(saved.ok()) << qPrintable(saved.error().message());
    EXPECT_EQ(settings.numberingRule().pattern, india.pattern);
    EXPECT_EQ(settings.numberingRule(true).series, QStringLiteral("DC"));

    const auto tooLong = settings.setNumbering({QStringLiteral("DR"), 4, QStringLiteral("{series}/{fy}/{number:6}")}, QStringLiteral("DC"));
    ASSERT_FALSE(tooLong.ok());
    EXPECT_TRUE(tooLong.error().hasFieldError(QStringLiteral("numberFormat")));
    EXPECT_FALSE(settings.setNumbering(india, QStringLiteral("DR")).ok()) << "credit notes in the invoices' series";
    const auto longCredit = settings.setNumbering(india, QStringLiteral("DRC"));
    ASSERT_FALSE(longCredit.ok()) << "DRC/2026-27/99999 would be 17 characters";
    EXPECT_TRUE(longCredit.error().hasFieldError(QStringLiteral("creditNoteSeries")));
    EXPECT_FALSE(settings.setNumbering(india, QStringLiteral("dr c")).ok());
    EXPECT_EQ(settings.numberingRule().pattern, india.pattern) << "a refused change stores nothing";
    EXPECT_EQ(issue(settings.numberingRule()).numberText, QStringLiteral("DR/2026-27/00001"));
}
