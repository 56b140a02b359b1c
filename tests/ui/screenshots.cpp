// Renders every main screen of the app into PNG files for docs/user-guide.md, on a demo
// database (clinicdesk-admin demo --db FILE). packaging/screenshots.sh builds it, makes a fresh
// demo clinic and runs it under Xvfb (the real X11 platform, as on a desk):
//
//   packaging/screenshots.sh            # writes docs/images/*.png
//   QT_QPA_PLATFORM=offscreen clinicdesk-screenshots --db FILE --out DIR   # without X
//
// The screens are the app's own widgets, signed in as the demo administrator, on the next
// working day at 10:40 (the demo books no weekends), so the pictures do not depend on the day
// they are taken.

#include "clinic/domain/clock.h"
#include "clinic/storage/appointmentrepository.h"
#include "clinic/storage/connection.h"
#include "clinic/storage/patientrepository.h"
#include "clinic/storage/settingsrepository.h"
#include "clinic/storage/userrepository.h"
#include "clinic/sync/syncmanager.h"
#include "clinic/ui/appointmentdialog.h"
#include "clinic/ui/calendarview.h"
#include "clinic/ui/daycalendar.h"
#include "clinic/ui/devicetab.h"
#include "clinic/ui/firstrunwizard.h"
#include "clinic/ui/invoicesview.h"
#include "clinic/ui/logindialog.h"
#include "clinic/ui/mainwindow.h"
#include "clinic/ui/patientformdialog.h"
#include "clinic/ui/patientrecorddialog.h"
#include "clinic/ui/patientsview.h"
#include "clinic/ui/reportsview.h"
#include "clinic/ui/settingsview.h"

#include "support/darkpalette.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cstdio>

using namespace clinic;

namespace {

/// The clock of the pictures: one fixed moment.
class FixedClock final : public domain::Clock
{
public:
    explicit FixedClock(QDateTime at) : m_at(std::move(at)) {}
    [[nodiscard]] QDateTime now() const override { return m_at; }

private:
    QDateTime m_at;
};

QDate nextWorkingDay(QDate day)
{
    while (day.dayOfWeek() > 5)
        day = day.addDays(1);
    return day;
}


} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));  // the same pictures on any machine
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("db"), QStringLiteral("demo database"), QStringLiteral("file")},
                       {QStringLiteral("out"), QStringLiteral("folder for the PNG files"), QStringLiteral("dir")}});
    parser.process(app);
    auto opened = storage::Connection::open(parser.value(QStringLiteral("db")), QStringLiteral("shots"));
    if (!opened) {
        std::fprintf(stderr, "cannot open the database: %s\n", qPrintable(opened.error().message()));
        return 1;
    }
    storage::Connection &db = *opened.value();
    storage::Session session;
    storage::SettingsRepository(db, session).applyTo(session);
    const QDate day = nextWorkingDay(QDate::currentDate());
    const FixedClock clock(QDateTime(day, QTime(10, 40), session.timeZone));
    session.clock = &clock;
    const auto admin = storage::UserRepository(db, session).authenticate(QStringLiteral("admin"), QStringLiteral("admin-demo-1"));
    if (!admin) {
        std::fprintf(stderr, "not a demo database (no admin / admin-demo-1)\n");
        return 1;
    }
    session.userId = admin.value().meta.id;
    session.role = admin.value().role;

    const QDir out(parser.value(QStringLiteral("out")));
    QDir().mkpath(out.path());
    int failed = 0;
    const auto save = [&](QWidget &w, const char *name, QSize size = QSize(1100, 720)) {
        if (size.isValid())
            w.resize(size);
        w.show();
        QApplication::processEvents();
        QTest::qWait(50);  // lazy models and charts settle
        const bool ok = w.grab().save(out.filePath(QLatin1String(name)));
        failed += ok ? 0 : 1;
        std::printf("%s %s\n", ok ? "wrote" : "FAILED", name);
    };

    {
        ui::LoginDialog login(db);
        save(login, "sign-in.png", QSize());
    }
    {
        ui::FirstRunWizard wizard(db);
        save(wizard, "first-run.png", QSize(760, 560));
    }

    QTemporaryDir settingsDir;
    QSettings settings(settingsDir.filePath(QStringLiteral("shots.ini")), QSettings::IniFormat);
    // As in the app: a sync manager that waits for this (not enrolled) desk to be connected.
    sync::SyncEngine::Options syncOptions;
    syncOptions.databasePath = db.path();
    syncOptions.connectionName = QStringLiteral("shots-sync");
    sync::SyncManager syncManager(syncOptions);
    syncManager.start();
    ui::MainWindow window(db, session, admin.value(), settings, &syncManager);
    window.showPage(ui::MainWindow::Today);
    save(window, "today.png", QSize(1200, 760));
    window.showPage(ui::MainWindow::Patients);
    QTest::keyClicks(window.patientsView()->searchBox(), QStringLiteral("ra"));
    save(window, "patients.png", QSize(1200, 760));
    window.showPage(ui::MainWindow::Calendar);
    window.calendarView()->calendar()->setDay(day);
    save(window, "calendar.png", QSize(1200, 900));
    window.showPage(ui::MainWindow::Invoices);
    save(window, "invoices.png", QSize(1200, 760));
    window.showPage(ui::MainWindow::Settings);
    if (auto *settingsView = window.findChild<ui::SettingsView *>()) {
        settingsView->setCurrentWidget(settingsView->device());
        save(window, "settings-this-desk.png", QSize(1200, 760));
    }

    const auto appointments = storage::AppointmentRepository(db, session).forDay(day);
    if (appointments && !appointments.value().isEmpty()) {
        const domain::Appointment &first = appointments.value().first();
        ui::PatientRecordDialog record(db, session, first.patientId);
        save(record, "patient-record.png", QSize(820, 600));
        const auto patient = storage::PatientRepository(db, session).get(first.patientId);
        if (patient) {
            ui::PatientFormDialog form(db, session, patient.value());
            save(form, "patient-form.png", QSize());
        }
        ui::AppointmentDialog booking(db, session, first.practitionerId, QDateTime(day, QTime(16, 0), session.timeZone), first.patientId);
        save(booking, "book-appointment.png", QSize());
    }

    ui::ReportsView reports(db, session);
    const auto settled = [&reports] { return QTest::qWaitFor([&reports] { return !reports.isBusy(); }, 60000); };  // a worker thread makes them
    reports.setReport(ui::ReportBuilder::Kind::RevenueByMonth);
    reports.setPreset(ui::ReportsView::FiscalYear);
    settled();
    save(reports, "reports-revenue-by-month.png");
    reports.setReport(ui::ReportBuilder::Kind::Collections);
    reports.setPreset(ui::ReportsView::ThisMonth);
    settled();
    save(reports, "reports-collections.png");
    reports.setReport(ui::ReportBuilder::Kind::Outstanding);
    settled();
    save(reports, "reports-outstanding.png");
    reports.setReport(ui::ReportBuilder::Kind::AppointmentsByWeekday);
    settled();
    save(reports, "reports-appointments-by-weekday.png");

    // The same day on a dark system theme.
    QApplication::setPalette(test::darkPalette());
    window.showPage(ui::MainWindow::Calendar);
    save(window, "calendar-dark.png", QSize(1200, 900));
    syncManager.stop();
    return failed == 0 ? 0 : 1;
}
