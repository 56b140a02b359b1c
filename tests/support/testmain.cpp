// main() for every test executable: one application object for the whole run (style.md #20):
// a QApplication for widget tests (offscreen), a QCoreApplication for the others.
#include <QStandardPaths>
#ifdef CLINIC_TEST_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    TestApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ClinicDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("clinicdesk-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
