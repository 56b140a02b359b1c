#include "clinic/storage/clinicalnoterepository.h"

#include "clinic/domain/validator.h"
#include "recordtable.h"

namespace clinic::storage {
namespace {

using domain::ClinicalNote;

const QStringList kColumns{
    QStringLiteral("patient_id"), QStringLiteral("practitioner_id"), QStringLiteral("appointment_id"),
    QStringLiteral("amends_note_id"), QStringLiteral("subjective"), QStringLiteral("objective"),
    QStringLiteral("assessment"), QStringLiteral("plan"), QStringLiteral("pain_score"),
    QStringLiteral("signed_at"), QStringLiteral("signed_by")};

void bind(QSqlQuery &q, const ClinicalNote &n)
{
    q.bindValue(QStringLiteral(":patient_id"), n.patientId);
    q.bindValue(QStringLiteral(":practitioner_id"), n.practitionerId);
    q.bindValue(QStringLiteral(":appointment_id"), sql::idOrNull(n.appointmentId));
    q.bindValue(QStringLiteral(":amends_note_id"), sql::idOrNull(n.amendsNoteId));
    q.bindValue(QStringLiteral(":subjective"), sql::text(n.subjective));
    q.bindValue(QStringLiteral(":objective"), sql::text(n.objective));
    q.bindValue(QStringLiteral(":assessment"), sql::text(n.assessment));
    q.bindValue(QStringLiteral(":plan"), sql::text(n.plan));
    q.bindValue(QStringLiteral(":pain_score"),
                n.painScore ? QVariant(*n.painScore) : QVariant(QMetaType::fromType<int>()));
    q.bindValue(QStringLiteral(":signed_at"), sql::msOrNull(n.signedAt));
    q.bindValue(QStringLiteral(":signed_by"), sql::idOrNull(n.signedBy));
}

ClinicalNote read(const QSqlQuery &q)
{
    ClinicalNote n;
    n.meta = sql::readMeta(q);
    n.patientId = q.value(QStringLiteral("patient_id")).toLongLong();
    n.practitionerId = q.value(QStringLiteral("practitioner_id")).toLongLong();
    n.appointmentId = sql::optionalId(q.value(QStringLiteral("appointment_id")));
    n.amendsNoteId = sql::optionalId(q.value(QStringLiteral("amends_note_id")));
    n.subjective = q.value(QStringLiteral("subjective")).toString();
    n.objective = q.value(QStringLiteral("objective")).toString();
    n.assessment = q.value(QStringLiteral("assessment")).toString();
    n.plan = q.value(QStringLiteral("plan")).toString();
    const QVariant pain = q.value(QStringLiteral("pain_score"));
    if (!pain.isNull())
        n.painScore = pain.toInt();
    n.signedAt = sql::optionalTime(q.value(QStringLiteral("signed_at")));
    n.signedBy = sql::optionalId(q.value(QStringLiteral("signed_by")));
    return n;
}

const TableMapping<ClinicalNote> kMapping{QStringLiteral("clinical_notes"),
                                          QStringLiteral("clinical note"), kColumns, &bind, &read};

} // namespace

domain::Status ClinicalNoteRepository::requireClinician() const
{
    return requireRole({domain::Role::Practitioner, domain::Role::Admin},
                       tr("see or write clinical notes"));
}

domain::Result<ClinicalNote> ClinicalNoteRepository::create(ClinicalNote note)
{
    if (auto allowed = requireClinician(); !allowed)
        return allowed.error();
    // A note is signed only through sign(), never born signed.
    note.signedAt.reset();
    note.signedBy.reset();
    if (const auto errors = domain::Validator::validate(note); !errors.isEmpty())
        return domain::Error::validation(errors);
    if (auto live = requireLive(QStringLiteral("patients"), note.patientId, tr("patient")); !live)
        return domain::Error::validation(QStringLiteral("patientId"), live.error().message());
    if (auto live = requireLive(QStringLiteral("practitioners"), note.practitionerId, tr("practitioner")); !live)
        return domain::Error::validation(QStringLiteral("practitionerId"), live.error().message());
    return insertInTransaction(connection(), kMapping, session().userId, std::move(note), nowMs());
}

domain::Result<ClinicalNote> ClinicalNoteRepository::update(ClinicalNote note)
{
    if (auto allowed = requireClinician(); !allowed)
        return allowed.error();
    auto stored = get(note.meta.id);
    if (!stored)
        return stored;
    if (stored.value().isSigned())
        return domain::Error(domain::ErrorCode::Immutable,
                             tr("This note is signed and cannot be changed. Add an amendment instead."));
    note.signedAt.reset();
    note.signedBy.reset();
    note.amendsNoteId = stored.value().amendsNoteId;
    if (const auto errors = domain::Validator::validate(note); !errors.isEmpty())
        return domain::Error::validation(errors);
    return updateInTransaction(connection(), kMapping, session().userId, note, nowMs());
}

domain::Result<ClinicalNote> ClinicalNoteRepository::sign(qint64 id)
{
    if (auto allowed = requireClinician(); !allowed)
        return allowed.error();
    auto stored = get(id);
    if (!stored)
        return stored;
    ClinicalNote note = std::move(stored).value();
    if (note.isSigned())
        return note;  // signing twice changes nothing
    note.signedAt = session().clock->now();
    note.signedBy = session().userId;
    return updateInTransaction(connection(), kMapping, session().userId, note, nowMs());
}

domain::Result<ClinicalNote> ClinicalNoteRepository::amend(qint64 originalId, ClinicalNote amendment)
{
    if (auto allowed = requireClinician(); !allowed)
        return allowed.error();
    auto original = get(originalId);
    if (!original)
        return original;
    if (!original.value().isSigned())
        return domain::Error(domain::ErrorCode::Conflict,
                             tr("Only a signed note is amended; edit this note directly."));
    amendment.patientId = original.value().patientId;
    amendment.appointmentId = original.value().appointmentId;
    amendment.amendsNoteId = originalId;
    amendment.meta = {};
    amendment.signedAt.reset();
    amendment.signedBy.reset();
    if (const auto errors = domain::Validator::validate(amendment); !errors.isEmpty())
        return domain::Error::validation(errors);
    return insertInTransaction(connection(), kMapping, session().userId, std::move(amendment), nowMs());
}

domain::Status ClinicalNoteRepository::remove(qint64 id)
{
    if (auto allowed = requireClinician(); !allowed)
        return allowed;
    auto stored = get(id);
    if (!stored)
        return stored.error();
    if (stored.value().isSigned())
        return domain::Error(domain::ErrorCode::Immutable, tr("A signed note cannot be deleted."));
    return softDelete(kMapping.table, id);
}

domain::Result<ClinicalNote> ClinicalNoteRepository::get(qint64 id) const
{
    if (auto allowed = requireClinician(); !allowed)
        return allowed.error();
    return RecordTable<ClinicalNote>(connection(), kMapping).get(id);
}

domain::Result<QList<ClinicalNote>> ClinicalNoteRepository::forPatient(qint64 patientId) const
{
    if (auto allowed = requireClinician(); !allowed)
        return allowed.error();
    return RecordTable<ClinicalNote>(connection(), kMapping)
        .select(QStringLiteral("deleted_at IS NULL AND patient_id = ?"), {patientId},
                QStringLiteral("created_at DESC, id DESC"));
}

} // namespace clinic::storage
