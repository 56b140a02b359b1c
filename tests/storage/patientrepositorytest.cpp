#include "clinic/storage/patientrepository.h"
#include "clinic/storage/patientsearchindex.h"
#include "clinic/storage/writetransaction.h"

#include "support/fixtures.h"
#include "support/tempdatabase.h"

#include <QSqlError>

using namespace clinic;

class PatientRepositoryTest : public test::TempDatabaseTest
{
protected:
    storage::PatientRepository repo() { return storage::PatientRepository(*m_db, m_session); }
    qint64 rows() const { return scalar(QStringLiteral("SELECT count(*) FROM patients")).toLongLong(); }
    qint64 outbox() const { return scalar(QStringLiteral("SELECT count(*) FROM sync_outbox")).toLongLong(); }
    QStringList names(const QString &query)
    {
        QStringList out;
        auto found = repo().search(query);
        EXPECT_TRUE(found.ok());
        if (found.ok()) {
            for (const auto &p : found.value().patients)
                out << p.fullName();
        }
        return out;
    }
};

TEST_F(PatientRepositoryTest, createdPatientIsStoredWithNormalizedPhoneAndReadBack)
{
    domain::Patient p = test::patient("José", "García", "98765 43210");
    p.dateOfBirth = QDate(1979, 12, 31);
    p.email = QStringLiteral("jose@example.org");
    p.consentWhatsapp = true;
    auto saved = repo().create(p);
    ASSERT_TRUE(saved.ok()) << saved.error().message().toStdString();
    EXPECT_GT(saved.value().meta.id, 0);
    EXPECT_EQ(saved.value().meta.createdAt, m_clock.now());

    auto read = repo().get(saved.value().meta.id);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read.value().firstName, QStringLiteral("José"));
    EXPECT_EQ(read.value().phone, QStringLiteral("+919876543210"));
    EXPECT_EQ(read.value().dateOfBirth, QDate(1979, 12, 31));
    EXPECT_TRUE(read.value().consentWhatsapp);
    EXPECT_FALSE(read.value().meta.cloudId.has_value());
}

TEST_F(PatientRepositoryTest, invalidInputNamesTheFieldAndWritesNothing)
{
    domain::Patient p = test::patient("", "Shah", "12345");
    p.dateOfBirth = m_session.today().addDays(3);
    auto saved = repo().create(p);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().code(), domain::ErrorCode::Validation);
    EXPECT_TRUE(saved.error().hasFieldError(QStringLiteral("firstName")));
    EXPECT_TRUE(saved.error().hasFieldError(QStringLiteral("phone")));
    EXPECT_TRUE(saved.error().hasFieldError(QStringLiteral("dateOfBirth")));
    EXPECT_EQ(rows(), 0);
    EXPECT_EQ(outbox(), 0);
}

TEST_F(PatientRepositoryTest, sqlMetacharactersAreStoredVerbatim)
{
    domain::Patient p = test::patient("Dara", "O'Neil");
    p.address = QStringLiteral("1'); DROP TABLE patients; -- \"quoted\" % _ \\ ;");
    p.alerts = QStringLiteral("' OR '1'='1");
    auto saved = repo().create(p);
    ASSERT_TRUE(saved.ok()) << saved.error().message().toStdString();
    auto read = repo().get(saved.value().meta.id);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read.value().address, p.address);
    EXPECT_EQ(read.value().alerts, p.alerts);
    EXPECT_EQ(rows(), 1);
    EXPECT_TRUE(names(QStringLiteral("o'neil")).contains(QStringLiteral("Dara O'Neil")));
    // FTS syntax in a search is neutralised, never an error.
    for (const char *q : {"\"", "*", "AND OR NOT", "name:x", "(", "NEAR(a b)", "'; DROP TABLE patients; --", "^"})
        EXPECT_TRUE(repo().search(QString::fromUtf8(q)).ok()) << q;
}

TEST_F(PatientRepositoryTest, everyTextFieldRefusesOversizeAndUnreadableInput)
{
    const QString huge(1'000'000, QLatin1Char('x'));
    const QString broken = QString::fromUtf8("\xff\xfe broken bytes");
    using Setter = void (*)(domain::Patient &, const QString &);
    const std::pair<const char *, Setter> fields[] = {
        {"firstName", [](domain::Patient &p, const QString &v) { p.firstName = v; }},
        {"lastName", [](domain::Patient &p, const QString &v) { p.lastName = v; }},
        {"patientNumber", [](domain::Patient &p, const QString &v) { p.patientNumber = v; }},
        {"phone", [](domain::Patient &p, const QString &v) { p.phone = v; }},
        {"altPhone", [](domain::Patient &p, const QString &v) { p.altPhone = v; }},
        {"email", [](domain::Patient &p, const QString &v) { p.email = v; }},
        {"address", [](domain::Patient &p, const QString &v) { p.address = v; }},
        {"city", [](domain::Patient &p, const QString &v) { p.city = v; }},
        {"postalCode", [](domain::Patient &p, const QString &v) { p.postalCode = v; }},
        {"nationalId", [](domain::Patient &p, const QString &v) { p.nationalId = v; }},
        {"referralSource", [](domain::Patient &p, const QString &v) { p.referralSource = v; }},
        {"alerts", [](domain::Patient &p, const QString &v) { p.alerts = v; }},
    };
    for (const auto &[field, set] : fields) {
        for (const QString &bad : {huge, broken}) {
            domain::Patient p = test::patient("Valid", "Person");
            set(p, bad);
            auto saved = repo().create(p);
            ASSERT_FALSE(saved.ok()) << field;
            EXPECT_TRUE(saved.error().hasFieldError(QLatin1String(field))) << field;
        }
    }
    EXPECT_EQ(rows(), 0);
    EXPECT_EQ(outbox(), 0);
}

TEST_F(PatientRepositoryTest, updateOfADeletedPatientIsNotFoundAndChangesNothing)
{
    auto saved = repo().create(test::patient("Ira", "Sen"));
    ASSERT_TRUE(saved.ok());
    ASSERT_TRUE(repo().remove(saved.value().meta.id).ok());
    domain::Patient p = saved.value();
    p.city = QStringLiteral("Kochi");
    auto updated = repo().update(p);
    ASSERT_FALSE(updated.ok());
    EXPECT_EQ(updated.error().code(), domain::ErrorCode::NotFound);
    EXPECT_EQ(repo().get(p.meta.id).error().code(), domain::ErrorCode::NotFound);
    EXPECT_EQ(repo().remove(p.meta.id).error().code(), domain::ErrorCode::NotFound);
    EXPECT_EQ(scalar(QStringLiteral("SELECT city FROM patients")).toString(), QString());
    EXPECT_TRUE(names(QStringLiteral("ira")).isEmpty()) << "deleted patients are not found";
}

TEST_F(PatientRepositoryTest, searchIsAccentAndCaseInsensitiveWithPrefixes)
{
    ASSERT_TRUE(repo().create(test::patient("José", "García")).ok());
    ASSERT_TRUE(repo().create(test::patient("Josefina", "Gómez")).ok());
    ASSERT_TRUE(repo().create(test::patient("Priya", "Raghavan")).ok());
    EXPECT_EQ(names(QStringLiteral("jose garc")), QStringList{QStringLiteral("José García")});
    EXPECT_EQ(names(QStringLiteral("JOSÉ GARCÍA")), QStringList{QStringLiteral("José García")});
    EXPECT_EQ(names(QStringLiteral("jos")).size(), 2);
    EXPECT_EQ(names(QStringLiteral("gom")), QStringList{QStringLiteral("Josefina Gómez")});
    EXPECT_EQ(names(QStringLiteral("ragh pri")), QStringList{QStringLiteral("Priya Raghavan")});
    EXPECT_TRUE(names(QStringLiteral("zz")).isEmpty());
    EXPECT_TRUE(names(QStringLiteral("   ")).isEmpty());
}

TEST_F(PatientRepositoryTest, searchFindsPhonesPartiallyAndRanksAnExactPhoneFirst)
{
    ASSERT_TRUE(repo().create(test::patient("Aarav", "Shah", "98450 12345")).ok());
    domain::Patient second = test::patient("Zubin", "Shah", "98450 12399");
    second.altPhone = QStringLiteral("+34 612 345 678");
    ASSERT_TRUE(repo().create(second).ok());
    EXPECT_EQ(names(QStringLiteral("98450")).size(), 2);
    EXPECT_EQ(names(QStringLiteral("98450 123")).size(), 2);
    EXPECT_EQ(names(QStringLiteral("+91 98450 12399")), QStringList{QStringLiteral("Zubin Shah")});
    EXPECT_EQ(names(QStringLiteral("612 345")), QStringList{QStringLiteral("Zubin Shah")});
    // "shah" matches both by name; the exact phone match would come first.
    const auto ranked = repo().search(QStringLiteral("9845012399"));
    ASSERT_FALSE(ranked.value().patients.isEmpty());
    EXPECT_EQ(ranked.value().patients.first().firstName, QStringLiteral("Zubin"));
    // Digits among words match a phone's national number, typed with or without its country code
    // (the index holds national numbers only; migration 11).
    EXPECT_EQ(names(QStringLiteral("shah 9845012399")), QStringList{QStringLiteral("Zubin Shah")});
    EXPECT_EQ(names(QStringLiteral("shah 919845012399")), QStringList{QStringLiteral("Zubin Shah")});
    EXPECT_EQ(names(QStringLiteral("zubin 34612")), QStringList{QStringLiteral("Zubin Shah")}) << "the alternative phone, +34";
    EXPECT_EQ(names(QStringLiteral("zubin 612")), QStringList{QStringLiteral("Zubin Shah")});
    EXPECT_TRUE(names(QStringLiteral("aarav 919845012399")).isEmpty()) << "Aarav's number ends in 345";
}

TEST_F(PatientRepositoryTest, searchFindsFileNumberAndDateOfBirth)
{
    domain::Patient p = test::patient("Meher", "Bose");
    p.patientNumber = QStringLiteral("P004512");
    p.dateOfBirth = QDate(1988, 7, 9);
    ASSERT_TRUE(repo().create(p).ok());
    ASSERT_TRUE(repo().create(test::patient("Other", "Person")).ok());
    EXPECT_EQ(names(QStringLiteral("p0045")), QStringList{QStringLiteral("Meher Bose")});
    EXPECT_EQ(names(QStringLiteral("09/07/1988")), QStringList{QStringLiteral("Meher Bose")});
    EXPECT_EQ(names(QStringLiteral("1988-07-09")), QStringList{QStringLiteral("Meher Bose")});
    EXPECT_EQ(names(QStringLiteral("bose 9.7.1988")), QStringList{QStringLiteral("Meher Bose")});
    EXPECT_TRUE(names(QStringLiteral("10/07/1988")).isEmpty());
    EXPECT_TRUE(names(QStringLiteral("other 9.7.1988")).isEmpty()) << "the words and the date must both match";
    EXPECT_TRUE(names(QStringLiteral("bose 09/07/1988 10/07/1988")).isEmpty()) << "two different dates match nobody";
    EXPECT_EQ(names(QStringLiteral("bose 09/07/1988 1988-07-09")), QStringList{QStringLiteral("Meher Bose")});
    ASSERT_TRUE(repo().remove(repo().search(QStringLiteral("meher")).value().patients.first().meta.id).ok());
    EXPECT_TRUE(names(QStringLiteral("09/07/1988")).isEmpty()) << "a deleted patient is not found by birth date";
}

TEST_F(PatientRepositoryTest, editsAreReflectedInSearch)
{
    auto saved = repo().create(test::patient("Tara", "Kumar"));
    ASSERT_TRUE(saved.ok());
    domain::Patient p = saved.value();
    p.lastName = QStringLiteral("Fernandes");
    ASSERT_TRUE(repo().update(p).ok());
    EXPECT_TRUE(names(QStringLiteral("kumar")).isEmpty());
    EXPECT_EQ(names(QStringLiteral("fern")), QStringList{QStringLiteral("Tara Fernandes")});
    // Columns the index does not hold (the sync engine's cloud id) leave the entry alone; a
    // delete takes it out.
    ASSERT_TRUE(QSqlQuery(m_db->database()).exec(QStringLiteral("UPDATE patients SET cloud_id = 77, alerts = 'x' WHERE id = %1").arg(p.meta.id)));
    EXPECT_EQ(names(QStringLiteral("fern")), QStringList{QStringLiteral("Tara Fernandes")});
    ASSERT_TRUE(repo().remove(p.meta.id).ok());
    EXPECT_TRUE(names(QStringLiteral("fern")).isEmpty());
}

TEST_F(PatientRepositoryTest, theSearchIndexHoldsExactlyThePatientsAsTheyAreThroughEveryKindOfChange)
{
    // The index keeps no text (migration 11): an entry is removed with the values it was
    // indexed with, read before the row changes. verify() compares every term with an index
    // built afresh from the patients.
    const auto verify = [&] { return storage::PatientSearchIndex::verify(*m_db).value(); };
    auto a = repo().create(test::patient("Tara", "Kumar", "98450 12345"));
    auto b = repo().create(test::patient("Ishaan", "Bose"));
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_EQ(verify(), 0);
    domain::Patient edited = a.value();
    edited.lastName = QStringLiteral("Fernandes");
    edited.phone = QStringLiteral("+34 612 345 678");
    edited.dateOfBirth = QDate(1984, 2, 29);
    ASSERT_TRUE(repo().update(edited).ok());
    EXPECT_EQ(verify(), 0) << "an edit of indexed columns";
    ASSERT_TRUE(QSqlQuery(m_db->database()).exec(QStringLiteral("UPDATE patients SET alerts = 'x', first_name = first_name WHERE id = %1")
                                                     .arg(edited.meta.id)));
    EXPECT_EQ(verify(), 0) << "an update that names an indexed column without changing it";
    ASSERT_TRUE(repo().remove(b.value().meta.id).ok());
    EXPECT_EQ(verify(), 0) << "a soft delete";
    ASSERT_TRUE(QSqlQuery(m_db->database()).exec(QStringLiteral("UPDATE patients SET deleted_at = NULL WHERE id = %1").arg(b.value().meta.id)));
    EXPECT_EQ(verify(), 0) << "a restore";
    EXPECT_EQ(names(QStringLiteral("bose")), QStringList{QStringLiteral("Ishaan Bose")});
    {
        storage::WriteTransaction tx(*m_db, std::nullopt, storage::CaptureMode::Suppress);  // a hard delete (never synced rows)
        ASSERT_TRUE(QSqlQuery(m_db->database()).exec(QStringLiteral("DELETE FROM patients WHERE id = %1").arg(b.value().meta.id)));
        ASSERT_TRUE(tx.commit().ok());
    }
    EXPECT_EQ(verify(), 0) << "a hard delete";

    // A damaged index is seen and repaired.
    ASSERT_TRUE(QSqlQuery(m_db->database()).exec(QStringLiteral("INSERT INTO patient_search (rowid, name) VALUES (999, 'ghost')")));
    EXPECT_EQ(verify(), 1);
    ASSERT_TRUE(storage::PatientSearchIndex::rebuild(*m_db).ok());
    EXPECT_EQ(verify(), 0);
    EXPECT_EQ(names(QStringLiteral("fern")), QStringList{QStringLiteral("Tara Fernandes")});
}

TEST_F(PatientRepositoryTest, likelyDuplicatesAreFoundThroughIndexesNotByReadingEveryPatient)
{
    // One query with OR between phone, alternative phone and name + birth date made SQLite scan
    // the table (36 ms at 100,000 patients, each time a patient was registered).
    // The plan of the statement likelyDuplicates() runs: every read of patients goes through an
    // index (or the primary key), none is a plain SCAN of the table.
    QSqlQuery plan(m_db->database());
    ASSERT_TRUE(plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + storage::PatientRepository::likelyDuplicatesStatement()));
    for (const char *name : {":id", ":phone", ":alt", ":phone2", ":alt2", ":dob", ":first", ":last"})
        plan.bindValue(QLatin1String(name), QString());
    ASSERT_TRUE(plan.exec()) << plan.lastError().text().toStdString();
    QStringList steps;
    while (plan.next())
        steps << plan.value(3).toString();
    const QString all = steps.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QLatin1String("patients_birth_date"))) << all.toStdString();
    for (const QString &step : steps)
        EXPECT_FALSE(step.startsWith(QLatin1String("SCAN patients")) && !step.contains(QLatin1String("USING"))) << all.toStdString();

    domain::Patient a = test::patient("Rahul", "Verma", "9900011122");
    a.dateOfBirth = QDate(1990, 1, 15);
    a.altPhone = QStringLiteral("9900055555");
    ASSERT_TRUE(repo().create(a).ok());
    // Found by its alternative phone given as the main one, and by its main phone given as the
    // alternative; a deleted patient is not a duplicate.
    EXPECT_EQ(repo().likelyDuplicates(test::patient("X", "Y", "9900055555")).value().size(), 1);
    domain::Patient byAlt = test::patient("X", "Y");
    byAlt.altPhone = QStringLiteral("9900011122");
    EXPECT_EQ(repo().likelyDuplicates(byAlt).value().size(), 1);
    const auto twin = repo().create(test::patient("Other", "Twin", "9900077777"));
    ASSERT_TRUE(twin.ok());
    EXPECT_TRUE(repo().likelyDuplicates(twin.value()).value().isEmpty()) << "a patient is not its own duplicate";
    ASSERT_TRUE(repo().remove(twin.value().meta.id).ok());
    EXPECT_TRUE(repo().likelyDuplicates(test::patient("Z", "Z", "9900077777")).value().isEmpty());
}

TEST_F(PatientRepositoryTest, archivedPatientsAreHiddenUnlessAskedFor)
{
    domain::Patient p = test::patient("Old", "Record");
    p.archived = true;
    ASSERT_TRUE(repo().create(p).ok());
    EXPECT_TRUE(names(QStringLiteral("old")).isEmpty());
    EXPECT_EQ(repo().search(QStringLiteral("old"), 50, true).value().patients.size(), 1);
}

TEST_F(PatientRepositoryTest, likelyDuplicatesBySamePhoneOrSameNameAndBirthDate)
{
    domain::Patient a = test::patient("Rahul", "Verma", "9900011122");
    a.dateOfBirth = QDate(1990, 1, 15);
    ASSERT_TRUE(repo().create(a).ok());
    ASSERT_TRUE(repo().create(test::patient("Someone", "Else", "9900099999")).ok());

    const auto samePhone = repo().likelyDuplicates(test::patient("R.", "Verma", "+91 99000 11122"));
    ASSERT_EQ(samePhone.value().size(), 1);
    domain::Patient sameName = test::patient("rahul", "VERMA");
    sameName.dateOfBirth = QDate(1990, 1, 15);
    EXPECT_EQ(repo().likelyDuplicates(sameName).value().size(), 1);
    sameName.dateOfBirth = QDate(1991, 1, 15);
    EXPECT_TRUE(repo().likelyDuplicates(sameName).value().isEmpty());
    EXPECT_TRUE(repo().likelyDuplicates(test::patient("Rahul", "Verma")).value().isEmpty())
        << "a name alone is not enough";
}

TEST_F(PatientRepositoryTest, aBroadSearchSaysThereIsMoreAndAnExactPhoneStillComesFirst)
{
    storage::WriteTransaction tx(*m_db, std::nullopt);
    for (int i = 0; i < storage::PatientRepository::kSearchCandidates + 20; ++i)
        ASSERT_TRUE(repo().create(test::patient("Anil", "Kumar", qPrintable(QStringLiteral("98000%1").arg(i, 5, 10, QLatin1Char('0'))))).ok());
    ASSERT_TRUE(tx.commit().ok());
    const auto broad = repo().search(QStringLiteral("anil"));
    ASSERT_TRUE(broad.ok());
    EXPECT_TRUE(broad.value().truncated);
    EXPECT_EQ(broad.value().patients.size(), 50);
    // The last one registered lies beyond the candidate window of "anil"; its phone finds it.
    const auto exact = repo().search(QStringLiteral("98000 00519"));
    ASSERT_TRUE(exact.ok());
    ASSERT_FALSE(exact.value().patients.isEmpty());
    EXPECT_EQ(exact.value().patients.first().phone, QStringLiteral("+919800000519"));
    EXPECT_FALSE(repo().search(QStringLiteral("anil kumar 9800000519")).value().truncated);
}

TEST_F(PatientRepositoryTest, savingAnEditWritesOnlyTheChangedFieldsSoAChangeMadeMeanwhileSurvives)
{
    storage::PatientRepository repository(*m_db, m_session);
    const auto created = repository.create(test::patient("Divya", "Rao", "9812345678"));
    ASSERT_TRUE(created.ok());
    const domain::Patient loaded = created.value();  // the form opens with this
    // Meanwhile (e.g. pulled from another desk) the alerts change.
    domain::Patient other = loaded;
    other.alerts = QStringLiteral("Pacemaker");
    ASSERT_TRUE(repository.update(other).ok());
    // The form saves its own change: the phone.
    domain::Patient edited = loaded;
    edited.phone = QStringLiteral("9898989898");
    const auto saved = repository.update(loaded, edited);
    ASSERT_TRUE(saved.ok()) << qPrintable(saved.error().message());
    EXPECT_EQ(saved.value().phone, QStringLiteral("+919898989898"));
    EXPECT_EQ(saved.value().alerts, QStringLiteral("Pacemaker")) << "not put back to the value the form loaded";
    // Nothing changed: nothing written, nothing queued for sync.
    const int outbox = scalar(QStringLiteral("SELECT count(*) FROM sync_outbox")).toInt();
    ASSERT_TRUE(repository.update(saved.value(), saved.value()).ok());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM sync_outbox")).toInt(), outbox);
    // Bad input is still refused, with nothing written.
    domain::Patient bad = saved.value();
    bad.email = QStringLiteral("not an e-mail");
    EXPECT_FALSE(repository.update(saved.value(), bad).ok());
}
