#pragma once

#include "clinic/domain/patient.h"
#include "clinic/domain/result.h"
#include "clinic/storage/repository.h"

#include <QList>

namespace clinic::storage {

/// Patients: registration, edits, soft delete, search-as-you-type and duplicate detection.
/// Phones are normalized to E.164 before they are stored. Thread: the connection's.
class PatientRepository : public Repository
{
public:
    using Repository::Repository;

    domain::Result<domain::Patient> create(domain::Patient patient);
    domain::Result<domain::Patient> update(domain::Patient patient);
    /// Saves the fields in which `edited` differs from `original` (the patient as it was loaded
    /// for editing); fields changed meanwhile by another desk keep their new value.
    domain::Result<domain::Patient> update(const domain::Patient &original, domain::Patient edited);
    domain::Status remove(qint64 id);
    domain::Result<domain::Patient> get(qint64 id) const;

    struct SearchResult
    {
        QList<domain::Patient> patients;
        /// More patients match than were ranked (the text is too broad): the UI says "keep typing".
        bool truncated = false;
    };

    /// Search-as-you-type over names, phones, file number and date of birth (see
    /// PatientSearchQuery). An exact phone match comes first, then by name. At most
    /// kSearchCandidates matches are considered, so a broad prefix ("a", "98") costs the same as a
    /// precise one; `truncated` says when there were more.
    domain::Result<SearchResult> search(const QString &text, int limit = 50, bool includeArchived = false) const;
    static constexpr int kSearchCandidates = 500;
    /// Live patients that look like the same person: same phone (either number), or same first
    /// and last name (case-insensitive) and date of birth. Excludes `patient` itself.
    domain::Result<QList<domain::Patient>> likelyDuplicates(const domain::Patient &patient) const;
    /// The SQL likelyDuplicates() runs (a test checks its query plan reads no table in full).
    static QString likelyDuplicatesStatement();
    domain::Result<qint64> count() const;

private:
    domain::Result<domain::Patient> normalized(domain::Patient patient) const;
};

} // namespace clinic::storage
