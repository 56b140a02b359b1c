#include "clinic/domain/csv.h"

namespace clinic::domain {

QString Csv::field(const QString &value)
{
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\r'))
                       || value.contains(QLatin1Char('\n'));
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString Csv::record(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out << field(f);
    return out.join(QLatin1Char(',')) + QLatin1String("\r\n");
}

QByteArray Csv::document(const QList<QStringList> &records)
{
    QString text;
    for (const QStringList &r : records)
        text += record(r);
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

std::optional<QList<QStringList>> Csv::parse(const QByteArray &document)
{
    QString text = QString::fromUtf8(document.startsWith("\xEF\xBB\xBF") ? document.mid(3) : document);
    QList<QStringList> records;
    QStringList current;
    QString value;
    bool quoted = false, afterQuote = false, any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        any = true;
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    value += c;
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                value += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!value.isEmpty() || afterQuote)
                return std::nullopt;  // a quote inside an unquoted field
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            current << value;
            value.clear();
            afterQuote = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            current << value;
            records << current;
            current.clear();
            value.clear();
            afterQuote = false;
            any = false;
        } else {
            if (afterQuote)
                return std::nullopt;  // text after a closing quote
            value += c;
        }
    }
    if (quoted)
        return std::nullopt;
    if (any) {
        current << value;
        records << current;
    }
    return records;
}

} // namespace clinic::domain
