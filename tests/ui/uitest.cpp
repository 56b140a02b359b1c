// The desktop app's widgets, driven offscreen with real keyboard events on a real database.
#include "clinic/storage/appointmentrepository.h"
#include "clinic/storage/invoicerepository.h"
#include "clinic/storage/paymentrepository.h"
#include "clinic/storage/patientrepository.h"
#include "clinic/storage/practitionerrepository.h"
#include "clinic/storage/userrepository.h"
#include "clinic/ui/appointmentdialog.h"
#include "clinic/ui/appointmentstatuscommand.h"
#include "clinic/ui/calendarview.h"
#include "clinic/ui/daycalendar.h"
#include "clinic/ui/firstrunwizard.h"
#include "clinic/ui/logopicker.h"
#include "clinic/ui/idlewatcher.h"
#include "clinic/ui/logindialog.h"
#include "clinic/ui/mainwindow.h"
#include "clinic/ui/patientformdialog.h"
#include "clinic/ui/patientlistmodel.h"
#include "clinic/ui/patientrecorddialog.h"
#include "ui_patientform.h"
#include "clinic/ui/patientsview.h"
#include "clinic/ui/synclogdialog.h"
#include "clinic/ui/syncstatuslabel.h"
#include "clinic/ui/todaymodel.h"
#include "clinic/ui/todayview.h"

#include "support/fixtures.h"
#include "support/tempdatabase.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTimeEdit>
#include <QUndoStack>

using namespace clinic;

class UiTest : public test::TempDatabaseTest
{
protected:
    qint64 addPatient(const char *first, const char *last, const char *phone = "")
    {
        const auto saved = storage::PatientRepository(*m_db, m_session).create(test::patient(first, last, phone));
        EXPECT_TRUE(saved.ok()) << (saved.ok() ? "" : saved.error().message().toStdString());
        return saved.ok() ? saved.value().meta.id : 0;
    }
    static void type(QWidget *widget, const QString &text)
    {
        QTest::keyClicks(widget, text);
        QApplication::processEvents();
    }
    domain::User signedInUser()
    {
        const qint64 id = makeUser("frontdesk", domain::Role::Reception);
        return storage::UserRepository(*m_db, m_session).get(id).value();
    }
    QString settingsFile() const { return m_dir.filePath(QStringLiteral("ui.ini")); }
};

TEST_F(UiTest, aWrongPasswordIsRefusedNextToTheFieldsAndTheRightOneSignsIn)
{
    makeUser("frontdesk", domain::Role::Reception);
    ui::LoginDialog dialog(*m_db);
    dialog.show();
    type(dialog.loginField(), QStringLiteral("frontdesk"));
    type(dialog.passwordField(), QStringLiteral("not the password"));
    QTest::keyClick(dialog.passwordField(), Qt::Key_Return);
    EXPECT_FALSE(dialog.errorText().isEmpty()) << "the reason is shown";
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_TRUE(dialog.isVisible()) << "the dialog stays for another try";
    EXPECT_TRUE(dialog.passwordField()->text().isEmpty()) << "the wrong password is cleared";

    type(dialog.passwordField(), QStringLiteral("test password"));
    QTest::keyClick(dialog.passwordField(), Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.user().login, QStringLiteral("frontdesk"));
    EXPECT_EQ(dialog.user().role, domain::Role::Reception);
}

TEST_F(UiTest, anEmptyLoginIsAskedForWithoutCheckingAnything)
{
    ui::LoginDialog dialog(*m_db);
    dialog.show();
    QTest::keyClick(dialog.loginField(), Qt::Key_Return);
    EXPECT_EQ(dialog.errorText(), QStringLiteral("Enter your user name and password."));
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
}

TEST_F(UiTest, searchUpdatesAsYouTypeIgnoresAccentsAndEnterOpensASingleMatch)
{
    addPatient("José", "Fernández", "9811111111");
    const qint64 jose2 = addPatient("Josefina", "Ruiz", "9822222222");
    addPatient("Meera", "Nair", "9833333333");
    ui::PatientsView view(*m_db, m_session);
    view.show();
    QSignalSpy opened(&view, &ui::PatientsView::patientOpened);

    type(view.searchBox(), QStringLiteral("jose"));
    EXPECT_EQ(view.model()->rowCount(), 2) << "accent-insensitive prefix: José and Josefina";
    type(view.searchBox(), QStringLiteral("fi"));
    ASSERT_EQ(view.model()->rowCount(), 1);
    QTest::keyClick(view.searchBox(), Qt::Key_Return);
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened.first().at(0).toLongLong(), jose2);

    view.searchBox()->clear();
    type(view.searchBox(), QStringLiteral("9833"));
    ASSERT_EQ(view.model()->rowCount(), 1) << "phone prefix";
    EXPECT_EQ(view.model()->patient(0).firstName, QStringLiteral("Meera"));
}

TEST_F(UiTest, noMatchOffersANewPatientPrefilledWithWhatWasTyped)
{
    addPatient("Meera", "Nair");
    ui::PatientsView view(*m_db, m_session);
    view.show();
    QSignalSpy requested(&view, &ui::PatientsView::newPatientRequested);
    type(view.searchBox(), QStringLiteral("Zoya Khan"));
    EXPECT_EQ(view.model()->rowCount(), 0);
    EXPECT_TRUE(view.statusText().contains(QStringLiteral("Press Enter to register"))) << view.statusText().toStdString();
    QTest::keyClick(view.searchBox(), Qt::Key_Return);
    ASSERT_EQ(requested.size(), 1);
    EXPECT_EQ(requested.first().at(0).toString(), QStringLiteral("Zoya Khan"));
}

TEST_F(UiTest, theListLoadsPageByPageAsTheViewScrolls)
{
    {
        storage::PatientRepository patients(*m_db, m_session);
        for (int i = 0; i < 180; ++i) {
            auto p = test::patient("Common", "Surname");
            p.firstName = QStringLiteral("Common") + QChar(u'a' + i % 26) + QChar(u'a' + i / 26);
            ASSERT_TRUE(patients.create(p).ok());
        }
    }
    ui::PatientListModel model(*m_db, m_session);
    model.setSearchText(QStringLiteral("surname"));
    EXPECT_EQ(model.rowCount(), ui::PatientListModel::kPage) << "only the first page is loaded";
    ASSERT_TRUE(model.canFetchMore({}));
    const qint64 first = model.patientId(0);
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 3 * ui::PatientListModel::kPage);
    EXPECT_EQ(model.patientId(0), first) << "rows already shown stay where they are";
    while (model.canFetchMore({}))
        model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 180);
}

TEST_F(UiTest, theMainWindowShowsTheUserTheSyncStateAndTodaysAppointmentsAndRemembersItsPage)
{
    const qint64 patient = addPatient("Farida", "Khan");
    const auto doctor = storage::PractitionerRepository(*m_db, m_session).create(test::practitioner("Dr. Sen"));
    ASSERT_TRUE(doctor.ok());
    ASSERT_TRUE(storage::AppointmentRepository(*m_db, m_session).create(test::appointment(patient, doctor.value().meta.id, m_session.today(), 11)).ok());
    const domain::User user = signedInUser();
    {
        QSettings settings(settingsFile(), QSettings::IniFormat);
        ui::MainWindow window(*m_db, m_session, user, settings, nullptr);
        window.show();
        EXPECT_EQ(window.currentPage(), ui::MainWindow::Patients) << "the first start opens on patients";
        EXPECT_TRUE(window.findChild<QLabel *>(QStringLiteral("signedInUser"))->text().contains(QStringLiteral("Test User")));
        EXPECT_EQ(window.syncStatus()->text(), QStringLiteral("Not connected to a sync server"));
        const ui::TodayModel &today = *window.todayView()->model();
        ASSERT_EQ(today.rowCount(), 1);
        EXPECT_EQ(today.data(today.index(0, ui::TodayModel::Patient)).toString(), QStringLiteral("Farida Khan"));
        EXPECT_EQ(today.data(today.index(0, ui::TodayModel::Practitioner)).toString(), QStringLiteral("Dr. Sen"));
        QApplication::setActiveWindow(&window);  // shortcuts need an active window
        QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier);
        EXPECT_EQ(window.currentPage(), ui::MainWindow::Today);
    }
    QSettings settings(settingsFile(), QSettings::IniFormat);
    ui::MainWindow again(*m_db, m_session, user, settings, nullptr);
    again.show();
    EXPECT_EQ(again.currentPage(), ui::MainWindow::Today) << "the last view is restored";
    QApplication::setActiveWindow(&again);
    QTest::keyClick(&again, Qt::Key_F, Qt::ControlModifier);
    EXPECT_EQ(again.currentPage(), ui::MainWindow::Patients);
    EXPECT_TRUE(again.patientsView()->searchBox()->hasFocus() || QApplication::focusWidget() == again.patientsView()->searchBox())
        << "Ctrl+F puts the cursor in the search box";
}

TEST_F(UiTest, theSyncIndicatorCountsChangesWaitingToBeSent)
{
    addPatient("Farida", "Khan");
    addPatient("Meera", "Nair");
    ui::SyncStatusLabel label(*m_db, nullptr);
    EXPECT_EQ(label.pending(), 2) << "two patients never pushed (their audit entries travel with them, uncounted)";
}

TEST_F(UiTest, theFormShowsEachMessageNextToItsFieldAsYouTypeAndRefusesABadSave)
{
    ui::PatientFormDialog dialog(*m_db, m_session, QString());
    dialog.show();
    EXPECT_TRUE(dialog.errorFor(QStringLiteral("firstName")).isEmpty()) << "an untouched form does not shout";
    type(dialog.form().phone, QStringLiteral("12ab"));
    EXPECT_FALSE(dialog.errorFor(QStringLiteral("phone")).isEmpty()) << "a bad phone is flagged while typing";
    EXPECT_TRUE(dialog.errorFor(QStringLiteral("firstName")).isEmpty());
    type(dialog.form().dateOfBirth, QStringLiteral("31/02/1990"));
    EXPECT_EQ(dialog.errorFor(QStringLiteral("dateOfBirth")), QStringLiteral("Write the date as dd/mm/yyyy."));

    QTest::mouseClick(dialog.form().buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    EXPECT_FALSE(dialog.errorFor(QStringLiteral("firstName")).isEmpty()) << "save marks the missing name";
    EXPECT_FALSE(dialog.formError().isEmpty());
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM patients")).toInt(), 0) << "nothing written";

    dialog.form().phone->clear();
    type(dialog.form().phone, QStringLiteral("98765 43210"));
    dialog.form().dateOfBirth->clear();
    type(dialog.form().dateOfBirth, QStringLiteral("14/03/1988"));
    type(dialog.form().firstName, QStringLiteral("Aditi"));
    type(dialog.form().lastName, QStringLiteral("Rao"));
    EXPECT_TRUE(dialog.errorFor(QStringLiteral("phone")).isEmpty());
    QTest::mouseClick(dialog.form().buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.formError().toStdString();
    EXPECT_EQ(dialog.saved().phone, QStringLiteral("+919876543210"));
    EXPECT_EQ(dialog.saved().dateOfBirth, QDate(1988, 3, 14));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM patients")).toInt(), 1);
}

TEST_F(UiTest, aLikelyDuplicateIsShownBeforeSavingWithOpenExisting)
{
    const qint64 existing = addPatient("Farida", "Khan", "9812312312");
    {
        ui::PatientFormDialog dialog(*m_db, m_session, QStringLiteral("98123 12312"));
        dialog.show();
        EXPECT_EQ(dialog.form().phone->text(), QStringLiteral("98123 12312")) << "a number typed in search prefills the phone";
        type(dialog.form().firstName, QStringLiteral("F"));
        QTest::mouseClick(dialog.form().buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
        ASSERT_TRUE(dialog.duplicatesShown()) << "same phone: shown before saving";
        EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM patients")).toInt(), 1);
        QTest::mouseClick(dialog.form().openExisting, Qt::LeftButton);
        EXPECT_EQ(dialog.openExistingId(), existing);
        EXPECT_EQ(dialog.result(), QDialog::Rejected);
    }
    ui::PatientFormDialog dialog(*m_db, m_session, QStringLiteral("Farida Khan"));
    dialog.show();
    EXPECT_EQ(dialog.form().firstName->text(), QStringLiteral("Farida"));
    EXPECT_EQ(dialog.form().lastName->text(), QStringLiteral("Khan"));
    type(dialog.form().phone, QStringLiteral("9812312312"));
    QTest::mouseClick(dialog.form().buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    ASSERT_TRUE(dialog.duplicatesShown());
    QTest::mouseClick(dialog.form().buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted) << "a second press saves anyway (twins share phones)";
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM patients")).toInt(), 2);
}

TEST_F(UiTest, editingAPatientChangesOnlyThatPatient)
{
    const qint64 id = addPatient("Meera", "Nair", "9833333333");
    addPatient("Other", "Person");
    const auto patient = storage::PatientRepository(*m_db, m_session).get(id);
    ui::PatientFormDialog dialog(*m_db, m_session, patient.value());
    dialog.show();
    EXPECT_EQ(dialog.form().firstName->text(), QStringLiteral("Meera"));
    dialog.form().alerts->setPlainText(QStringLiteral("Knee replacement 2024"));
    QTest::mouseClick(dialog.form().buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.formError().toStdString();
    EXPECT_EQ(storage::PatientRepository(*m_db, m_session).get(id).value().alerts, QStringLiteral("Knee replacement 2024"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM patients WHERE alerts <> ''")).toInt(), 1);
}

TEST_F(UiTest, theFrontDeskChecksPatientsInWithOneKeyAndSeesWaitingTimeAndBalance)
{
    const qint64 farida = addPatient("Farida", "Khan");
    const qint64 meera = addPatient("Meera", "Nair");
    const auto doctor = storage::PractitionerRepository(*m_db, m_session).create(test::practitioner("Dr. Sen"));
    ASSERT_TRUE(doctor.ok());
    storage::AppointmentRepository appointments(*m_db, m_session);
    ASSERT_TRUE(appointments.create(test::appointment(farida, doctor.value().meta.id, m_session.today(), 10)).ok());
    ASSERT_TRUE(appointments.create(test::appointment(meera, doctor.value().meta.id, m_session.today(), 11)).ok());
    ASSERT_TRUE(appointments.create(test::appointment(meera, doctor.value().meta.id, m_session.today().addDays(1), 11)).ok());
    domain::Invoice invoice;
    invoice.patientId = meera;
    invoice.lines << test::line("Session", 80000);
    storage::InvoiceRepository invoices(*m_db, m_session);
    ASSERT_TRUE(invoices.issue(invoices.createDraft(invoice).value().meta.id, {QStringLiteral("FD"), 4}).ok());

    QUndoStack undo;
    ui::TodayView view(*m_db, m_session, undo);
    view.show();
    const ui::TodayModel &model = *view.model();
    ASSERT_EQ(model.rowCount(), 2) << "only today's";
    const auto cell = [&](int row, int column) { return model.data(model.index(row, column)).toString(); };
    EXPECT_EQ(cell(0, ui::TodayModel::Patient), QStringLiteral("Farida Khan"));
    EXPECT_TRUE(cell(0, ui::TodayModel::Balance).isEmpty());
    EXPECT_TRUE(cell(1, ui::TodayModel::Balance).contains(QStringLiteral("800"))) << cell(1, ui::TodayModel::Balance).toStdString();

    view.table()->setFocus();
    view.table()->setCurrentIndex(model.index(0, 0));
    QTest::keyClick(view.table(), Qt::Key_A);
    EXPECT_EQ(model.appointment(0).status, domain::AppointmentStatus::Arrived);
    EXPECT_EQ(scalar(QStringLiteral("SELECT status FROM appointments WHERE patient_id = %1").arg(farida)).toString(), QStringLiteral("arrived"));
    EXPECT_FALSE(cell(0, ui::TodayModel::Arrived).isEmpty());
    EXPECT_EQ(cell(0, ui::TodayModel::Waiting), QStringLiteral("0 min"));
    m_clock.advanceMs(12 * 60 * 1000);
    view.refresh();
    EXPECT_EQ(cell(0, ui::TodayModel::Waiting), QStringLiteral("12 min"));
    EXPECT_EQ(view.table()->currentIndex().row(), 0) << "the selection survives a refresh";
    QTest::keyClick(view.table(), Qt::Key_R);
    EXPECT_EQ(model.appointment(0).status, domain::AppointmentStatus::InRoom);
    EXPECT_TRUE(cell(0, ui::TodayModel::Waiting).isEmpty()) << "no longer waiting";

    // Undo and redo, as a receptionist who pressed the wrong key would.
    ASSERT_EQ(undo.count(), 2);
    undo.undo();
    view.refresh();
    EXPECT_EQ(model.appointment(0).status, domain::AppointmentStatus::Arrived);
    undo.undo();
    view.refresh();
    EXPECT_EQ(model.appointment(0).status, domain::AppointmentStatus::Booked);
    EXPECT_FALSE(model.appointment(0).arrivedAt.has_value()) << "the check-in is undone completely";
    undo.redo();
    view.refresh();
    EXPECT_EQ(model.appointment(0).status, domain::AppointmentStatus::Arrived);
    EXPECT_EQ(scalar(QStringLiteral("SELECT status FROM appointments WHERE patient_id = %1").arg(farida)).toString(), QStringLiteral("arrived"));
    EXPECT_GE(scalar(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE table_name = 'appointments'")).toInt(), 1)
        << "each step is an ordinary save, captured for sync";
}

TEST_F(UiTest, theDayCalendarPutsEachAppointmentInItsPractitionersColumnAtItsTimeAndFlagsDoubleBookings)
{
    const qint64 farida = addPatient("Farida", "Khan");
    const qint64 meera = addPatient("Meera", "Nair");
    storage::PractitionerRepository practitioners(*m_db, m_session);
    const qint64 sen = practitioners.create(test::practitioner("Dr. Sen")).value().meta.id;
    const qint64 vidal = practitioners.create(test::practitioner("Dr. Vidal")).value().meta.id;
    storage::AppointmentRepository appointments(*m_db, m_session);
    const QDate day = m_session.today();
    const qint64 a = appointments.create(test::appointment(farida, sen, day, 10)).value().meta.id;
    const qint64 b = appointments.create(test::appointment(meera, vidal, day, 10)).value().meta.id;
    const qint64 c = appointments.create(test::appointment(meera, sen, day, 10, 15)).value().meta.id;  // overlaps a
    const qint64 d = appointments.create(test::appointment(farida, sen, day, 14)).value().meta.id;
    const qint64 tomorrow = appointments.create(test::appointment(farida, sen, day.addDays(1), 9)).value().meta.id;

    ui::CalendarView view(*m_db, m_session);
    view.resize(900, 700);
    view.show();
    ui::DayCalendar &calendar = *view.calendar();
    ASSERT_EQ(calendar.appointments().size(), 4);
    EXPECT_TRUE(calendar.rectFor(tomorrow).isEmpty());
    const QRect ra = calendar.rectFor(a);
    const QRect rb = calendar.rectFor(b);
    const QRect rd = calendar.rectFor(d);
    EXPECT_LT(ra.center().x(), rb.center().x()) << "Dr. Sen's column comes before Dr. Vidal's";
    EXPECT_EQ(ra.top(), rb.top()) << "same time, same height on the grid";
    EXPECT_GT(rd.top(), ra.bottom()) << "14:00 is below 10:00";
    EXPECT_EQ(ra.height(), rd.height()) << "30 minutes each";
    EXPECT_EQ(calendar.appointmentAt(rd.center()), d);
    EXPECT_EQ(calendar.appointmentAt(QPoint(rd.center().x(), rd.bottom() + 40)), 0) << "a free slot";
    EXPECT_TRUE(calendar.isDoubleBooked(a) && calendar.isDoubleBooked(c)) << "same practitioner, overlapping";
    EXPECT_FALSE(calendar.isDoubleBooked(b) || calendar.isDoubleBooked(d));

    // Cancelled appointments free their slot: the flag goes.
    ASSERT_TRUE(appointments.setStatus(c, domain::AppointmentStatus::Cancelled, QStringLiteral("Patient called")).ok());
    calendar.reload();
    EXPECT_FALSE(calendar.isDoubleBooked(a));

    // Keyboard: next day, back, selection through the day, Enter opens.
    QSignalSpy activated(&calendar, &ui::DayCalendar::appointmentActivated);
    calendar.setFocus();
    QTest::keyClick(&calendar, Qt::Key_Right);
    EXPECT_EQ(calendar.day(), day.addDays(1));
    ASSERT_EQ(calendar.appointments().size(), 1);
    EXPECT_TRUE(view.dateText().contains(QString::number(day.addDays(1).day())));
    QTest::keyClick(&calendar, Qt::Key_Home);
    EXPECT_EQ(calendar.day(), day);
    QTest::keyClick(&calendar, Qt::Key_Down);
    QTest::keyClick(&calendar, Qt::Key_Down);
    QTest::keyClick(&calendar, Qt::Key_Return);
    ASSERT_EQ(activated.size(), 1);
    EXPECT_EQ(activated.first().at(0).toLongLong(), calendar.appointments().at(1).meta.id);

    QSignalSpy status(&calendar, &ui::DayCalendar::statusRequested);
    QTest::keyClick(&calendar, Qt::Key_X);
    QTest::keyClick(&calendar, Qt::Key_A);
    ASSERT_EQ(status.size(), 2);
    EXPECT_EQ(status.at(0).at(1).value<domain::AppointmentStatus>(), domain::AppointmentStatus::Cancelled);
    EXPECT_EQ(status.at(1).at(1).value<domain::AppointmentStatus>(), domain::AppointmentStatus::Arrived);
}

TEST_F(UiTest, theFirstRunWizardCreatesTheClinicProfileAndTheFirstAdministratorInOneGo)
{
    ui::FirstRunWizard wizard(*m_db);
    wizard.setHashIterations(1000);
    wizard.show();
    ASSERT_EQ(wizard.currentId(), ui::FirstRunWizard::Intro);
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ui::FirstRunWizard::Clinic);
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled()) << "the clinic needs a name";
    wizard.findChild<QLineEdit *>(QStringLiteral("clinicName"))->setText(QStringLiteral("Clínica Norte"));  // keyClicks is ASCII-only
    auto *country = wizard.findChild<QComboBox *>(QStringLiteral("country"));
    country->setCurrentIndex(country->findData(QStringLiteral("ES")));
    EXPECT_EQ(wizard.findChild<QComboBox *>(QStringLiteral("timeZone"))->currentData().toString(), QStringLiteral("Europe/Madrid"));
    // The letterhead's logo: a file that is no image is refused next to it; an image is taken.
    EXPECT_FALSE(wizard.logo()->loadFile(m_dir.filePath(QStringLiteral("not-an-image.png"))));
    EXPECT_FALSE(wizard.logo()->error()->text().isEmpty());
    QImage mark(600, 300, QImage::Format_RGB32);
    mark.fill(QColor(0x2e, 0x86, 0xc1));
    ASSERT_TRUE(mark.save(m_dir.filePath(QStringLiteral("mark.png"))));
    ASSERT_TRUE(wizard.logo()->loadFile(m_dir.filePath(QStringLiteral("mark.png"))));
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ui::FirstRunWizard::Admin);
    wizard.findChild<QLineEdit *>(QStringLiteral("adminName"))->setText(QStringLiteral("Lucía Gómez"));
    type(wizard.findChild<QLineEdit *>(QStringLiteral("adminLogin")), QStringLiteral("lucia"));
    type(wizard.findChild<QLineEdit *>(QStringLiteral("adminPassword")), QStringLiteral("correct horse"));
    type(wizard.findChild<QLineEdit *>(QStringLiteral("adminPasswordAgain")), QStringLiteral("correct hose"));
    wizard.next();
    EXPECT_EQ(wizard.currentId(), ui::FirstRunWizard::Admin) << "mismatched passwords stop here";
    EXPECT_EQ(wizard.errorText().toStdString(), "The two passwords are not the same.");
    auto *again = wizard.findChild<QLineEdit *>(QStringLiteral("adminPasswordAgain"));
    again->clear();
    type(again, QStringLiteral("correct horse"));
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ui::FirstRunWizard::Practice);
    type(wizard.findChild<QLineEdit *>(QStringLiteral("practitionerName")), QStringLiteral("Dr. Vidal"));
    type(wizard.findChild<QLineEdit *>(QStringLiteral("serviceName")), QStringLiteral("Fisioterapia 45 min"));
    type(wizard.findChild<QLineEdit *>(QStringLiteral("servicePrice")), QStringLiteral("abc"));
    wizard.accept();
    EXPECT_EQ(wizard.result(), QDialog::Rejected) << "a bad price keeps the wizard open";
    EXPECT_FALSE(wizard.errorText().isEmpty());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM users")).toInt(), 0) << "nothing written";
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM settings WHERE key = 'clinic.name'")).toInt(), 0);

    auto *price = wizard.findChild<QLineEdit *>(QStringLiteral("servicePrice"));
    price->clear();
    type(price, QStringLiteral("45.50"));
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ui::FirstRunWizard::Server);
    type(wizard.findChild<QLineEdit *>(QStringLiteral("serverUrl")), QStringLiteral("clinic server"));
    wizard.accept();
    EXPECT_EQ(wizard.result(), QDialog::Rejected);
    EXPECT_TRUE(wizard.errorText().contains(QStringLiteral("https://"))) << wizard.errorText().toStdString();
    auto *url = wizard.findChild<QLineEdit *>(QStringLiteral("serverUrl"));
    url->clear();
    type(url, QStringLiteral("https://192.168.1.20:8443"));
    wizard.accept();
    EXPECT_TRUE(wizard.errorText().contains(QStringLiteral("one-time code"))) << wizard.errorText().toStdString();
    type(wizard.findChild<QLineEdit *>(QStringLiteral("enrollmentCode")), QStringLiteral("K7Q2-9XW4"));
    wizard.accept();
    ASSERT_EQ(wizard.result(), QDialog::Accepted) << wizard.errorText().toStdString();
    EXPECT_EQ(wizard.enrollment().serverUrl, QStringLiteral("https://192.168.1.20:8443"));
    EXPECT_EQ(wizard.enrollment().code, QStringLiteral("K7Q2-9XW4"));
    EXPECT_EQ(wizard.enrollment().deviceName, QStringLiteral("Front desk"));
    EXPECT_EQ(wizard.adminLogin(), QStringLiteral("lucia"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'clinic.name'")).toString(), QStringLiteral("Clínica Norte"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'clinic.currency'")).toString(), QStringLiteral("EUR"));
    QImage logo;
    ASSERT_TRUE(logo.loadFromData(QByteArray::fromBase64(scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'clinic.logoPng'")).toByteArray()), "PNG"));
    EXPECT_EQ(logo.size(), QSize(400, 200)) << "scaled to the letterhead's 400 px";
    EXPECT_EQ(scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'billing.fiscalYearStartMonth'")).toString(), QStringLiteral("1"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT price_minor FROM services")).toLongLong(), 4550);
    EXPECT_EQ(scalar(QStringLiteral("SELECT name FROM practitioners")).toString(), QStringLiteral("Dr. Vidal"));
    const auto admin = storage::UserRepository(*m_db, m_session).authenticate(QStringLiteral("lucia"), QStringLiteral("correct horse"));
    ASSERT_TRUE(admin.ok());
    EXPECT_EQ(admin.value().role, domain::Role::Admin);
}

TEST_F(UiTest, bookingFindsThePatientByTypingAndAnOverlapIsRefusedForReceptionAndConfirmedByAnAdmin)
{
    const qint64 farida = addPatient("Farida", "Khan", "9812312312");
    addPatient("Meera", "Nair");
    const qint64 sen = storage::PractitionerRepository(*m_db, m_session).create(test::practitioner("Dr. Sen")).value().meta.id;
    storage::AppointmentRepository appointments(*m_db, m_session);
    const QDate day = m_session.today().addDays(1);
    ASSERT_TRUE(appointments.create(test::appointment(farida, sen, day, 10)).ok());  // 10:00-10:30 clinic time

    // The calendar's slot under the mouse is the practitioner's column at that quarter hour.
    ui::DayCalendar calendar(*m_db, m_session);
    calendar.resize(600, 1200);
    calendar.setDay(day);
    const QRect booked = calendar.rectFor(calendar.appointments().first().meta.id);
    const auto [practitioner, start] = calendar.slotAt(QPoint(booked.center().x(), booked.top() + 1));
    EXPECT_EQ(practitioner, sen);
    EXPECT_EQ(start.time(), QTime(10, 0));

    storage::Session reception = m_session;
    reception.role = domain::Role::Reception;
    ui::AppointmentDialog dialog(*m_db, reception, sen, QDateTime(day, QTime(10, 15), m_session.timeZone));
    dialog.show();
    QTest::mouseClick(dialog.bookButton(), Qt::LeftButton);
    EXPECT_EQ(dialog.message().toStdString(), "Choose the patient first.");
    type(dialog.patientSearch(), QStringLiteral("meera"));
    ASSERT_EQ(dialog.patientChoice()->count(), 1);
    QTest::mouseClick(dialog.bookButton(), Qt::LeftButton);
    EXPECT_TRUE(dialog.message().contains(QStringLiteral("Choose another time"))) << dialog.message().toStdString();
    QTest::mouseClick(dialog.bookButton(), Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Rejected) << "reception cannot double-book";
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM appointments")).toInt(), 1);

    dialog.timeEdit()->setTime(QTime(10, 30));
    QTest::mouseClick(dialog.bookButton(), Qt::LeftButton);
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.message().toStdString();
    EXPECT_EQ(dialog.saved().startAt, QDateTime(day, QTime(10, 30), m_session.timeZone).toUTC());
    EXPECT_EQ(dialog.saved().endAt, dialog.saved().startAt.addSecs(30 * 60));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM appointments")).toInt(), 2);

    ui::AppointmentDialog admin(*m_db, m_session, sen, QDateTime(day, QTime(10, 0), m_session.timeZone), farida);
    admin.show();
    QTest::mouseClick(admin.bookButton(), Qt::LeftButton);
    EXPECT_TRUE(admin.message().contains(QStringLiteral("Press Book again"))) << admin.message().toStdString();
    QTest::mouseClick(admin.bookButton(), Qt::LeftButton);
    EXPECT_EQ(admin.result(), QDialog::Accepted) << "an administrator may double-book on purpose";
    calendar.reload();
    EXPECT_TRUE(calendar.isDoubleBooked(admin.saved().meta.id)) << "and the calendar flags it";
}

TEST_F(UiTest, theIdleWatcherFiresOnlyAfterTheUserStopsTouchingTheApp)
{
    QWidget widget;
    widget.show();
    ui::IdleWatcher watcher(300);
    QSignalSpy idle(&watcher, &ui::IdleWatcher::idle);
    watcher.start();
    for (int i = 0; i < 5; ++i) {
        QTest::qWait(100);
        QTest::keyClick(&widget, Qt::Key_Shift);  // the user is still there
    }
    EXPECT_TRUE(idle.isEmpty()) << "input keeps restarting the wait";
    EXPECT_TRUE(idle.wait(2000));
}

TEST_F(UiTest, aLockedWindowHidesTheClinicUntilTheSameUserSignsInAndCanSignOut)
{
    addPatient("Farida", "Khan");
    const domain::User user = signedInUser();  // reception, "test password"
    QSettings settings(settingsFile(), QSettings::IniFormat);
    storage::Session session = m_session;
    session.role = user.role;
    session.userId = user.meta.id;
    ui::MainWindow window(*m_db, session, user, settings, nullptr);
    window.show();
    EXPECT_TRUE(window.findChild<QListWidget *>(QStringLiteral("navigation"))->item(ui::MainWindow::Settings)->isHidden())
        << "settings are for administrators";
    window.showPage(ui::MainWindow::Settings);
    EXPECT_NE(window.currentPage(), ui::MainWindow::Settings);

    window.lock();
    ASSERT_TRUE(window.isLocked());
    EXPECT_FALSE(window.centralWidget()->isVisible()) << "nothing of the clinic on screen";
    auto *dialog = window.findChild<ui::LoginDialog *>(QStringLiteral("lockDialog"));
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->loginField()->isReadOnly());
    EXPECT_EQ(dialog->loginField()->text(), QStringLiteral("frontdesk"));
    type(dialog->passwordField(), QStringLiteral("wrong"));
    QTest::keyClick(dialog->passwordField(), Qt::Key_Return);
    EXPECT_TRUE(window.isLocked());
    type(dialog->passwordField(), QStringLiteral("test password"));
    QTest::keyClick(dialog->passwordField(), Qt::Key_Return);
    QApplication::processEvents();
    EXPECT_FALSE(window.isLocked());
    EXPECT_TRUE(window.centralWidget()->isVisible());

    QSignalSpy signedOut(&window, &ui::MainWindow::signedOut);
    window.lock();
    auto *again = window.findChild<ui::LoginDialog *>(QStringLiteral("lockDialog"));
    ASSERT_NE(again, nullptr);
    QTest::mouseClick(again->findChild<QPushButton *>(QStringLiteral("signOut")), Qt::LeftButton);
    EXPECT_EQ(signedOut.size(), 1);
}

TEST_F(UiTest, aCancellationKeepsItsReasonAndUndoRestoresTheAppointmentExactly)
{
    const qint64 patient = addPatient("Farida", "Khan");
    const qint64 sen = storage::PractitionerRepository(*m_db, m_session).create(test::practitioner("Dr. Sen")).value().meta.id;
    storage::AppointmentRepository appointments(*m_db, m_session);
    const qint64 id = appointments.create(test::appointment(patient, sen, m_session.today(), 10)).value().meta.id;
    ASSERT_TRUE(appointments.setStatus(id, domain::AppointmentStatus::Confirmed).ok());
    QUndoStack undo;
    QString refused;
    undo.push(new ui::AppointmentStatusCommand(*m_db, m_session, id, domain::AppointmentStatus::Cancelled, QStringLiteral("Patient has fever"), &refused));
    EXPECT_TRUE(refused.isEmpty());
    EXPECT_EQ(appointments.get(id).value().status, domain::AppointmentStatus::Cancelled);
    EXPECT_EQ(appointments.get(id).value().cancelReason, QStringLiteral("Patient has fever"));
    undo.undo();
    const auto back = appointments.get(id).value();
    EXPECT_EQ(back.status, domain::AppointmentStatus::Confirmed);
    EXPECT_TRUE(back.cancelReason.isEmpty());
    EXPECT_FALSE(back.cancelledAt.has_value());

    // A change the repository refuses is reported and never lands on the stack.
    undo.redo();
    ASSERT_EQ(undo.count(), 1);
    undo.push(new ui::AppointmentStatusCommand(*m_db, m_session, id + 999, domain::AppointmentStatus::Arrived, {}, &refused));
    EXPECT_FALSE(refused.isEmpty());
    EXPECT_EQ(undo.count(), 1);
}

TEST_F(UiTest, thePatientRecordShowsAlertsAppointmentsInvoicesAndTheBalance)
{
    auto p = test::patient("Farida", "Khan", "9812312312");
    p.alerts = QStringLiteral("Allergic to ibuprofen");
    const qint64 farida = storage::PatientRepository(*m_db, m_session).create(p).value().meta.id;
    const qint64 sen = storage::PractitionerRepository(*m_db, m_session).create(test::practitioner("Dr. Sen")).value().meta.id;
    storage::AppointmentRepository appointments(*m_db, m_session);
    ASSERT_TRUE(appointments.create(test::appointment(farida, sen, m_session.today().addDays(-7), 10)).ok());
    ASSERT_TRUE(appointments.create(test::appointment(farida, sen, m_session.today().addDays(3), 11)).ok());
    ASSERT_TRUE(appointments.create(test::appointment(farida, sen, m_session.today().addDays(10), 11)).ok());
    domain::Invoice invoice;
    invoice.patientId = farida;
    invoice.lines << test::line("Session", 80000);
    storage::InvoiceRepository invoices(*m_db, m_session);
    const auto issued = invoices.issue(invoices.createDraft(invoice).value().meta.id, {QStringLiteral("FD"), 4});
    ASSERT_TRUE(issued.ok());
    domain::Payment payment;
    payment.patientId = farida;
    payment.invoiceId = issued.value().meta.id;
    payment.amountMinor = 30000;
    ASSERT_TRUE(storage::PaymentRepository(*m_db, m_session).record(payment).ok());

    ui::PatientRecordDialog record(*m_db, m_session, farida);
    record.show();
    EXPECT_EQ(record.alertsText(), QStringLiteral("Alerts: Allergic to ibuprofen"));
    EXPECT_EQ(record.upcoming()->rowCount(), 2);
    EXPECT_EQ(record.past()->rowCount(), 1);
    ASSERT_EQ(record.invoices()->rowCount(), 1);
    EXPECT_EQ(record.invoices()->item(0, 0)->text(), issued.value().numberText);
    EXPECT_TRUE(record.balanceText().startsWith(QStringLiteral("Owes"))) << record.balanceText().toStdString();
    EXPECT_TRUE(record.balanceText().contains(QStringLiteral("500"))) << "800 invoiced - 300 paid";
    ASSERT_EQ(record.payments()->rowCount(), 1);
    EXPECT_TRUE(record.payments()->item(0, 2)->text().contains(QStringLiteral("300"))) << "the payment on the account";
    EXPECT_EQ(record.payments()->item(0, 3)->text(), issued.value().numberText);
    QTest::mouseClick(record.findChild<QPushButton *>(QStringLiteral("book")), Qt::LeftButton);
    EXPECT_EQ(record.result(), ui::PatientRecordDialog::Book);
}

TEST_F(UiTest, theSyncLogListsRefusedRowsAndConcurrentEditsUntilReviewed)
{
    QSqlQuery q(m_db->database());
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO sync_rejections (table_name, row_id, code, field, message, rejected_at) "
                                      "VALUES ('patients', 7, 'invalid_value', 'phone', 'The phone number is not valid.', 1700000000000)")));
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO sync_conflicts (conflict_id, table_name, row_id, remote_id, field, winner_value, loser_value, received_at) "
                                      "VALUES (1, 'patients', 3, 41, 'alerts', '\"Diabetic\"', '\"None\"', 1700000000000)")));
    ui::SyncLogDialog log(*m_db, {QStringLiteral("09:00  sent 3, received 0 changes"), QStringLiteral("09:05  offline: no answer")});
    log.show();
    ASSERT_EQ(log.rejections()->rowCount(), 1);
    EXPECT_TRUE(log.rejections()->item(0, 3)->text().contains(QStringLiteral("The phone number is not valid.")));
    EXPECT_EQ(log.rejections()->item(0, 2)->text(), QStringLiteral("phone"));
    ASSERT_EQ(log.conflicts()->rowCount(), 1);
    EXPECT_EQ(log.conflicts()->item(0, 3)->text(), QStringLiteral("\"Diabetic\""));
    EXPECT_EQ(log.conflicts()->item(0, 4)->text(), QStringLiteral("\"None\""));
    ASSERT_EQ(log.activity()->count(), 2);
    EXPECT_TRUE(log.activity()->item(0)->text().contains(QStringLiteral("offline"))) << "newest first";
    QTest::mouseClick(log.findChild<QPushButton *>(QStringLiteral("markReviewed")), Qt::LeftButton);
    EXPECT_EQ(log.conflicts()->rowCount(), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NOT NULL")).toInt(), 1) << "kept, marked reviewed";
}

TEST_F(UiTest, aPatientIsCheckedInByTypingTheirNameOrPhoneOnToday)
{
    const qint64 jose = addPatient("José", "García", "98450 12345");
    const qint64 anika = addPatient("Anika", "Rao", "98450 67890");
    const qint64 anil = addPatient("Anil", "Rao", "98111 22233");
    const auto doctor = storage::PractitionerRepository(*m_db, m_session).create(test::practitioner("Dr. Sen")).value().meta.id;
    storage::AppointmentRepository appointments(*m_db, m_session);
    const qint64 joseToday = appointments.create(test::appointment(jose, doctor, m_session.today(), 10)).value().meta.id;
    ASSERT_TRUE(appointments.create(test::appointment(anika, doctor, m_session.today(), 11)).ok());
    ASSERT_TRUE(appointments.create(test::appointment(anil, doctor, m_session.today(), 12)).ok());

    QUndoStack undo;
    ui::TodayView view(*m_db, m_session, undo);
    view.show();
    QLineEdit *box = view.checkInBox();
    const auto visible = [&view] {
        int n = 0;
        for (int r = 0; r < view.model()->rowCount(); ++r)
            n += view.table()->isRowHidden(r) ? 0 : 1;
        return n;
    };
    // Accents and case do not matter; Enter checks the one match in, and Ctrl+Z takes it back.
    type(box, QStringLiteral("jose gar"));
    EXPECT_EQ(visible(), 1);
    QTest::keyClick(box, Qt::Key_Return);
    EXPECT_EQ(appointments.get(joseToday).value().status, domain::AppointmentStatus::Arrived);
    EXPECT_EQ(view.message(), QStringLiteral("Checked in José García."));
    EXPECT_TRUE(box->text().isEmpty()) << "ready for the next patient";
    EXPECT_EQ(visible(), 3);
    undo.undo();
    EXPECT_EQ(appointments.get(joseToday).value().status, domain::AppointmentStatus::Booked);

    // Two Raos: nobody is checked in by guesswork; the list is narrowed for the arrow keys.
    type(box, QStringLiteral("rao"));
    EXPECT_EQ(visible(), 2);
    QTest::keyClick(box, Qt::Key_Return);
    EXPECT_TRUE(view.message().startsWith(QStringLiteral("Several"))) << qPrintable(view.message());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM appointments WHERE status = 'arrived'")).toInt(), 0);

    // Part of a phone number finds her; a name nobody has says so.
    box->clear();
    type(box, QStringLiteral("67890"));
    EXPECT_EQ(visible(), 1);
    QTest::keyClick(box, Qt::Key_Return);
    EXPECT_EQ(view.message(), QStringLiteral("Checked in Anika Rao."));
    type(box, QStringLiteral("Zubair"));
    EXPECT_EQ(visible(), 0);
    QTest::keyClick(box, Qt::Key_Return);
    EXPECT_TRUE(view.message().contains(QStringLiteral("Nobody booked today"))) << qPrintable(view.message());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM appointments WHERE status = 'arrived'")).toInt(), 1);
}
