// Connecting a desk to the sync server from Settings › This desk, offscreen, against the real
// server binary on loopback (SQLite store) through the desk's real sync manager thread.
#include "clinic/storage/patientrepository.h"
#include "clinic/sync/rejectionlog.h"
#include "clinic/sync/synccredentials.h"
#include "clinic/sync/syncmanager.h"
#include "clinic/ui/devicetab.h"
#include "clinic/ui/enrollmentform.h"

#include "support/fixtures.h"
#include "support/freeport.h"
#include "support/serverprocess.h"
#include "support/tempdatabase.h"

#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace clinic;

class EnrollmentUiTest : public test::TempDatabaseTest
{
protected:
    void SetUp() override
    {
        TempDatabaseTest::SetUp();
        m_serverUrl = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("server.db"));
        m_clinic = test::ServerProcess::admin(m_serverUrl, {QStringLiteral("create-clinic"), QStringLiteral("Clinic by the park")}).toLongLong();
        ASSERT_GT(m_clinic, 0);
        m_port = test::freeLoopbackPort();
        m_server = std::make_unique<test::ServerProcess>(m_serverUrl, QStringList{QStringLiteral("--port"), QString::number(m_port)});
        QString output;
        ASSERT_TRUE(m_server->start(&output)) << output.toStdString();
        sync::SyncEngine::Options options;
        options.databasePath = m_path;
        options.connectionName = QStringLiteral("enrollment-sync");
        m_sync = std::make_unique<sync::SyncManager>(options);
        m_sync->start();
    }
    void TearDown() override
    {
        m_sync.reset();
        m_server.reset();
        TempDatabaseTest::TearDown();
    }
    static void retype(QLineEdit *field, const QString &text)
    {
        field->clear();
        QTest::keyClicks(field, text);
    }
    QString code() const { return test::ServerProcess::admin(m_serverUrl, {QStringLiteral("create-enrollment"), QString::number(m_clinic)}); }

    QString m_serverUrl;
    qint64 m_clinic = 0;
    int m_port = 0;
    std::unique_ptr<test::ServerProcess> m_server;
    std::unique_ptr<sync::SyncManager> m_sync;
};

TEST_F(EnrollmentUiTest, aDeskConnectsFromSettingsAndAWrongCodeOrAddressSaysWhyAndSavesNothing)
{
    ASSERT_TRUE(storage::PatientRepository(*m_db, m_session).create(test::patient("Odile", "Varga")).ok());  // made while offline
    ui::DeviceTab tab(*m_db, nullptr, m_sync.get());
    tab.show();
    ui::EnrollmentForm *form = tab.enrollmentForm();
    ASSERT_TRUE(tab.connectBox()->isVisible()) << "a desk that is not connected offers the form";
    EXPECT_TRUE(tab.text().contains(QStringLiteral("below"))) << qPrintable(tab.text());
    QSignalSpy enrolled(m_sync.get(), &sync::SyncManager::enrolled);

    // An address that is not one: the message is next to the field, nothing is sent.
    retype(form->serverUrl(), QStringLiteral("clinic server"));
    QTest::mouseClick(tab.connectButton(), Qt::LeftButton);
    auto *urlError = form->findChild<QLabel *>(QStringLiteral("serverUrlError"));
    EXPECT_TRUE(urlError->isVisible());
    EXPECT_TRUE(urlError->text().contains(QStringLiteral("https://"))) << qPrintable(urlError->text());
    EXPECT_TRUE(form->findChild<QLabel *>(QStringLiteral("enrollmentCodeError"))->isVisible()) << "the code is missing too";
    EXPECT_FALSE(enrolled.wait(300)) << "nothing was sent";
    retype(form->serverUrl(), QStringLiteral("http://127.0.0.1:%1").arg(m_port));
    EXPECT_FALSE(urlError->isVisible()) << "the message goes once the field is edited";

    // A code the server does not know: its reason, no credentials.
    retype(form->code(), QStringLiteral("NOPE-NOPE"));
    QTest::mouseClick(tab.connectButton(), Qt::LeftButton);
    EXPECT_FALSE(tab.connectButton()->isEnabled()) << "one attempt at a time";
    ASSERT_TRUE(enrolled.wait(10000));
    EXPECT_FALSE(enrolled.takeFirst().at(0).toBool());
    EXPECT_TRUE(tab.connectStatus()->text().startsWith(QStringLiteral("Not connected"))) << qPrintable(tab.connectStatus()->text());
    EXPECT_TRUE(tab.connectButton()->isEnabled());
    EXPECT_FALSE(sync::SyncCredentials::load(m_path).isComplete());
    EXPECT_TRUE(tab.connectBox()->isVisible());

    // The right code: connected, the form goes, the desk's waiting change is sent.
    retype(form->code(), code());
    retype(form->deviceName(), QStringLiteral("Reception PC"));
    QTest::mouseClick(tab.connectButton(), Qt::LeftButton);
    ASSERT_TRUE(enrolled.wait(10000));
    ASSERT_TRUE(enrolled.first().at(0).toBool()) << qPrintable(enrolled.first().at(1).toString());
    EXPECT_TRUE(sync::SyncCredentials::load(m_path).isComplete());
    EXPECT_FALSE(tab.connectBox()->isVisible());
    EXPECT_TRUE(tab.text().contains(QStringLiteral("http://127.0.0.1:%1").arg(m_port))) << qPrintable(tab.text());
    EXPECT_TRUE(QTest::qWaitFor([this] { return sync::RejectionLog::pendingRecords(*m_db).value_or(-1) == 0; }, 10000))
        << "the patient made before connecting is pushed";
    const QString devices = test::ServerProcess::admin(m_serverUrl, {QStringLiteral("list-devices"), QString::number(m_clinic)});
    EXPECT_TRUE(devices.contains(QStringLiteral("Reception PC")) && devices.contains(m_db->deviceId())) << "the server knows this desk by name: "
                                                                                                        << qPrintable(devices);
}
