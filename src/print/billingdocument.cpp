#include "clinic/print/billingdocument.h"

#include "clinic/domain/amountinwords.h"
#include "clinic/domain/invoicecalculator.h"
#include "clinic/domain/money.h"
#include "clinic/domain/paymentmethod.h"
#include "clinic/storage/accountrepository.h"
#include "clinic/storage/creditnoterepository.h"
#include "clinic/storage/invoicerepository.h"
#include "clinic/storage/patientrepository.h"
#include "clinic/storage/paymentrepository.h"
#include "clinic/storage/settingsrepository.h"
#include "htmlpages.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>

namespace clinic::print {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("BillingDocument", text); }

/// Amounts as the clinic's country writes them (India groups 1,00,000.00).
QLocale localeOf(const storage::Session &session)
{
    if (session.defaultCountry == QLatin1String("IN"))
        return QLocale(QLocale::English, QLocale::India);
    if (session.defaultCountry == QLatin1String("ES"))
        return QLocale(QLocale::Spanish, QLocale::Spain);
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString money(qint64 minor, const QString &currency, const storage::Session &session)
{
    return domain::Money(minor, currency).format(localeOf(session));
}

QString when(const QDateTime &t, const storage::Session &session)
{
    return t.toTimeZone(session.timeZone).toString(QStringLiteral("dd MMM yyyy, HH:mm"));
}

QString percent(int basisPoints)
{
    return basisPoints % 100 == 0 ? QStringLiteral("%1%").arg(basisPoints / 100)
                                  : QStringLiteral("%1.%2%").arg(basisPoints / 100).arg(basisPoints % 100, 2, 10, QLatin1Char('0'));
}

QString esc(const QString &text) { return text.toHtmlEscaped(); }

QStringList partiesOf(const domain::Patient &p)
{
    QStringList lines{p.fullName()};
    if (!p.patientNumber.isEmpty())
        lines << tr("File %1").arg(p.patientNumber);
    if (!p.phone.isEmpty())
        lines << p.phone;
    const QString place = QStringList{p.address, p.city, p.postalCode}.filter(QRegularExpression(QStringLiteral("\\S"))).join(QStringLiteral(", "));
    if (!place.isEmpty())
        lines << place;
    return lines;
}

} // namespace

domain::Result<BillingDocument> BillingDocument::invoice(storage::Connection &connection, const storage::Session &session,
                                                         qint64 invoiceId, bool amountInWords)
{
    const auto invoice = storage::InvoiceRepository(connection, session).get(invoiceId);
    if (!invoice)
        return invoice.error();
    const domain::Invoice &i = invoice.value();
    const auto patient = storage::PatientRepository(connection, session).get(i.patientId);
    if (!patient)
        return patient.error();
    BillingDocument d;
    d.m_letterhead = Letterhead::fromSettings(storage::SettingsRepository(connection, session));
    const bool issued = i.status == domain::InvoiceStatus::Issued;
    d.m_kind = issued ? tr("Invoice") : tr("Draft invoice");
    d.m_number = issued ? i.numberText : tr("(not issued: no number yet)");
    d.m_date = i.issuedAt ? when(*i.issuedAt, session) : when(i.meta.createdAt, session);
    d.m_parties = partiesOf(patient.value());
    for (const domain::InvoiceLine &l : i.lines) {
        const QString discount = l.discountBp ? percent(l.discountBp)
                                : l.discountMinor ? money(l.discountMinor, i.currency, session) : QString();
        d.m_lines << QStringList{l.description + (l.taxCode.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(l.taxCode)),
                                 QString::number(l.quantity), money(l.unitPriceMinor, i.currency, session), discount,
                                 l.taxRateBp ? percent(l.taxRateBp) : tr("exempt"), money(l.totalMinor, i.currency, session)};
    }
    const domain::InvoiceTotals totals = domain::InvoiceCalculator::totals(i.lines);
    if (totals.discountMinor)
        d.m_totals << QPair{tr("Discount"), money(-totals.discountMinor, i.currency, session)};
    d.m_totals << QPair{tr("Taxable amount"), money(totals.subtotalMinor, i.currency, session)};
    for (auto it = totals.byTaxRateBp.cbegin(); it != totals.byTaxRateBp.cend(); ++it) {
        if (it.key() == 0)
            d.m_totals << QPair{tr("Exempt"), money(it.value().taxableMinor, i.currency, session)};
        else
            d.m_totals << QPair{tr("Tax %1 on %2").arg(percent(it.key()), money(it.value().taxableMinor, i.currency, session)),
                                money(it.value().taxMinor, i.currency, session)};
    }
    d.m_totals << QPair{tr("Total"), money(i.totalMinor, i.currency, session)};
    if (amountInWords)
        d.m_words = domain::AmountInWords::english(i.totalMinor, i.currency);
    if (issued) {
        const auto payments = storage::PaymentRepository(connection, session).forInvoice(invoiceId);
        if (!payments)
            return payments.error();
        for (const domain::Payment &p : payments.value()) {
            const qint64 signedAmount = p.kind == domain::PaymentKind::Refund ? -p.amountMinor : p.amountMinor;
            d.m_payments << QPair{QStringLiteral("%1 · %2%3").arg(when(p.receivedAt, session), domain::paymentMethodLabel(p.method),
                                                                p.reference.isEmpty() ? QString() : QStringLiteral(" · ") + p.reference),
                                  money(signedAmount, i.currency, session)};
        }
        const auto outstanding = storage::AccountRepository(connection, session).outstandingOnInvoice(invoiceId);
        if (outstanding)
            d.m_payments << QPair{tr("Balance due"), money(std::max<qint64>(outstanding.value(), 0), i.currency, session)};
    }
    if (!i.notes.isEmpty())
        d.m_footer = i.notes;
    return d;
}

domain::Result<BillingDocument> BillingDocument::creditNote(storage::Connection &connection, const storage::Session &session,
                                                            qint64 creditNoteId)
{
    const auto note = storage::CreditNoteRepository(connection, session).get(creditNoteId);
    if (!note)
        return note.error();
    const domain::CreditNote &c = note.value();
    const auto invoice = storage::InvoiceRepository(connection, session).get(c.invoiceId);
    if (!invoice)
        return invoice.error();
    const auto patient = storage::PatientRepository(connection, session).get(c.patientId);
    if (!patient)
        return patient.error();
    BillingDocument d;
    d.m_letterhead = Letterhead::fromSettings(storage::SettingsRepository(connection, session));
    d.m_kind = tr("Credit note");
    d.m_number = c.numberText;
    d.m_date = when(c.issuedAt, session);
    d.m_parties = partiesOf(patient.value());
    d.m_reference = tr("Corrects invoice %1 of %2").arg(invoice.value().numberText,
                                                        invoice.value().issuedAt ? when(*invoice.value().issuedAt, session) : QString());
    d.m_lines << QStringList{c.reason, QStringLiteral("1"), money(c.totalMinor, c.currency, session), QString(), QString(),
                             money(c.totalMinor, c.currency, session)};
    d.m_totals << QPair{tr("Taxable amount"), money(c.subtotalMinor, c.currency, session)}
               << QPair{tr("Tax"), money(c.taxMinor, c.currency, session)}
               << QPair{tr("Total credited"), money(c.totalMinor, c.currency, session)};
    d.m_words = domain::AmountInWords::english(c.totalMinor, c.currency);
    return d;
}

domain::Result<BillingDocument> BillingDocument::receipt(storage::Connection &connection, const storage::Session &session,
                                                         const QList<qint64> &paymentIds)
{
    if (paymentIds.isEmpty())
        return domain::Error(domain::ErrorCode::NotFound, tr("There is no payment to print a receipt for."));
    storage::PaymentRepository payments(connection, session);
    QList<domain::Payment> taken;
    for (qint64 id : paymentIds) {
        const auto p = payments.get(id);
        if (!p)
            return p.error();
        taken << p.value();
    }
    const domain::Payment &first = taken.first();
    const auto patient = storage::PatientRepository(connection, session).get(first.patientId);
    if (!patient)
        return patient.error();
    BillingDocument d;
    d.m_letterhead = Letterhead::fromSettings(storage::SettingsRepository(connection, session));
    d.m_kind = first.kind == domain::PaymentKind::Refund ? tr("Refund receipt") : tr("Receipt");
    d.m_number = QStringLiteral("R-%1").arg(first.meta.id, 6, 10, QLatin1Char('0'));
    d.m_date = when(first.receivedAt, session);
    d.m_parties = partiesOf(patient.value());
    qint64 total = 0;
    QString invoiceNumber;
    for (const domain::Payment &p : taken) {
        total += p.amountMinor;
        QString what = domain::paymentMethodLabel(p.method) + (p.reference.isEmpty() ? QString() : QStringLiteral(" · ") + p.reference);
        if (p.invoiceId) {
            const auto inv = storage::InvoiceRepository(connection, session).get(*p.invoiceId);
            if (inv) {
                invoiceNumber = inv.value().numberText;
                what += QStringLiteral(" · ") + tr("for invoice %1").arg(invoiceNumber);
            }
        } else {
            what += QStringLiteral(" · ") + tr("held as credit");
        }
        d.m_lines << QStringList{what, QString(), QString(), QString(), QString(), money(p.amountMinor, p.currency, session)};
    }
    d.m_totals << QPair{first.kind == domain::PaymentKind::Refund ? tr("Total refunded") : tr("Total received"),
                        money(total, first.currency, session)};
    d.m_words = domain::AmountInWords::english(total, first.currency);
    const auto balance = storage::AccountRepository(connection, session).balance(first.patientId);
    if (balance) {
        const qint64 b = balance.value().balanceMinor;
        d.m_payments << QPair{b >= 0 ? tr("Patient balance due") : tr("Patient credit"), money(b >= 0 ? b : -b, first.currency, session)};
    }
    d.m_footer = tr("Thank you.");
    return d;
}

QString BillingDocument::title() const { return m_kind + QLatin1Char(' ') + m_number; }

QString BillingDocument::html(PaperFormat format) const
{
    const bool receipt = format == PaperFormat::Receipt80mm;
    QString h;
    h += QStringLiteral("<html><body style=\"font-family: 'DejaVu Sans', sans-serif; font-size: %1pt;\">").arg(receipt ? 8 : 10);
    // Letterhead.
    h += receipt ? QStringLiteral("<div align=\"center\">") : QStringLiteral("<table width=\"100%\"><tr><td>");
    if (!m_letterhead.logo.isNull())
        h += QStringLiteral("<img src=\"logo\" height=\"%1\"><br>").arg(receipt ? 40 : 60);
    h += QStringLiteral("<b style=\"font-size: %1pt;\">%2</b><br>").arg(receipt ? 10 : 14).arg(esc(m_letterhead.name));
    if (!m_letterhead.address.isEmpty())
        h += esc(m_letterhead.address).replace(QLatin1Char('\n'), QStringLiteral("<br>")) + QStringLiteral("<br>");
    if (!m_letterhead.phone.isEmpty())
        h += esc(m_letterhead.phone) + QStringLiteral("<br>");
    if (!m_letterhead.taxRegistration.isEmpty())
        h += tr("Tax registration: %1").arg(esc(m_letterhead.taxRegistration)) + QStringLiteral("<br>");
    h += receipt ? QStringLiteral("</div><hr>") : QStringLiteral("</td><td align=\"right\" valign=\"top\">");
    h += QStringLiteral("<b style=\"font-size: %1pt;\">%2</b><br>%3<br>%4")
             .arg(receipt ? 10 : 16)
             .arg(esc(m_kind), esc(m_number), esc(m_date));
    if (!m_reference.isEmpty())
        h += QStringLiteral("<br>") + esc(m_reference);
    h += receipt ? QStringLiteral("<hr>") : QStringLiteral("</td></tr></table><br>");
    h += QStringLiteral("<b>%1</b><br>%2<br><br>").arg(tr("Bill to"), esc(m_parties.join(QLatin1Char('\n'))).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    // Lines.
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\">").arg(receipt ? 1 : 3);
    if (receipt) {
        for (const QStringList &l : m_lines) {
            h += QStringLiteral("<tr><td>%1%2</td><td align=\"right\">%3</td></tr>")
                     .arg(esc(l.at(0)), l.at(1).isEmpty() || l.at(1) == QLatin1String("1") ? QString() : QStringLiteral(" × ") + esc(l.at(1)), esc(l.at(5)));
        }
    } else {
        h += QStringLiteral("<tr style=\"background-color: #e8eef4;\"><th align=\"left\">%1</th><th align=\"right\">%2</th><th align=\"right\">%3</th>"
                            "<th align=\"right\">%4</th><th align=\"right\">%5</th><th align=\"right\">%6</th></tr>")
                 .arg(tr("Description"), tr("Qty"), tr("Unit price"), tr("Discount"), tr("Tax"), tr("Amount"));
        for (const QStringList &l : m_lines) {
            h += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td><td align=\"right\">%4</td>"
                                "<td align=\"right\">%5</td><td align=\"right\">%6</td></tr>")
                     .arg(esc(l.at(0)), esc(l.at(1)), esc(l.at(2)), esc(l.at(3)), esc(l.at(4)), esc(l.at(5)));
        }
    }
    h += QStringLiteral("</table><hr>");
    // Totals.
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\">");
    for (int i = 0; i < m_totals.size(); ++i) {
        const bool last = i == m_totals.size() - 1;
        h += QStringLiteral("<tr><td align=\"right\">%1%2%3</td><td align=\"right\" width=\"%4\">%1%5%3</td></tr>")
                 .arg(last ? QStringLiteral("<b>") : QString(), esc(m_totals.at(i).first), last ? QStringLiteral("</b>") : QString())
                 .arg(receipt ? QStringLiteral("40%") : QStringLiteral("25%"), esc(m_totals.at(i).second));
    }
    h += QStringLiteral("</table>");
    if (!m_words.isEmpty())
        h += QStringLiteral("<p><i>%1</i></p>").arg(esc(m_words));
    if (!m_payments.isEmpty()) {
        h += QStringLiteral("<p><b>%1</b></p><table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\">").arg(tr("Payments"));
        for (const auto &[what, amount] : m_payments)
            h += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>").arg(esc(what), esc(amount));
        h += QStringLiteral("</table>");
    }
    if (!m_footer.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(esc(m_footer));
    h += QStringLiteral("</body></html>");
    return h;
}

void BillingDocument::render(QPagedPaintDevice &device, PaperFormat format) const
{
    const bool receipt = format == PaperFormat::Receipt80mm;
    HtmlPages pages(device, receipt ? 80 : 210, receipt ? 3 : 15);
    if (!m_letterhead.logo.isNull())
        pages.document().addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("logo")), m_letterhead.logo);
    pages.setHtml(html(format));
    // A roll has no fixed length: one page as long as the receipt.
    pages.paint(receipt ? std::optional<double>() : std::optional<double>(297));
}

domain::Status BillingDocument::writePdf(const QString &path, PaperFormat format) const
{
    return HtmlPages::writePdf(path, title(), [this, format](QPagedPaintDevice &device) { render(device, format); });
}

} // namespace clinic::print
