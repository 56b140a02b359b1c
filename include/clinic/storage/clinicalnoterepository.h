#pragma once

#include "clinic/domain/clinicalnote.h"
#include "clinic/storage/repository.h"

#include <QList>

namespace clinic::storage {

/// SOAP treatment notes. Enforces, below the UI: reception can neither read nor write note
/// contents; a signed note is never edited (amend() adds a correction that cites it).
/// Thread: the connection's.
class ClinicalNoteRepository : public Repository
{
public:
    using Repository::Repository;

    domain::Result<domain::ClinicalNote> create(domain::ClinicalNote note);
    /// Edits an unsigned note; a signed one gives ErrorCode::Immutable.
    domain::Result<domain::ClinicalNote> update(domain::ClinicalNote note);
    domain::Result<domain::ClinicalNote> sign(qint64 id);
    /// Adds `amendment` as a new (unsigned) note correcting the signed note `originalId`.
    domain::Result<domain::ClinicalNote> amend(qint64 originalId, domain::ClinicalNote amendment);
    domain::Status remove(qint64 id);
    domain::Result<domain::ClinicalNote> get(qint64 id) const;
    /// A patient's notes, newest first (amendments included, each citing its original).
    domain::Result<QList<domain::ClinicalNote>> forPatient(qint64 patientId) const;

private:
    [[nodiscard]] domain::Status requireClinician() const;
};

} // namespace clinic::storage
