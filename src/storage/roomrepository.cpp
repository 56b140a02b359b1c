#include "clinic/storage/roomrepository.h"

#include "clinic/domain/validator.h"
#include "recordtable.h"

namespace clinic::storage {
namespace {

using domain::Room;

const QStringList kColumns{QStringLiteral("name"), QStringLiteral("active")};

void bind(QSqlQuery &q, const Room &r)
{
    q.bindValue(QStringLiteral(":name"), sql::text(r.name.trimmed()));
    q.bindValue(QStringLiteral(":active"), r.active);
}

Room read(const QSqlQuery &q)
{
    Room r;
    r.meta = sql::readMeta(q);
    r.name = q.value(QStringLiteral("name")).toString();
    r.active = q.value(QStringLiteral("active")).toBool();
    return r;
}

const TableMapping<Room> kMapping{QStringLiteral("rooms"), QStringLiteral("room"), kColumns, &bind, &read};

} // namespace

domain::Result<Room> RoomRepository::create(Room room)
{
    if (auto allowed = requireRole({domain::Role::Admin}, tr("manage rooms")); !allowed)
        return allowed.error();
    if (const auto errors = domain::Validator::validate(room); !errors.isEmpty())
        return domain::Error::validation(errors);
    return insertInTransaction(connection(), kMapping, session().userId, std::move(room), nowMs());
}

domain::Result<Room> RoomRepository::update(Room room)
{
    if (auto allowed = requireRole({domain::Role::Admin}, tr("manage rooms")); !allowed)
        return allowed.error();
    if (const auto errors = domain::Validator::validate(room); !errors.isEmpty())
        return domain::Error::validation(errors);
    return updateInTransaction(connection(), kMapping, session().userId, room, nowMs());
}

domain::Result<Room> RoomRepository::update(const Room &original, Room edited)
{
    if (auto allowed = requireRole({domain::Role::Admin}, tr("manage rooms")); !allowed)
        return allowed.error();
    if (const auto errors = domain::Validator::validate(edited); !errors.isEmpty())
        return domain::Error::validation(errors);
    return updateChangedInTransaction(connection(), kMapping, session().userId, original, edited, nowMs());
}

domain::Status RoomRepository::remove(qint64 id)
{
    if (auto allowed = requireRole({domain::Role::Admin}, tr("manage rooms")); !allowed)
        return allowed;
    return softDelete(kMapping.table, id);
}

domain::Result<Room> RoomRepository::get(qint64 id) const
{
    return RecordTable<Room>(connection(), kMapping).get(id);
}

domain::Result<QList<Room>> RoomRepository::list(bool activeOnly) const
{
    return RecordTable<Room>(connection(), kMapping)
        .listLive(activeOnly, QStringLiteral("name COLLATE NOCASE, id"));
}

} // namespace clinic::storage
