#pragma once

#include "clinic/domain/recordmeta.h"
#include "clinic/domain/sex.h"

#include <QDate>
#include <QString>

namespace clinic::domain {

/// A patient of the clinic. Phones are stored in E.164 ("+919876543210") after validation.
struct Patient
{
    RecordMeta meta;
    QString patientNumber;    ///< the clinic's file number, optional, searchable
    QString firstName;
    QString lastName;
    QDate dateOfBirth;        ///< invalid = unknown
    Sex sex = Sex::Unknown;
    QString phone;
    QString altPhone;
    QString email;
    QString address;
    QString city;
    QString postalCode;
    QString nationalId;       ///< Aadhaar / DNI / NIE etc., optional
    QString referralSource;
    QString alerts;           ///< allergies, precautions: shown prominently
    bool consentSms = false;
    bool consentWhatsapp = false;
    bool consentEmail = false;
    bool archived = false;

    [[nodiscard]] QString fullName() const;
};

} // namespace clinic::domain
