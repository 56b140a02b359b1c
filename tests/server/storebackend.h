#pragma once
// Runs a server test against each storage backend (support/serverbackend.h).

#include "clinic/server/serverstore.h"

#include "support/serverbackend.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace clinic::test {

class BackendTest : public ::testing::TestWithParam<QString>
{
protected:
    void SetUp() override;
    void TearDown() override { m_store.reset(); }

    QTemporaryDir m_dir;
    QString m_url;
    std::unique_ptr<server::ServerStore> m_store;
};

std::string backendName(const ::testing::TestParamInfo<QString> &info);

} // namespace clinic::test
