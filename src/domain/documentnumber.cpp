#include "clinic/domain/documentnumber.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace clinic::domain {
namespace {

const QRegularExpression &tokenPattern()
{
    static const QRegularExpression token(QStringLiteral("\\{([a-z0-9]+)(?::(\\d+))?\\}"));
    return token;
}

QString tr(const char *text) { return QCoreApplication::translate("DocumentNumber", text); }

} // namespace

QString DocumentNumber::fiscalYear(const QDate &date, int startMonth)
{
    if (startMonth <= 1)
        return QString::number(date.year());
    const int startYear = date.month() >= startMonth ? date.year() : date.year() - 1;
    return QStringLiteral("%1-%2").arg(startYear).arg((startYear + 1) % 100, 2, 10, QLatin1Char('0'));
}

QString DocumentNumber::format(const QString &pattern, const QString &series, const QString &fiscalYear, int number)
{
    // "2026-27" is "2627" in four digits.
    const QString fy4 = fiscalYear.size() == 7 ? fiscalYear.mid(2, 2) + fiscalYear.right(2) : fiscalYear;
    QString out;
    qsizetype at = 0;
    auto it = tokenPattern().globalMatch(pattern);
    while (it.hasNext()) {
        const auto m = it.next();
        out += pattern.mid(at, m.capturedStart() - at);
        const QString name = m.captured(1);
        if (name == QLatin1String("series"))
            out += series;
        else if (name == QLatin1String("fy"))
            out += fiscalYear;
        else if (name == QLatin1String("fy4"))
            out += fy4;
        else if (name == QLatin1String("number"))
            out += QStringLiteral("%1").arg(number, m.captured(2).toInt(), 10, QLatin1Char('0'));
        at = m.capturedEnd();
    }
    out += pattern.mid(at);
    return out;
}

std::optional<QString> DocumentNumber::patternError(const QString &pattern, const QString &series)
{
    static const QRegularExpression literal(QStringLiteral("^[A-Za-z0-9/._-]*$"));
    int numbers = 0;
    qsizetype at = 0;
    QString literals;
    auto it = tokenPattern().globalMatch(pattern);
    while (it.hasNext()) {
        const auto m = it.next();
        literals += pattern.mid(at, m.capturedStart() - at);
        at = m.capturedEnd();
        const QString name = m.captured(1);
        if (name == QLatin1String("number")) {
            ++numbers;
            const int width = m.captured(2).toInt();
            if (width < 1 || width > 6)
                return tr("The number needs a width from 1 to 6 digits, as in {number:6}.");
        } else if (name != QLatin1String("series") && name != QLatin1String("fy") && name != QLatin1String("fy4")) {
            return tr("Unknown part {%1}: use {series}, {fy}, {fy4} and {number:6}.").arg(name);
        } else if (!m.captured(2).isEmpty()) {
            return tr("Only {number} takes a width.");
        }
    }
    literals += pattern.mid(at);
    if (numbers != 1)
        return tr("The format must contain the number exactly once, as in {number:6}.");
    if (!literal.match(literals).hasMatch())
        return tr("Between the parts use only letters, digits and / - . _");
    // The longest printed number: the largest sequence number in the widest fiscal year form.
    const QString longest = format(pattern, series, QStringLiteral("2026-27"), capacity(pattern));
    if (longest.size() > kMaxLength)
        return tr("Numbers in this format reach %1 characters (for example %2); the limit is %3.")
            .arg(longest.size())
            .arg(longest)
            .arg(kMaxLength);
    return std::nullopt;
}

int DocumentNumber::capacity(const QString &pattern)
{
    auto it = tokenPattern().globalMatch(pattern);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.captured(1) == QLatin1String("number")) {
            int max = 0;
            for (int i = 0; i < qBound(0, m.captured(2).toInt(), 6); ++i)
                max = max * 10 + 9;
            return max;
        }
    }
    return 0;
}

bool DocumentNumber::isValidSeries(const QString &series)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z0-9]{1,4}$"));
    return pattern.match(series).hasMatch();
}

} // namespace clinic::domain
