// Renders screens of the app offscreen into PNG files for docs/user-guide.md (run on demand on
// a demo database: clinicdesk-admin demo --db FILE):
//
//   QT_QPA_PLATFORM=offscreen clinicdesk-screenshots --db FILE --out docs/images

#include "clinic/storage/connection.h"
#include "clinic/storage/settingsrepository.h"
#include "clinic/ui/invoicesview.h"
#include "clinic/ui/reportsview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTimeZone>

#include <cstdio>

using namespace clinic;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("db"), QStringLiteral("demo database"), QStringLiteral("file")},
                       {QStringLiteral("out"), QStringLiteral("folder for the PNG files"), QStringLiteral("dir")}});
    parser.process(app);
    auto connection = storage::Connection::open(parser.value(QStringLiteral("db")), QStringLiteral("shots"));
    if (!connection) {
        std::fprintf(stderr, "cannot open the database\n");
        return 1;
    }
    storage::Session session;
    storage::SettingsRepository(*connection.value(), session).applyTo(session);
    const QDir out(parser.value(QStringLiteral("out")));
    QDir().mkpath(out.path());
    const auto save = [&](QWidget &w, const char *name) {
        w.resize(1100, 720);
        w.show();
        QApplication::processEvents();
        const bool ok = w.grab().save(out.filePath(QLatin1String(name)));
        std::printf("%s %s\n", ok ? "wrote" : "FAILED", name);
    };
    ui::ReportsView reports(*connection.value(), session);
    reports.setReport(ui::ReportBuilder::Kind::RevenueByMonth);
    reports.setPreset(ui::ReportsView::FiscalYear);
    save(reports, "reports-revenue-by-month.png");
    reports.setReport(ui::ReportBuilder::Kind::Collections);
    reports.setPreset(ui::ReportsView::ThisMonth);
    save(reports, "reports-collections.png");
    reports.setReport(ui::ReportBuilder::Kind::Outstanding);
    save(reports, "reports-outstanding.png");
    reports.setReport(ui::ReportBuilder::Kind::AppointmentsByWeekday);
    save(reports, "reports-appointments-by-weekday.png");
    ui::InvoicesView invoices(*connection.value(), session);
    save(invoices, "invoices.png");
    return 0;
}
