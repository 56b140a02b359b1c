#include "clinic/domain/documentchain.h"

#include <QCryptographicHash>
#include <QStringList>

namespace clinic::domain {
namespace {

QString ms(const std::optional<QDateTime> &t) { return t ? QString::number(t->toMSecsSinceEpoch()) : QString(); }

/// Fields joined by '|', with '|' and '\' in texts escaped so that no two contents collide.
QString joined(const QStringList &fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (QString f : fields)
        escaped << f.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('|'), QLatin1String("\\|"));
    return escaped.join(QLatin1Char('|'));
}

} // namespace

QString DocumentChain::canonical(const Invoice &invoice)
{
    QStringList out;
    out << joined({QStringLiteral("invoice/1"), invoice.series, invoice.fiscalYear,
                   invoice.number ? QString::number(*invoice.number) : QString(), invoice.numberText,
                   ms(invoice.issuedAt), invoice.currency, QString::number(invoice.subtotalMinor),
                   QString::number(invoice.discountMinor), QString::number(invoice.taxMinor),
                   QString::number(invoice.totalMinor)});
    for (const InvoiceLine &l : invoice.lines) {
        out << joined({QString::number(l.position), l.description, QString::number(l.quantity),
                       QString::number(l.unitPriceMinor), QString::number(l.discountMinor), QString::number(l.discountBp),
                       QString::number(l.taxRateBp), l.taxCode, QString::number(l.netMinor), QString::number(l.taxMinor),
                       QString::number(l.totalMinor)});
    }
    return out.join(QLatin1Char('\n'));
}

QString DocumentChain::canonical(const CreditNote &note, const QString &invoiceNumber)
{
    return joined({QStringLiteral("credit_note/1"), note.series, note.fiscalYear,
                   note.number ? QString::number(*note.number) : QString(), note.numberText,
                   QString::number(note.issuedAt.toMSecsSinceEpoch()), note.currency, invoiceNumber, note.reason,
                   QString::number(note.subtotalMinor), QString::number(note.taxMinor), QString::number(note.totalMinor)});
}

QString DocumentChain::link(const QString &previousHash, const QString &canonical)
{
    const QByteArray input = previousHash.toUtf8() + '\n' + canonical.toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(input, QCryptographicHash::Sha256).toHex());
}

} // namespace clinic::domain
