#include "clinic/storage/practitionerrepository.h"

#include "clinic/domain/phonenumber.h"
#include "clinic/domain/validator.h"
#include "recordtable.h"

namespace clinic::storage {
namespace {

using domain::Practitioner;

const QStringList kColumns{QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("colour"),
                           QStringLiteral("phone"), QStringLiteral("email"),
                           QStringLiteral("registration_no"), QStringLiteral("active")};

void bind(QSqlQuery &q, const Practitioner &p)
{
    q.bindValue(QStringLiteral(":name"), sql::text(p.name));
    q.bindValue(QStringLiteral(":title"), sql::text(p.title));
    q.bindValue(QStringLiteral(":colour"), sql::text(p.colour));
    q.bindValue(QStringLiteral(":phone"), sql::text(p.phone));
    q.bindValue(QStringLiteral(":email"), sql::text(p.email));
    q.bindValue(QStringLiteral(":registration_no"), sql::text(p.registrationNo));
    q.bindValue(QStringLiteral(":active"), p.active);
}

Practitioner read(const QSqlQuery &q)
{
    Practitioner p;
    p.meta = sql::readMeta(q);
    p.name = q.value(QStringLiteral("name")).toString();
    p.title = q.value(QStringLiteral("title")).toString();
    p.colour = q.value(QStringLiteral("colour")).toString();
    p.phone = q.value(QStringLiteral("phone")).toString();
    p.email = q.value(QStringLiteral("email")).toString();
    p.registrationNo = q.value(QStringLiteral("registration_no")).toString();
    p.active = q.value(QStringLiteral("active")).toBool();
    return p;
}

const TableMapping<Practitioner> kMapping{QStringLiteral("practitioners"),
                                          QStringLiteral("practitioner"), kColumns, &bind, &read};

domain::Result<Practitioner> prepared(Practitioner p, const Session &session)
{
    p.name = p.name.trimmed();
    const auto errors = domain::Validator::validate(p, session.validationContext());
    if (!errors.isEmpty())
        return domain::Error::validation(errors);
    if (!p.phone.trimmed().isEmpty())
        p.phone = *domain::PhoneNumber::normalize(p.phone, session.defaultCountry);
    return p;
}

} // namespace

domain::Result<Practitioner> PractitionerRepository::create(Practitioner practitioner)
{
    if (auto allowed = requireRole({domain::Role::Admin}, tr("manage practitioners")); !allowed)
        return allowed.error();
    auto valid = prepared(std::move(practitioner), session());
    if (!valid)
        return valid;
    return insertInTransaction(connection(), kMapping, session().userId, std::move(valid).value(), nowMs());
}

domain::Result<Practitioner> PractitionerRepository::update(Practitioner practitioner)
{
    if (auto allowed = requireRole({domain::Role::Admin}, tr("manage practitioners")); !allowed)
        return allowed.error();
    auto valid = prepared(std::move(practitioner), session());
    if (!valid)
        return valid;
    return updateInTransaction(connection(), kMapping, session().userId, valid.value(), nowMs());
}

domain::Result<Practitioner> PractitionerRepository::update(const Practitioner &original, Practitioner edited)
{
    if (auto allowed = requireRole({domain::Role::Admin}, tr("manage practitioners")); !allowed)
        return allowed.error();
    auto valid = prepared(std::move(edited), session());
    if (!valid)
        return valid;
    return updateChangedInTransaction(connection(), kMapping, session().userId, original, valid.value(), nowMs());
}

domain::Status PractitionerRepository::remove(qint64 id)
{
    if (auto allowed = requireRole({domain::Role::Admin}, tr("manage practitioners")); !allowed)
        return allowed;
    return softDelete(kMapping.table, id);
}

domain::Result<Practitioner> PractitionerRepository::get(qint64 id) const
{
    return RecordTable<Practitioner>(connection(), kMapping).get(id);
}

domain::Result<QList<Practitioner>> PractitionerRepository::list(bool activeOnly) const
{
    return RecordTable<Practitioner>(connection(), kMapping)
        .listLive(activeOnly, QStringLiteral("name COLLATE NOCASE, id"));
}

} // namespace clinic::storage
