#include "clinic/storage/patientrepository.h"

#include "clinic/domain/phonenumber.h"
#include "clinic/domain/validator.h"
#include "clinic/storage/connection.h"
#include "clinic/storage/patientsearchquery.h"
#include "clinic/storage/writetransaction.h"
#include "recordtable.h"
#include "sqlsupport.h"

namespace clinic::storage {
namespace {

using domain::Patient;

const QStringList kColumns{
        QStringLiteral("patient_number"), QStringLiteral("first_name"), QStringLiteral("last_name"),
        QStringLiteral("date_of_birth"), QStringLiteral("sex"), QStringLiteral("phone"),
        QStringLiteral("alt_phone"), QStringLiteral("email"), QStringLiteral("address"),
        QStringLiteral("city"), QStringLiteral("postal_code"), QStringLiteral("national_id"),
        QStringLiteral("referral_source"), QStringLiteral("alerts"), QStringLiteral("consent_sms"),
        QStringLiteral("consent_whatsapp"), QStringLiteral("consent_email"), QStringLiteral("archived")};

void bind(QSqlQuery &q, const Patient &p)
{
    q.bindValue(QStringLiteral(":patient_number"), sql::text(p.patientNumber));
    q.bindValue(QStringLiteral(":first_name"), sql::text(p.firstName));
    q.bindValue(QStringLiteral(":last_name"), sql::text(p.lastName));
    q.bindValue(QStringLiteral(":date_of_birth"), sql::dateOrNull(p.dateOfBirth));
    q.bindValue(QStringLiteral(":sex"), domain::sexName(p.sex));
    q.bindValue(QStringLiteral(":phone"), sql::text(p.phone));
    q.bindValue(QStringLiteral(":alt_phone"), sql::text(p.altPhone));
    q.bindValue(QStringLiteral(":email"), sql::text(p.email));
    q.bindValue(QStringLiteral(":address"), sql::text(p.address));
    q.bindValue(QStringLiteral(":city"), sql::text(p.city));
    q.bindValue(QStringLiteral(":postal_code"), sql::text(p.postalCode));
    q.bindValue(QStringLiteral(":national_id"), sql::text(p.nationalId));
    q.bindValue(QStringLiteral(":referral_source"), sql::text(p.referralSource));
    q.bindValue(QStringLiteral(":alerts"), sql::text(p.alerts));
    q.bindValue(QStringLiteral(":consent_sms"), p.consentSms);
    q.bindValue(QStringLiteral(":consent_whatsapp"), p.consentWhatsapp);
    q.bindValue(QStringLiteral(":consent_email"), p.consentEmail);
    q.bindValue(QStringLiteral(":archived"), p.archived);
}

Patient read(const QSqlQuery &q)
{
    Patient p;
    p.meta = sql::readMeta(q);
    p.patientNumber = q.value(QStringLiteral("patient_number")).toString();
    p.firstName = q.value(QStringLiteral("first_name")).toString();
    p.lastName = q.value(QStringLiteral("last_name")).toString();
    p.dateOfBirth = sql::date(q.value(QStringLiteral("date_of_birth")));
    p.sex = domain::sexFromName(q.value(QStringLiteral("sex")).toString()).value_or(domain::Sex::Unknown);
    p.phone = q.value(QStringLiteral("phone")).toString();
    p.altPhone = q.value(QStringLiteral("alt_phone")).toString();
    p.email = q.value(QStringLiteral("email")).toString();
    p.address = q.value(QStringLiteral("address")).toString();
    p.city = q.value(QStringLiteral("city")).toString();
    p.postalCode = q.value(QStringLiteral("postal_code")).toString();
    p.nationalId = q.value(QStringLiteral("national_id")).toString();
    p.referralSource = q.value(QStringLiteral("referral_source")).toString();
    p.alerts = q.value(QStringLiteral("alerts")).toString();
    p.consentSms = q.value(QStringLiteral("consent_sms")).toBool();
    p.consentWhatsapp = q.value(QStringLiteral("consent_whatsapp")).toBool();
    p.consentEmail = q.value(QStringLiteral("consent_email")).toBool();
    p.archived = q.value(QStringLiteral("archived")).toBool();
    return p;
}

const TableMapping<Patient> kMapping{QStringLiteral("patients"), QStringLiteral("patient"),
                                    kColumns, &bind, &read};

domain::Result<QList<Patient>> readAll(QSqlQuery &q, const char *what)
{
    if (!q.exec())
        return sql::toError(q, what);
    QList<Patient> list;
    while (q.next())
        list.append(read(q));
    return list;
}

} // namespace

domain::Result<Patient> PatientRepository::normalized(Patient p) const
{
    p.firstName = p.firstName.trimmed();
    p.lastName = p.lastName.trimmed();
    p.email = p.email.trimmed();
    p.patientNumber = p.patientNumber.trimmed();
    const auto errors = domain::Validator::validate(p, session().validationContext());
    if (!errors.isEmpty())
        return domain::Error::validation(errors);
    if (!p.phone.trimmed().isEmpty())
        p.phone = *domain::PhoneNumber::normalize(p.phone, session().defaultCountry);
    else
        p.phone.clear();
    if (!p.altPhone.trimmed().isEmpty())
        p.altPhone = *domain::PhoneNumber::normalize(p.altPhone, session().defaultCountry);
    else
        p.altPhone.clear();
    return p;
}

domain::Result<Patient> PatientRepository::create(Patient patient)
{
    auto valid = normalized(std::move(patient));
    if (!valid)
        return valid;
    return insertInTransaction(connection(), kMapping, session().userId, std::move(valid).value(),
                               nowMs());
}

domain::Result<Patient> PatientRepository::update(Patient patient)
{
    auto valid = normalized(std::move(patient));
    if (!valid)
        return valid;
    return updateInTransaction(connection(), kMapping, session().userId, valid.value(), nowMs());
}

domain::Result<Patient> PatientRepository::update(const Patient &original, Patient edited)
{
    auto valid = normalized(std::move(edited));
    if (!valid)
        return valid;
    return updateChangedInTransaction(connection(), kMapping, session().userId, original, valid.value(), nowMs());
}

domain::Status PatientRepository::remove(qint64 id)
{
    return softDelete(QStringLiteral("patients"), id);
}

domain::Result<Patient> PatientRepository::get(qint64 id) const
{
    return RecordTable<Patient>(connection(), kMapping).get(id);
}

domain::Result<PatientRepository::SearchResult> PatientRepository::search(const QString &text, int limit,
                                                                          bool includeArchived) const
{
    const auto parsed = PatientSearchQuery::parse(text, session().defaultCountry);
    SearchResult result;
    if (parsed.match.isEmpty() && parsed.birthDate.isEmpty())
        return result;

    // 1. Candidates straight from an index in rowid order: stops after kSearchCandidates + 1,
    //    so the cost does not grow with how many patients a short prefix matches. A birth date is
    //    not in the search index: its patients come from the birth-date index (a handful per
    //    date), each checked against the words, if any.
    const QString limit1 = QString::number(kSearchCandidates + 1);
    sql::CachedQuery candidates(db(), parsed.birthDate.isEmpty()
        ? QStringLiteral("SELECT rowid FROM patient_search WHERE patient_search MATCH ? LIMIT %1").arg(limit1)
        : parsed.match.isEmpty()
        ? QStringLiteral("SELECT id FROM patients WHERE date_of_birth = ? AND date_of_birth IS NOT NULL AND deleted_at IS NULL LIMIT %1").arg(limit1)
        : QStringLiteral("SELECT id FROM patients WHERE date_of_birth = ? AND date_of_birth IS NOT NULL AND deleted_at IS NULL "
                         "AND EXISTS (SELECT 1 FROM patient_search WHERE patient_search MATCH ? AND rowid = patients.id) LIMIT %1").arg(limit1));
    if (!parsed.birthDate.isEmpty())
        candidates->addBindValue(parsed.birthDate);
    if (!parsed.match.isEmpty())
        candidates->addBindValue(parsed.match);
    if (!candidates->exec())
        return sql::toError(*candidates, "search patients");
    QStringList ids;
    while (candidates->next())
        ids << candidates->value(0).toString();
    for (const QString &prefix : parsed.phonePrefixes) {
        // '+' + digits .. '+' + digits + ':' is exactly the numbers starting with those digits.
        for (const char *column : {"phone", "alt_phone"}) {
            sql::CachedQuery phones(db(), QStringLiteral(
                "SELECT id FROM patients WHERE %1 >= ? AND %1 < ? AND %1 <> '' AND deleted_at IS NULL LIMIT %2")
                .arg(QLatin1String(column)).arg(kSearchCandidates + 1));
            phones->bindValue(0, prefix);
            phones->bindValue(1, QString(prefix + QLatin1Char(':')));
            if (!phones->exec())
                return sql::toError(*phones, "search patients");
            while (phones->next() && ids.size() <= kSearchCandidates)
                ids << phones->value(0).toString();
        }
    }
    ids.removeDuplicates();
    result.truncated = ids.size() > kSearchCandidates;
    if (result.truncated)
        ids.resize(kSearchCandidates);

    // 2. Rank the candidates (plus an exact phone match, wherever it sits in the index).
    sql::CachedQuery ranked(db(), QStringLiteral(
        "SELECT %1, (phone = :exact OR alt_phone = :exact2) AS exact_phone FROM patients "
        "WHERE id IN (SELECT value FROM json_each(:ids)"
        "             UNION SELECT id FROM patients WHERE phone = :exact3 AND phone <> '' AND deleted_at IS NULL"
        "             UNION SELECT id FROM patients WHERE alt_phone = :exact4 AND alt_phone <> '' AND deleted_at IS NULL) "
        "AND deleted_at IS NULL %2 "
        "ORDER BY exact_phone DESC, first_name COLLATE NOCASE, last_name COLLATE NOCASE, id LIMIT :limit")
        .arg(sql::selectColumns(kColumns), includeArchived ? QString() : QStringLiteral("AND archived = 0")));
    for (const char *name : {":exact", ":exact2", ":exact3", ":exact4"})
        ranked->bindValue(QLatin1String(name), sql::text(parsed.exactPhone));
    ranked->bindValue(QStringLiteral(":ids"), QString(QLatin1Char('[') + ids.join(QLatin1Char(',')) + QLatin1Char(']')));
    ranked->bindValue(QStringLiteral(":limit"), qBound(1, limit, kSearchCandidates));
    if (!ranked->exec())
        return sql::toError(*ranked, "search patients");
    while (ranked->next())
        result.patients.append(read(*ranked));
    return result;
}

QString PatientRepository::likelyDuplicatesStatement()
{
    // Each way of being the same patient is its own index lookup (phone, alternative phone, birth
    // date then names): one query with OR between them made SQLite scan every patient (36 ms at
    // 100,000 patients, on the UI thread, each time a new patient was saved).
    return QStringLiteral(
        "SELECT %1 FROM patients WHERE id IN ("
        "  SELECT id FROM patients WHERE phone IN (:phone, :alt) AND phone <> '' AND deleted_at IS NULL"
        "  UNION SELECT id FROM patients WHERE alt_phone IN (:phone2, :alt2) AND alt_phone <> '' AND deleted_at IS NULL"
        "  UNION SELECT id FROM patients WHERE date_of_birth = :dob AND deleted_at IS NULL AND date_of_birth IS NOT NULL"
        "        AND lower(first_name) = lower(:first) AND lower(last_name) = lower(:last))"
        " AND id <> :id ORDER BY id LIMIT 20")
        .arg(sql::selectColumns(kColumns));
}

domain::Result<QList<Patient>> PatientRepository::likelyDuplicates(const Patient &patient) const
{
    Patient p = patient;
    if (!p.phone.isEmpty())
        p.phone = domain::PhoneNumber::normalize(p.phone, session().defaultCountry).value_or(p.phone);
    if (!p.altPhone.isEmpty())
        p.altPhone = domain::PhoneNumber::normalize(p.altPhone, session().defaultCountry).value_or(p.altPhone);
    QSqlQuery q = sql::prepare(db(), likelyDuplicatesStatement());
    q.bindValue(QStringLiteral(":id"), p.meta.id);
    for (const char *name : {":phone", ":phone2"})
        q.bindValue(QLatin1String(name), sql::text(p.phone));
    for (const char *name : {":alt", ":alt2"})
        q.bindValue(QLatin1String(name), sql::text(p.altPhone));
    q.bindValue(QStringLiteral(":first"), p.firstName.trimmed());
    q.bindValue(QStringLiteral(":last"), p.lastName.trimmed());
    q.bindValue(QStringLiteral(":dob"), sql::dateOrNull(p.dateOfBirth));
    return readAll(q, "find duplicates");
}

domain::Result<qint64> PatientRepository::count() const
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM patients WHERE deleted_at IS NULL")) || !q.next())
        return sql::toError(q, "count patients");
    return q.value(0).toLongLong();
}

} // namespace clinic::storage
