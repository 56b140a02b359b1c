#include "storebackend.h"

namespace clinic::test {

void BackendTest::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
    m_url = freshDatabaseUrl(GetParam(), m_dir);
    ASSERT_FALSE(m_url.isEmpty()) << "could not prepare a " << GetParam().toStdString() << " database: "
                                  << sharedPostgresError().toStdString();
    auto opened = server::ServerStore::open(m_url);
    ASSERT_TRUE(opened.ok()) << opened.error().message().toStdString();
    m_store = std::move(opened).value();
    auto migrated = m_store->migrate();
    ASSERT_TRUE(migrated.ok()) << migrated.error().message().toStdString();
}

std::string backendName(const ::testing::TestParamInfo<QString> &info)
{
    return info.param.toStdString();
}

} // namespace clinic::test
