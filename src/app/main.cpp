// clinicdesk: the desktop application front-desk staff and doctors use all day.
//   clinicdesk [--db FILE]                         sign in and work (default: the per-user database)
//   clinicdesk --smoke --user U --password P       sign in without the dialog, show the window,
//                                                  print what it shows and exit (headless checks)
#include "clinic/log/logging.h"
#include "clinic/storage/connection.h"
#include "clinic/storage/backupservice.h"
#include "clinic/storage/backupscheduler.h"
#include "clinic/storage/patientrepository.h"
#include "clinic/storage/settingsrepository.h"
#include "clinic/storage/userrepository.h"
#include "clinic/sync/syncmanager.h"
#include "clinic/ui/firstrunwizard.h"
#include "clinic/ui/logindialog.h"
#include "clinic/ui/mainwindow.h"
#include "clinic/ui/theme.h"
#include "clinic/ui/todaymodel.h"
#include "clinic/ui/todayview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QProcess>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>
#include <QTextStream>
#include <QTimer>

#include <spdlog/spdlog.h>

#include <memory>

using namespace clinic;

namespace {

bool hasUsers(storage::Connection &connection)
{
    const auto users = storage::UserRepository(connection, storage::Session{}).list();
    return users && !users.value().isEmpty();
}

} // namespace

/// The command line, shared by the no-display path (--version, --help) and the app.
void describeCommandLine(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral("ClinicDesk, the clinic's front desk."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("db"), QStringLiteral("The clinic database (default: %1).").arg(storage::Connection::defaultPath()), QStringLiteral("file")},
        {QStringLiteral("smoke"), QStringLiteral("Sign in with --user/--password, show the main window, print a summary and exit.")},
        {QStringLiteral("user"), QStringLiteral("User name, for --smoke."), QStringLiteral("name")},
        {QStringLiteral("password"), QStringLiteral("Password, for --smoke."), QStringLiteral("password")},
    });
}

int main(int argc, char **argv)
{
    QElapsedTimer startup;  // cold start to usable window, printed by --smoke
    startup.start();
    // --version and --help need no display (a server, a terminal over SSH, a packaging check).
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--version" || arg == "-v" || arg == "--help" || arg == "-h" || arg == "--help-all") {
            QCoreApplication core(argc, argv);
            QCoreApplication::setApplicationName(QStringLiteral("ClinicDesk"));
            QCoreApplication::setApplicationVersion(QStringLiteral(CLINICDESK_VERSION));
            QCommandLineParser parser;
            describeCommandLine(parser);
            parser.process(core);  // prints and exits
            return 0;
        }
    }
#ifdef Q_OS_WIN
    // Qt 6.4 follows Windows' dark mode only when asked (title bars and palette); the native
    // style draws light whatever the palette, so a dark desk gets Fusion below.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "windows:darkmode=2");
#endif
    QApplication app(argc, argv);
#ifdef Q_OS_WIN
    if (ui::theme::isDark(QApplication::palette()))
        QApplication::setStyle(QStringLiteral("Fusion"));
#endif
    QApplication::setOrganizationName(QStringLiteral("ClinicDesk"));
    QApplication::setApplicationName(QStringLiteral("ClinicDesk"));
    QApplication::setApplicationVersion(QStringLiteral(CLINICDESK_VERSION));
    log::installQtMessageHandler();
    spdlog::set_level(spdlog::level::warn);

    QCommandLineParser parser;
    describeCommandLine(parser);
    parser.process(app);
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : storage::Connection::defaultPath();
    const bool smoke = parser.isSet(QStringLiteral("smoke"));
    // The language of the screens: this desk's choice (Settings › This desk), else the system's.
    QTranslator ours, qtBase;
    {
        const QString chosen = QSettings().value(QStringLiteral("ui/language")).toString();
        const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
        if (ours.load(locale, QStringLiteral("clinicdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
            QCoreApplication::installTranslator(&ours);
        if (qtBase.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&qtBase);
    }
    // Logs next to the data (no patient data in them): what support asks for.
    const QString logFolder = QFileInfo(path).absoluteDir().filePath(QStringLiteral("logs"));
    QDir().mkpath(logFolder);
    log::setupFileLogging(logFolder, QStringLiteral("clinicdesk"));

    // A restore chosen in Settings › Backup happens now, before anything opens the database.
    if (const auto restored = storage::BackupService::applyPendingRestore(path); !restored) {
        const QString why = QObject::tr("The backup could not be restored; the database is as it was.\n%1").arg(restored.error().message());
        if (smoke)
            QTextStream(stderr) << why << Qt::endl;
        else
            QMessageBox::warning(nullptr, QObject::tr("ClinicDesk"), why);
    } else if (!restored.value().isEmpty()) {
        const QString note = QObject::tr("The backup %1 was restored. The database as it was before is kept as %2.")
                                 .arg(QDir::toNativeSeparators(restored.value()), QDir::toNativeSeparators(path + QStringLiteral(".before-restore")));
        if (smoke)
            QTextStream(stdout) << note << Qt::endl;
        else
            QMessageBox::information(nullptr, QObject::tr("ClinicDesk"), note);
    }
    // The sync manager started below runs a checkpointer on its own thread; this connection's
    // saves checkpoint by themselves only as a backstop (no save pays for copying a pull's pages).
    storage::OpenOptions uiOptions;
    uiOptions.walAutoCheckpointPages = sync::SyncManager::kBackstopCheckpointPages;
    auto opened = storage::Connection::open(path, QStringLiteral("clinic.ui"), uiOptions);
    if (!opened) {
        const QString why = QObject::tr("ClinicDesk cannot open its database %1:\n%2").arg(path, opened.error().message());
        if (smoke)
            QTextStream(stderr) << why << Qt::endl;
        else
            QMessageBox::critical(nullptr, QObject::tr("ClinicDesk"), why);
        return 1;
    }
    storage::Connection &connection = *opened.value();
    if (!connection.preMigrationBackup().isEmpty()) {
        // This version updated the database: say where the copy from before the update is.
        const QString note = QObject::tr("ClinicDesk has updated its database to this version. A verified copy from before the "
                                         "update was saved to:\n%1")
                                 .arg(QDir::toNativeSeparators(connection.preMigrationBackup()));
        if (smoke)
            QTextStream(stdout) << note << Qt::endl;
        else
            QMessageBox::information(nullptr, QObject::tr("ClinicDesk updated"), note);
    }

    QString firstLogin;
    ui::FirstRunWizard::Enrollment enrollment;
    if (!hasUsers(connection)) {
        // First run on an empty database: the clinic profile and the first administrator, or the demo.
        if (smoke) {
            QTextStream(stderr) << "the database has no users yet (run clinicdesk-admin demo)" << Qt::endl;
            return 1;
        }
        ui::FirstRunWizard wizard(connection);
        if (wizard.exec() != QDialog::Accepted)
            return 0;
        firstLogin = wizard.adminLogin();
        enrollment = wizard.enrollment();
    }

    // The sync manager runs for the whole process: on a desk not enrolled yet it waits (state
    // NotConfigured, no network) until Settings › This desk connects it; it keeps running across
    // sign-outs, since the desk's data is the clinic's, not the user's.
    sync::SyncEngine::Options syncOptions;
    syncOptions.databasePath = path;
    auto syncManager = std::make_unique<sync::SyncManager>(syncOptions);
    syncManager->start();
    if (!enrollment.serverUrl.isEmpty()) {
        // The answer arrives on the status bar (and in the sync log) once the server replies.
        QObject::connect(syncManager.get(), &sync::SyncManager::enrolled, &app, [](bool ok, const QString &message) {
            if (!ok)
                QMessageBox::warning(nullptr, QObject::tr("Sync server"),
                                     QObject::tr("This desk could not join the sync server: %1\nClinicDesk works on this computer meanwhile; "
                                                 "connect it later in Settings › This desk.")
                                         .arg(message));
        });
        syncManager->enroll(enrollment.serverUrl, enrollment.code, enrollment.deviceName, enrollment.pinnedCertificate);
    }
    QSettings settings;
    // Automatic backups while the app is open (Settings › Backup sets how often).
    storage::BackupScheduler backups(path, storage::BackupService::defaultFolder(path), settings);
    bool restart = false;

    int rc = 0;
    for (bool signIn = true; signIn;) {
        signIn = false;
        domain::User user;
        const qint64 readyMs = startup.elapsed();  // the sign-in could show now
        if (smoke) {
            const auto signedIn = storage::UserRepository(connection, storage::Session{})
                                      .authenticate(parser.value(QStringLiteral("user")), parser.value(QStringLiteral("password")));
            if (!signedIn) {
                QTextStream(stderr) << "sign-in refused" << Qt::endl;
                return 1;
            }
            user = signedIn.value();
        } else {
            ui::LoginDialog login(connection);
            if (!firstLogin.isEmpty())
                login.loginField()->setText(firstLogin);
            if (login.exec() != QDialog::Accepted)
                break;
            user = login.user();
        }

        const qint64 signedInMs = startup.elapsed();
        storage::Session session;
        session.userId = user.meta.id;
        session.role = user.role;
        storage::SettingsRepository(connection, session).applyTo(session);

        auto window = std::make_unique<ui::MainWindow>(connection, session, user, settings, syncManager.get());
        window->setLogFolder(logFolder);
        QObject::connect(window.get(), &ui::MainWindow::restartRequested, &app, [&] {
            restart = true;
            app.quit();
        });
        QObject::connect(window.get(), &ui::MainWindow::signedOut, &app, [&] {
            signIn = true;  // back to the sign-in dialog
            app.quit();
        });
        window->show();
        if (smoke) {
            const qint64 shownMs = startup.elapsed();
            QTimer::singleShot(300, &app, [&, readyMs, signedInMs, shownMs] {
                const auto count = storage::PatientRepository(connection, session).count();
                QTextStream(stdout) << "ClinicDesk " << CLINICDESK_VERSION << ": signed in as " << user.displayName << ", "
                                    << (count ? count.value() : -1) << " patients, " << window->todayView()->model()->rowCount()
                                    << " appointments today; ready for sign-in " << readyMs << " ms after start, sign-in (password check) "
                                    << (signedInMs - readyMs) << " ms, main window shown " << (shownMs - signedInMs) << " ms after sign-in"
                                    << Qt::endl;
                app.quit();
            });
        }
        rc = app.exec();
    }
    syncManager->stop();
    if (restart) {
        // Everything is closed once main() returns: a new process restores and starts.
        QProcess::startDetached(QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1));
    }
    return rc;
}
