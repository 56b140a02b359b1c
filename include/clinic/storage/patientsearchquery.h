#pragma once

#include <QString>
#include <QStringList>

namespace clinic::storage {

/// Turns what a receptionist types into an FTS5 query over the patient_search index (and the
/// lookups the index does not hold: phone prefixes and a birth date).
///  - words match names (accent- and case-insensitive) by prefix: "jose garc" -> José García;
///  - a number typed with spaces, dashes or a "+" is one phone number (matched by prefix in the
///    phone indexes, with or without the country code) or file number (by prefix in FTS);
///  - a date (31/12/1985, 31-12-1985, 31.12.1985 or 1985-12-31) matches the date of birth (looked
///    up in the birth-date index, not in FTS; with words, both must match);
///  - digits among words match a phone's national number by prefix, and one that starts with
///    91 or 34 also without that country code ("priya 9198450" finds +91 98450 …);
///  - FTS syntax characters in the input are neutralised (every term is quoted).
/// Stateless and thread-safe.
class PatientSearchQuery
{
public:
    struct Parsed
    {
        QString match;       ///< the FTS5 MATCH expression; empty = no FTS part
        QString birthDate;   ///< yyyy-MM-dd the patient must be born on; empty = any
        QString exactPhone;  ///< E.164 when the input is a complete phone number (ranked first)
        /// For input that looks like a phone number: E.164 prefixes to look up in the phone
        /// indexes (B-tree range scans stay fast however many numbers share the prefix).
        QStringList phonePrefixes;
    };
    static Parsed parse(const QString &text, const QString &defaultCountry);
};

} // namespace clinic::storage
