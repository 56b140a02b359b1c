#include "clinic/storage/patientsearchquery.h"

#include "clinic/domain/phonenumber.h"

#include <QDate>
#include <QRegularExpression>
#include <QStringList>

namespace clinic::storage {
namespace {

QString quoted(const QString &term)
{
    QString escaped = term;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

std::optional<QString> asBirthDate(const QString &token)
{
    static const QRegularExpression dmy(QStringLiteral("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})$"));
    static const QRegularExpression ymd(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    QDate date;
    if (const auto m = dmy.match(token); m.hasMatch())
        date = QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    else if (const auto m2 = ymd.match(token); m2.hasMatch())
        date = QDate(m2.captured(1).toInt(), m2.captured(2).toInt(), m2.captured(3).toInt());
    if (!date.isValid())
        return std::nullopt;
    return date.toString(QStringLiteral("yyyyMMdd"));
}

bool looksLikePhone(const QString &text)
{
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9][0-9 ()./-]*$"));
    return phone.match(text).hasMatch();
}

} // namespace

PatientSearchQuery::Parsed PatientSearchQuery::parse(const QString &text, const QString &defaultCountry)
{
    Parsed parsed;
    const QString input = text.simplified().left(200);
    if (input.isEmpty())
        return parsed;

    if (looksLikePhone(input) && !asBirthDate(input)) {
        const QString digits = domain::PhoneNumber::digitsOnly(input);
        if (const auto e164 = domain::PhoneNumber::normalize(input, defaultCountry))
            parsed.exactPhone = *e164;
        parsed.match = QStringLiteral("{phone number} : %1*").arg(quoted(digits));
        return parsed;
    }

    QStringList terms;
    for (const QString &token : input.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (const auto dob = asBirthDate(token)) {
            terms << QStringLiteral("dob : %1").arg(quoted(*dob));
            continue;
        }
        // Split like the unicode61 tokenizer does: anything but letters, marks and digits separates.
        QString word;
        const auto flush = [&] {
            if (!word.isEmpty())
                terms << quoted(word) + QLatin1Char('*');
            word.clear();
        };
        for (const QChar c : token) {
            if (c.isLetterOrNumber() || c.isMark())
                word.append(c);
            else
                flush();
        }
        flush();
    }
    parsed.match = terms.join(QLatin1Char(' '));
    return parsed;
}

} // namespace clinic::storage
