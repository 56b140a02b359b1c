#include "clinic/storage/patientrepository.h"

#include "support/tempdatabase.h"

using namespace clinic;

class PatientRepositoryTest : public test::TempDatabaseTest {};

TEST_F(PatientRepositoryTest, createdPatient_isFoundByAccentlessPrefix)
{
    storage::PatientRepository repo(*m_db, m_session);
    domain::Patient p;
    p.firstName = QStringLiteral("José");
    p.lastName = QStringLiteral("García");
    p.phone = QStringLiteral("98765 43210");
    auto saved = repo.create(p);
    ASSERT_TRUE(saved.ok()) << saved.error().message().toStdString();
    auto found = repo.search(QStringLiteral("jose garc"));
    ASSERT_TRUE(found.ok()) << found.error().message().toStdString();
    ASSERT_EQ(found.value().size(), 1);
    EXPECT_EQ(found.value().first().phone, QStringLiteral("+919876543210"));
}
