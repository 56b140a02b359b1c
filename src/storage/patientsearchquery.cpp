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
    return date.toString(Qt::ISODate);
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
        // As typed with its country code ("+91 98...", "0091...", "9198...") or as a national
        // number in the clinic's country ("98450", "098450").
        QString national = digits;
        QString international = digits;
        if (input.startsWith(QLatin1Char('+')) || digits.startsWith(QLatin1String("00"))) {
            international = digits.startsWith(QLatin1String("00")) ? digits.mid(2) : digits;
            national.clear();
        } else if (national.startsWith(QLatin1Char('0'))) {
            national.remove(0, 1);
        }
        // The clinic's own country first, then the other market ClinicDesk knows (a Spanish
        // patient at an Indian clinic is typed without +34 too).
        const QStringList countryCodes = defaultCountry == QLatin1String("ES")
            ? QStringList{QStringLiteral("34"), QStringLiteral("91")}
            : QStringList{QStringLiteral("91"), QStringLiteral("34")};
        if (!national.isEmpty()) {
            for (const QString &code : countryCodes)
                parsed.phonePrefixes << QLatin1Char('+') + code + national;
        }
        if (!international.isEmpty())
            parsed.phonePrefixes << QLatin1Char('+') + international;
        parsed.phonePrefixes.removeDuplicates();
        parsed.match = QStringLiteral("number : %1*").arg(quoted(digits));
        return parsed;
    }

    QStringList terms;
    for (const QString &token : input.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (const auto dob = asBirthDate(token)) {
            // Two different dates match nobody: an impossible date keeps the AND semantics.
            parsed.birthDate = parsed.birthDate.isEmpty() || parsed.birthDate == *dob ? *dob : QStringLiteral("-");
            continue;
        }
        // Split like the unicode61 tokenizer does: anything but letters, marks and digits separates.
        QString word;
        const auto flush = [&] {
            static const QRegularExpression withCountryCode(QStringLiteral("^(91|34)[0-9]+$"));
            if (word.isEmpty())
                return;
            // The index holds phones as national numbers: one typed with its country code is
            // looked for both as typed and without the code.
            if (withCountryCode.match(word).hasMatch())
                terms << QStringLiteral("(%1* OR %2*)").arg(quoted(word), quoted(word.mid(2)));
            else
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
    parsed.match = terms.join(QStringLiteral(" AND "));  // explicit: SQLite 3.40 has no implicit AND before "("
    return parsed;
}

} // namespace clinic::storage
