#pragma once

#include "clinic/domain/recordmeta.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace clinic::domain {

/// A SOAP treatment note for one visit. Once signed, a note is never edited: corrections are
/// new notes whose `amendsNoteId` points at the note they amend (the amendment trail).
struct ClinicalNote
{
    RecordMeta meta;
    qint64 patientId = 0;
    qint64 practitionerId = 0;
    std::optional<qint64> appointmentId;
    std::optional<qint64> amendsNoteId;
    QString subjective;
    QString objective;
    QString assessment;
    QString plan;
    std::optional<int> painScore;  ///< 0..10
    std::optional<QDateTime> signedAt;
    std::optional<qint64> signedBy;

    [[nodiscard]] bool isSigned() const { return signedAt.has_value(); }
};

} // namespace clinic::domain
