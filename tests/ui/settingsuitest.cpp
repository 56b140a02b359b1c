// The Settings page offscreen on a real database.
#include "clinic/domain/paymentmethod.h"
#include "clinic/storage/servicerepository.h"
#include "clinic/storage/settingsrepository.h"
#include "clinic/storage/userrepository.h"
#include "clinic/ui/aboutdialog.h"
#include "clinic/storage/backupservice.h"
#include "clinic/ui/backuptab.h"
#include "clinic/ui/devicetab.h"
#include "clinic/ui/roomstab.h"
#include "clinic/storage/roomrepository.h"
#include "clinic/sync/synccredentials.h"
#include "clinic/ui/clinicprofiletab.h"
#include "clinic/ui/numberingtab.h"
#include "clinic/ui/practitionerstab.h"
#include "clinic/storage/practitionerrepository.h"
#include "clinic/ui/pricelisttab.h"
#include "clinic/ui/settingsview.h"
#include "clinic/ui/todaymodel.h"
#include "clinic/ui/userstab.h"

#include "support/tempdatabase.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QThread>
#include <QTimer>
#include <QTest>
#include <QSignalSpy>
#include <QPushButton>
#include <QMessageBox>
#include <QApplication>
#include <QCoreApplication>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QSettings>
#include <QTableWidget>
#include <QTranslator>

using namespace clinic;

class SettingsUiTest : public test::TempDatabaseTest
{
protected:
    QString setting(const char *key) { return storage::SettingsRepository(*m_db, m_session).value(QLatin1String(key)); }
};

TEST_F(SettingsUiTest, theClinicProfileRefusesBadFieldsNextToThemAndStoresTheLetterhead)
{
    ui::ClinicProfileTab tab(*m_db, m_session);
    tab.show();
    tab.field(QStringLiteral("clinic.name"))->setText(QString());
    tab.field(QStringLiteral("clinic.workingHours"))->setText(QStringLiteral("18:00-09:00"));
    tab.field(QStringLiteral("clinic.workingDays"))->setText(QStringLiteral("Mon-Sat"));
    EXPECT_FALSE(tab.save());
    EXPECT_FALSE(tab.errorFor(QStringLiteral("clinic.name")).isEmpty());
    EXPECT_FALSE(tab.errorFor(QStringLiteral("clinic.workingHours")).isEmpty());
    EXPECT_FALSE(tab.errorFor(QStringLiteral("clinic.workingDays")).isEmpty());
    EXPECT_TRUE(setting("clinic.workingHours").isEmpty()) << "nothing stored";

    tab.field(QStringLiteral("clinic.name"))->setText(QStringLiteral("Harbour Physio"));
    tab.address()->setPlainText(QStringLiteral("3 Quay Street\nKochi"));
    tab.field(QStringLiteral("clinic.taxRegistration"))->setText(QStringLiteral("32ABCDE1234F1Z5"));
    tab.field(QStringLiteral("clinic.workingHours"))->setText(QStringLiteral("08:30-17:30"));
    tab.field(QStringLiteral("clinic.workingDays"))->setText(QStringLiteral("1-5"));
    tab.timeZone()->setCurrentText(QStringLiteral("Asia/Kolkata"));
    tab.fiscalYearStart()->setCurrentIndex(tab.fiscalYearStart()->findData(4));
    EXPECT_FALSE(tab.loadLogo(m_dir.filePath(QStringLiteral("missing.png"))));
    QImage logo(900, 300, QImage::Format_RGB32);
    logo.fill(Qt::darkBlue);
    ASSERT_TRUE(logo.save(m_dir.filePath(QStringLiteral("logo.png"))));
    ASSERT_TRUE(tab.loadLogo(m_dir.filePath(QStringLiteral("logo.png"))));
    ASSERT_TRUE(tab.save());
    EXPECT_EQ(setting("clinic.name"), QStringLiteral("Harbour Physio"));
    EXPECT_EQ(setting("clinic.address"), QStringLiteral("3 Quay Street\nKochi"));
    EXPECT_EQ(setting("clinic.workingHours"), QStringLiteral("08:30-17:30"));
    EXPECT_EQ(setting("billing.fiscalYearStartMonth"), QStringLiteral("4"));
    QImage stored;
    ASSERT_TRUE(stored.loadFromData(QByteArray::fromBase64(setting("clinic.logoPng").toLatin1()), "PNG"));
    EXPECT_EQ(stored.width(), 400) << "scaled down for the letterhead";
}

TEST_F(SettingsUiTest, numberingPreviewsThePrintedFormAndRefusesOneLongerThanSixteen)
{
    ui::NumberingTab tab(*m_db, m_session);
    tab.show();
    EXPECT_TRUE(tab.preview().startsWith(QStringLiteral("FD-2627-000001"))) << qPrintable(tab.preview());
    tab.format()->setText(QStringLiteral("{series}/{fy}/{number:6}"));
    EXPECT_TRUE(tab.error().contains(QStringLiteral("17"))) << qPrintable(tab.error());
    EXPECT_TRUE(tab.preview().isEmpty());
    EXPECT_FALSE(tab.save());
    EXPECT_TRUE(setting("billing.numberFormat").isEmpty());
    tab.invoiceSeries()->setText(QStringLiteral("dr"));
    tab.creditSeries()->setText(QStringLiteral("dc"));
    tab.format()->setText(QStringLiteral("{series}/{fy}/{number:5}"));
    EXPECT_TRUE(tab.error().isEmpty()) << qPrintable(tab.error());
    EXPECT_TRUE(tab.preview().startsWith(QStringLiteral("DR/2026-27/00001")));
    ASSERT_TRUE(tab.save());
    EXPECT_EQ(storage::SettingsRepository(*m_db, m_session).numberingRule().series, QStringLiteral("DR"));
    EXPECT_EQ(storage::SettingsRepository(*m_db, m_session).numberingRule(true).series, QStringLiteral("DC"));
}

TEST_F(SettingsUiTest, thePriceListAddsAndEditsServicesAndExplainsBadInput)
{
    ui::PriceListTab tab(*m_db, m_session);
    tab.show();
    tab.newService();
    tab.code()->setText(QStringLiteral("MT30"));
    tab.name()->setText(QStringLiteral("Manual therapy 30 min"));
    tab.price()->setText(QStringLiteral("six hundred"));
    tab.taxRate()->setText(QStringLiteral("180"));
    EXPECT_FALSE(tab.save());
    EXPECT_TRUE(tab.error().contains(QStringLiteral("price"))) << qPrintable(tab.error());
    EXPECT_TRUE(tab.error().contains(QStringLiteral("tax rate")));
    EXPECT_EQ(storage::ServiceRepository(*m_db, m_session).list(false).value().size(), 0);
    tab.price()->setText(QStringLiteral("600"));
    tab.taxRate()->setText(QStringLiteral("18"));
    ASSERT_TRUE(tab.save()) << qPrintable(tab.error());
    ASSERT_EQ(tab.table()->rowCount(), 1);
    const auto service = storage::ServiceRepository(*m_db, m_session).list(false).value().first();
    EXPECT_EQ(service.priceMinor, 60000);
    EXPECT_EQ(service.taxRateBp, 1800);
    tab.table()->setCurrentCell(0, 0);
    tab.price()->setText(QStringLiteral("650"));
    ASSERT_TRUE(tab.save());
    EXPECT_EQ(storage::ServiceRepository(*m_db, m_session).list(false).value().size(), 1) << "edited, not added";
    EXPECT_EQ(storage::ServiceRepository(*m_db, m_session).list(false).value().first().priceMinor, 65000);
}

TEST_F(SettingsUiTest, usersAreAddedWithARoleAndAnAdministratorCannotLockThemselvesOut)
{
    const qint64 me = makeUser("boss", domain::Role::Admin);
    m_session.userId = me;
    ui::UsersTab tab(*m_db, m_session);
    tab.show();
    tab.newUser();
    tab.login()->setText(QStringLiteral("nina"));
    tab.displayName()->setText(QStringLiteral("Nina Joseph"));
    tab.role()->setCurrentIndex(tab.role()->findText(QStringLiteral("Reception")));
    tab.password()->setText(QStringLiteral("short"));
    EXPECT_FALSE(tab.save());
    EXPECT_FALSE(tab.error().isEmpty());
    tab.password()->setText(QStringLiteral("a long enough passphrase"));
    ASSERT_TRUE(tab.save()) << qPrintable(tab.error());
    EXPECT_TRUE(storage::UserRepository(*m_db, m_session).authenticate(QStringLiteral("nina"), QStringLiteral("a long enough passphrase")).ok());

    for (int row = 0; row < tab.table()->rowCount(); ++row) {
        if (tab.table()->item(row, 0)->text() == QLatin1String("boss"))
            tab.table()->setCurrentCell(row, 0);
    }
    tab.active()->setChecked(false);
    EXPECT_FALSE(tab.save());
    EXPECT_TRUE(tab.error().contains(QStringLiteral("own administrator"))) << qPrintable(tab.error());
    EXPECT_TRUE(storage::UserRepository(*m_db, m_session).get(me).value().active);
}

TEST_F(SettingsUiTest, aBackupCanBeTakenFromTheSettingsAndIsListed)
{
    ui::BackupTab tab(*m_db);
    tab.show();
    EXPECT_EQ(tab.table()->rowCount(), 0);
    QSignalSpy written(&tab, &ui::BackupTab::backupWritten);
    ASSERT_TRUE(tab.backupNow()) << qPrintable(tab.message());
    EXPECT_FALSE(tab.backupNow()) << "one at a time";
    // The backup is written on its own thread: the window's connection is free meanwhile.
    EXPECT_TRUE(storage::RoomRepository(*m_db, m_session).create(domain::Room{{}, QStringLiteral("Room 3"), true}).ok());
    ASSERT_TRUE(written.wait(30000));
    EXPECT_TRUE(written.first().first().toBool()) << qPrintable(tab.message());
    EXPECT_EQ(tab.table()->rowCount(), 1);
    EXPECT_TRUE(tab.message().contains(QStringLiteral("verified"))) << qPrintable(tab.message());
}

TEST_F(SettingsUiTest, aboutShowsTheVersionsAndWhereTheDataLogsAndBackupsAre)
{
    ui::AboutDialog about(*m_db, m_dir.filePath(QStringLiteral("logs")));
    const QString text = about.text();
    EXPECT_TRUE(text.contains(QString::fromLatin1(qVersion()))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("SQLite 3."))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QDir::toNativeSeparators(m_path).toHtmlEscaped()));
    EXPECT_TRUE(text.contains(QStringLiteral("logs")));
    EXPECT_TRUE(text.contains(QStringLiteral("backups")));
    EXPECT_TRUE(text.contains(m_db->deviceId()));
}

TEST_F(SettingsUiTest, roomsAreAddedAndTakenOutOfUseButNeverDeleted)
{
    ui::RoomsTab tab(*m_db, m_session);
    tab.show();
    tab.newRoom();
    tab.name()->setText(QString());
    EXPECT_FALSE(tab.save());
    EXPECT_FALSE(tab.error().isEmpty()) << "a room needs a name";
    tab.name()->setText(QStringLiteral("Hydrotherapy"));
    ASSERT_TRUE(tab.save()) << qPrintable(tab.error());
    ASSERT_EQ(tab.table()->rowCount(), 1);
    tab.table()->setCurrentCell(0, 0);
    tab.active()->setChecked(false);
    ASSERT_TRUE(tab.save());
    EXPECT_EQ(storage::RoomRepository(*m_db, m_session).list(true).value().size(), 0) << "out of use";
    EXPECT_EQ(storage::RoomRepository(*m_db, m_session).list(false).value().size(), 1) << "but kept";
}

TEST_F(SettingsUiTest, thisDeskShowsItsDeviceAndHowToConnectIt)
{
    ui::DeviceTab tab(*m_db);
    EXPECT_TRUE(tab.text().contains(m_db->deviceId()));
    EXPECT_TRUE(tab.text().contains(QStringLiteral("Not connected"))) << qPrintable(tab.text());
    EXPECT_TRUE(tab.text().contains(QStringLiteral("clinicdesk-sync")));
    sync::SyncCredentials credentials;
    credentials.serverUrl = QStringLiteral("https://sync.clinic.example:8443");
    credentials.token = QStringLiteral("not-a-real-token");
    ASSERT_TRUE(credentials.save(m_path));
    tab.refresh();
    EXPECT_TRUE(tab.text().contains(QStringLiteral("https://sync.clinic.example:8443")));
    EXPECT_FALSE(tab.text().contains(QStringLiteral("not-a-real-token"))) << "the token is never shown";
}

TEST_F(SettingsUiTest, theSpanishTranslationIsBuiltInAndTheDeskRemembersItsLanguage)
{
    QTranslator spanish;
    ASSERT_TRUE(spanish.load(QStringLiteral(":/i18n/clinicdesk_es.qm")));
    EXPECT_EQ(spanish.translate("InvoiceEditor", "&Issue and take payment"), QStringLiteral("&Emitir y cobrar")) << "a Designer form";
    // The contexts are the classes' real names (namespaces included), so the screens pick them up.
    QCoreApplication::installTranslator(&spanish);
    ui::TodayModel model(*m_db, m_session);
    const QString header = model.headerData(ui::TodayModel::Patient, Qt::Horizontal).toString();
    QCoreApplication::removeTranslator(&spanish);
    EXPECT_EQ(header, QStringLiteral("Paciente"));
    QCoreApplication::installTranslator(&spanish);
    const QString cash = domain::paymentMethodLabel(domain::PaymentMethod::Cash);
    QCoreApplication::removeTranslator(&spanish);
    EXPECT_EQ(cash, QStringLiteral("Efectivo")) << "one label for a method everywhere (screens, receipts, reports)";
    // Messages from below the screens reach the user too: validation and storage refusals.
    EXPECT_EQ(spanish.translate("clinic::domain::Validator", "Please enter a name."), QStringLiteral("Escriba un nombre."));
    EXPECT_EQ(spanish.translate("clinic::storage::Repository", "The patient does not exist."), QStringLiteral("El paciente no existe."));
    QTranslator hindi;
    ASSERT_TRUE(hindi.load(QStringLiteral(":/i18n/clinicdesk_hi.qm"))) << "Hindi is started";
    EXPECT_EQ(hindi.translate("clinic::ui::MainWindow", "Patients"), QString::fromUtf8("मरीज़"));

    QSettings desk(m_dir.filePath(QStringLiteral("desk.ini")), QSettings::IniFormat);
    ui::DeviceTab tab(*m_db, &desk);
    tab.language()->setCurrentIndex(tab.language()->findData(QStringLiteral("es")));
    EXPECT_EQ(desk.value(QStringLiteral("ui/language")).toString(), QStringLiteral("es"));
}

TEST_F(SettingsUiTest, practitionersAreAddedEditedAndLinkedToTheirSignIn)
{
    ui::SettingsView settings(*m_db, m_session);
    ui::PractitionersTab &tab = *settings.practitioners();
    EXPECT_EQ(tab.table()->rowCount(), 0);
    EXPECT_FALSE(tab.colour()->text().isEmpty()) << "a new practitioner gets a colour of the palette";
    // A bad colour and no name: the reason, nothing stored.
    tab.colour()->setText(QStringLiteral("blue"));
    EXPECT_FALSE(tab.save());
    EXPECT_FALSE(tab.error().isEmpty());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM practitioners")).toInt(), 0);
    tab.name()->setText(QStringLiteral("Dr. Kavya Menon"));
    tab.title()->setText(QStringLiteral("Physiotherapist"));
    tab.colour()->setText(QStringLiteral("#2ecc71"));
    tab.phone()->setText(QStringLiteral("98450 11223"));
    ASSERT_TRUE(tab.save()) << qPrintable(tab.error());
    ASSERT_EQ(tab.table()->rowCount(), 1);
    const auto stored = storage::PractitionerRepository(*m_db, m_session).list(false).value().first();
    EXPECT_EQ(stored.colour, QStringLiteral("#2ECC71"));
    EXPECT_EQ(stored.phone, QStringLiteral("+919845011223")) << "stored as the patient phones are";

    // Renaming keeps a change made meanwhile (another desk) to another field.
    domain::Practitioner elsewhere = stored;
    elsewhere.email = QStringLiteral("kavya@clinic.example");
    ASSERT_TRUE(storage::PractitionerRepository(*m_db, m_session).update(elsewhere).ok());
    tab.table()->setCurrentCell(0, 0);
    tab.name()->setText(QStringLiteral("Dr. Kavya Menon-Rao"));
    tab.active()->setChecked(false);
    ASSERT_TRUE(tab.save()) << qPrintable(tab.error());
    const auto renamed = storage::PractitionerRepository(*m_db, m_session).get(stored.meta.id).value();
    EXPECT_EQ(renamed.name, QStringLiteral("Dr. Kavya Menon-Rao"));
    EXPECT_FALSE(renamed.active);
    EXPECT_EQ(renamed.email, QStringLiteral("kavya@clinic.example"));
    tab.table()->setCurrentCell(0, 0);
    tab.active()->setChecked(true);
    ASSERT_TRUE(tab.save());

    // The Users tab now offers her for a practitioner's sign-in; without one it is refused.
    ui::UsersTab &users = *settings.users();
    users.newUser();
    users.login()->setText(QStringLiteral("kavya"));
    users.displayName()->setText(QStringLiteral("Kavya Menon-Rao"));
    users.role()->setCurrentIndex(users.role()->findData(int(domain::Role::Practitioner)));
    users.password()->setText(QStringLiteral("a-long-passphrase"));
    users.practitioner()->setCurrentIndex(0);
    EXPECT_FALSE(users.save()) << "a practitioner's sign-in needs its practitioner";
    ASSERT_EQ(users.practitioner()->findData(stored.meta.id), 1) << "listed after the save in Practitioners";
    users.practitioner()->setCurrentIndex(1);
    ASSERT_TRUE(users.save()) << qPrintable(users.error());
    EXPECT_EQ(scalar(QStringLiteral("SELECT practitioner_id FROM users WHERE login = 'kavya'")).toLongLong(), stored.meta.id);
}

TEST_F(SettingsUiTest, theBackupScheduleIsTheDesksAndARestoreIsNotedForTheNextStart)
{
    QSettings desk(m_dir.filePath(QStringLiteral("desk.ini")), QSettings::IniFormat);
    ui::BackupTab tab(*m_db, &desk);
    tab.show();
    EXPECT_EQ(tab.everyHours()->value(), 24) << "daily by default";
    EXPECT_TRUE(tab.scheduleText().contains(QStringLiteral("due now"))) << qPrintable(tab.scheduleText());
    tab.everyHours()->setValue(0);
    EXPECT_EQ(desk.value(QStringLiteral("backup/everyHours")).toInt(), 0);
    EXPECT_TRUE(tab.scheduleText().contains(QStringLiteral("No automatic"))) << qPrintable(tab.scheduleText());
    tab.everyHours()->setValue(12);
    tab.keep()->setValue(5);
    EXPECT_EQ(desk.value(QStringLiteral("backup/keep")).toInt(), 5);
    QSignalSpy written(&tab, &ui::BackupTab::backupWritten);
    ASSERT_TRUE(tab.backupNow());
    ASSERT_TRUE(written.wait(30000));
    EXPECT_TRUE(tab.scheduleText().contains(QStringLiteral("next automatic backup:"))) << qPrintable(tab.scheduleText());

    // Restore: pick the backup, confirm "at the next start".
    EXPECT_FALSE(tab.restoreButton()->isEnabled()) << "nothing chosen";
    tab.table()->selectRow(0);
    ASSERT_TRUE(tab.restoreButton()->isEnabled());
    const QString chosen = storage::BackupService::list(tab.folder()).first().path;
    QThread::msleep(5);  // backups are named by the millisecond
    ASSERT_TRUE(storage::BackupService::backup(*m_db, tab.folder()).ok()) << "a scheduled backup lands while the list is shown";
    QSignalSpy restart(&tab, &ui::BackupTab::restartRequested);
    QTimer::singleShot(0, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        ASSERT_NE(box, nullptr);
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("restoreLater")), Qt::LeftButton);
    });
    QTest::mouseClick(tab.restoreButton(), Qt::LeftButton);
    EXPECT_EQ(storage::BackupService::pendingRestore(m_path), QFileInfo(chosen).absoluteFilePath()) << "the row chosen, not the newest";
    EXPECT_TRUE(tab.message().contains(QStringLiteral("next time ClinicDesk starts"))) << qPrintable(tab.message());
    EXPECT_EQ(restart.count(), 0) << "later: the app keeps running";
}
