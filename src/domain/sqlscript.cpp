#include "clinic/domain/sqlscript.h"

namespace clinic::domain {

QStringList SqlScript::split(const QString &script)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    bool inQuote = false;

    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (!inQuote && (line.isEmpty() || line.startsWith(QLatin1String("--"))))
            continue;
        if (!inQuote && current.isEmpty()
            && line.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive))
            inTrigger = true;
        current += rawLine + QLatin1Char('\n');

        // Track single quotes ('' inside a string toggles twice, which is correct) and find where
        // the code of this line ends: an inline "--" comment outside a string ends it.
        qsizetype codeEnd = rawLine.size();
        for (qsizetype i = 0; i < rawLine.size(); ++i) {
            const QChar c = rawLine.at(i);
            if (c == QLatin1Char('\''))
                inQuote = !inQuote;
            else if (!inQuote && c == QLatin1Char('-') && i + 1 < rawLine.size()
                     && rawLine.at(i + 1) == QLatin1Char('-')) {
                codeEnd = i;
                break;
            }
        }
        if (inQuote)
            continue;

        const QString code = rawLine.left(codeEnd).trimmed();
        const bool ends = code.endsWith(QLatin1Char(';'));
        const bool triggerEnds = code.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0;
        if (ends && (!inTrigger || triggerEnds)) {
            statements.append(current.trimmed());
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

} // namespace clinic::domain
