#include "clinic/storage/servicerepository.h"

#include "clinic/domain/validator.h"
#include "recordtable.h"

namespace clinic::storage {
namespace {

using domain::Service;

const QStringList kColumns{QStringLiteral("code"), QStringLiteral("name"),
                           QStringLiteral("duration_minutes"), QStringLiteral("price_minor"),
                           QStringLiteral("tax_rate_bp"), QStringLiteral("tax_code"),
                           QStringLiteral("active")};

void bind(QSqlQuery &q, const Service &s)
{
    q.bindValue(QStringLiteral(":code"), sql::text(s.code));
    q.bindValue(QStringLiteral(":name"), sql::text(s.name.trimmed()));
    q.bindValue(QStringLiteral(":duration_minutes"), s.durationMinutes);
    q.bindValue(QStringLiteral(":price_minor"), s.priceMinor);
    q.bindValue(QStringLiteral(":tax_rate_bp"), s.taxRateBp);
    q.bindValue(QStringLiteral(":tax_code"), sql::text(s.taxCode));
    q.bindValue(QStringLiteral(":active"), s.active);
}

Service read(const QSqlQuery &q)
{
    Service s;
    s.meta = sql::readMeta(q);
    s.code = q.value(QStringLiteral("code")).toString();
    s.name = q.value(QStringLiteral("name")).toString();
    s.durationMinutes = q.value(QStringLiteral("duration_minutes")).toInt();
    s.priceMinor = q.value(QStringLiteral("price_minor")).toLongLong();
    s.taxRateBp = q.value(QStringLiteral("tax_rate_bp")).toInt();
    s.taxCode = q.value(QStringLiteral("tax_code")).toString();
    s.active = q.value(QStringLiteral("active")).toBool();
    return s;
}

const TableMapping<Service> kMapping{QStringLiteral("services"), QStringLiteral("service"), kColumns,
                                     &bind, &read};

} // namespace

domain::Result<Service> ServiceRepository::create(Service service)
{
    if (auto allowed = requireRole({domain::Role::Admin}, tr("change the price list")); !allowed)
        return allowed.error();
    if (const auto errors = domain::Validator::validate(service); !errors.isEmpty())
        return domain::Error::validation(errors);
    return insertInTransaction(connection(), kMapping, session().userId, std::move(service), nowMs());
}

domain::Result<Service> ServiceRepository::update(Service service)
{
    if (auto allowed = requireRole({domain::Role::Admin}, tr("change the price list")); !allowed)
        return allowed.error();
    if (const auto errors = domain::Validator::validate(service); !errors.isEmpty())
        return domain::Error::validation(errors);
    return updateInTransaction(connection(), kMapping, session().userId, service, nowMs());
}

domain::Result<Service> ServiceRepository::update(const Service &original, Service edited)
{
    if (auto allowed = requireRole({domain::Role::Admin}, tr("change the price list")); !allowed)
        return allowed.error();
    if (const auto errors = domain::Validator::validate(edited); !errors.isEmpty())
        return domain::Error::validation(errors);
    return updateChangedInTransaction(connection(), kMapping, session().userId, original, edited, nowMs());
}

domain::Status ServiceRepository::remove(qint64 id)
{
    if (auto allowed = requireRole({domain::Role::Admin}, tr("change the price list")); !allowed)
        return allowed;
    return softDelete(kMapping.table, id);
}

domain::Result<Service> ServiceRepository::get(qint64 id) const
{
    return RecordTable<Service>(connection(), kMapping).get(id);
}

domain::Result<QList<Service>> ServiceRepository::list(bool activeOnly) const
{
    return RecordTable<Service>(connection(), kMapping)
        .listLive(activeOnly, QStringLiteral("name COLLATE NOCASE, id"));
}

} // namespace clinic::storage
