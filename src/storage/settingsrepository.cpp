#include "clinic/storage/settingsrepository.h"

#include "clinic/storage/connection.h"
#include "clinic/storage/writetransaction.h"
#include "numberseries.h"
#include "sqlsupport.h"

#include <QTimeZone>

namespace clinic::storage {

QString SettingsRepository::value(const QString &key, const QString &fallback) const
{
    QSqlQuery q = sql::prepare(db(), QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

domain::Status SettingsRepository::setValue(const QString &key, const QString &value)
{
    if (auto allowed = requireRole({domain::Role::Admin}, tr("change settings")); !allowed)
        return allowed;
    if (key.trimmed().isEmpty() || key.size() > 100)
        return domain::Error::validation(QStringLiteral("key"), tr("A setting needs a short name."));
    if (value.size() > 100'000)
        return domain::Error::validation(QStringLiteral("value"), tr("The value is too long."));
    WriteTransaction tx(connection(), session().userId);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q = sql::prepare(db(), QStringLiteral(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(sql::text(value));
    if (!q.exec())
        return sql::toError(q, "save setting");
    return tx.commit();
}

domain::NumberingRule SettingsRepository::numberingRule(bool creditNotes) const
{
    domain::NumberingRule rule;
    rule.series = value(QStringLiteral("billing.invoiceSeries"), QStringLiteral("FD"));
    if (creditNotes)
        rule.series = value(QStringLiteral("billing.creditNoteSeries"), QString(QStringLiteral("C") + rule.series).left(4));
    rule.fiscalYearStartMonth = value(QStringLiteral("billing.fiscalYearStartMonth"), QStringLiteral("4")).toInt();
    rule.pattern = value(QStringLiteral("billing.numberFormat"), domain::DocumentNumber::kDefaultPattern);
    return rule;
}

domain::Status SettingsRepository::setNumbering(const domain::NumberingRule &invoices, const QString &creditNoteSeries)
{
    if (auto invalid = NumberSeries::check(invoices); !invalid)
        return invalid;
    domain::NumberingRule credit = invoices;
    credit.series = creditNoteSeries;
    if (auto invalid = NumberSeries::check(credit); !invalid)
        return domain::Error::validation(QStringLiteral("creditNoteSeries"), invalid.error().message());
    if (creditNoteSeries == invoices.series)
        return domain::Error::validation(QStringLiteral("creditNoteSeries"), tr("Credit notes need a series of their own."));
    return setValues({{QStringLiteral("billing.invoiceSeries"), invoices.series},
                      {QStringLiteral("billing.creditNoteSeries"), creditNoteSeries},
                      {QStringLiteral("billing.fiscalYearStartMonth"), QString::number(invoices.fiscalYearStartMonth)},
                      {QStringLiteral("billing.numberFormat"), invoices.pattern}});
}

domain::Status SettingsRepository::setValues(const QList<QPair<QString, QString>> &values)
{
    WriteTransaction tx(connection(), session().userId);
    if (!tx.isActive())
        return tx.error();
    for (const auto &[key, value] : values) {
        if (auto stored = setValue(key, value); !stored)
            return stored;
    }
    return tx.commit();
}

void SettingsRepository::applyTo(Session &target) const
{
    target.defaultCountry = value(QStringLiteral("clinic.country"), target.defaultCountry);
    target.currency = value(QStringLiteral("clinic.currency"), target.currency);
    const QByteArray zone = value(QStringLiteral("clinic.timeZone")).toUtf8();
    if (!zone.isEmpty() && QTimeZone::isTimeZoneIdAvailable(zone))
        target.timeZone = QTimeZone(zone);
}

} // namespace clinic::storage
