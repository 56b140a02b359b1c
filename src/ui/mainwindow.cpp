#include "clinic/ui/mainwindow.h"

#include "clinic/print/billingdocument.h"
#include "clinic/storage/appointmentrepository.h"
#include "clinic/storage/invoicerepository.h"
#include "clinic/storage/patientrepository.h"
#include "clinic/storage/practitionerrepository.h"
#include "clinic/storage/settingsrepository.h"
#include "clinic/sync/syncmanager.h"
#include "clinic/ui/aboutdialog.h"
#include "clinic/ui/appointmentdialog.h"
#include "clinic/ui/appointmentmovecommand.h"
#include "clinic/ui/appointmentstatuscommand.h"
#include "clinic/ui/calendarview.h"
#include "clinic/ui/daycalendar.h"
#include "clinic/ui/idlewatcher.h"
#include "clinic/ui/invoiceeditordialog.h"
#include "clinic/ui/invoicesview.h"
#include "clinic/ui/paymentdialog.h"
#include "clinic/ui/reportsview.h"
#include "clinic/ui/settingsview.h"
#include "documentoutput.h"
#include "clinic/ui/logindialog.h"
#include "clinic/ui/patientformdialog.h"
#include "clinic/ui/patientlistmodel.h"
#include "clinic/ui/patientrecorddialog.h"
#include "clinic/ui/patientsview.h"
#include "clinic/ui/synclogdialog.h"
#include "clinic/ui/syncstatuslabel.h"
#include "clinic/ui/todayview.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QLabel>
#include <QInputDialog>
#include <QLineEdit>
#include <QUndoStack>
#include <QTableView>
#include <QTimer>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QHBoxLayout>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace clinic::ui {

MainWindow::MainWindow(storage::Connection &connection, storage::Session session, domain::User user, QSettings &settings,
                       sync::SyncManager *syncManager, QWidget *parent)
    : QMainWindow(parent),
      m_connection(connection),
      m_session(std::move(session)),
      m_user(std::move(user)),
      m_settings(settings),
      m_sync(syncManager),
      m_navigation(new QListWidget(this)),
      m_pages(new QStackedWidget(this)),
      m_undo(new QUndoStack(this))
{
    setWindowTitle(tr("ClinicDesk"));
    setObjectName(QStringLiteral("mainWindow"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    const QStringList names{tr("Today"), tr("Patients"), tr("Calendar"), tr("Invoices"), tr("Reports"), tr("Settings")};
    int widest = 0;
    for (const QString &name : names) {
        auto *item = new QListWidgetItem(name, m_navigation);
        item->setSizeHint(QSize(0, fontMetrics().height() * 2 + 4));  // a comfortable target
        widest = std::max(widest, fontMetrics().horizontalAdvance(name));
    }
    m_navigation->setFixedWidth(widest + 48);

    m_today = new TodayView(m_connection, m_session, *m_undo, this);
    m_pages->addWidget(m_today);
    m_patients = new PatientsView(m_connection, m_session, this);
    m_pages->addWidget(m_patients);
    m_calendar = new CalendarView(m_connection, m_session, this);
    m_pages->addWidget(m_calendar);
    connect(m_calendar->calendar(), &DayCalendar::slotActivated, this, [this](qint64 practitioner, const QDateTime &start) {
        bookAppointment(practitioner, start, 0);
    });
    connect(m_calendar->calendar(), &DayCalendar::statusRequested, this, [this](qint64 id, domain::AppointmentStatus status) {
        QString reason;
        if (status == domain::AppointmentStatus::Cancelled) {
            bool ok = false;
            reason = QInputDialog::getText(this, tr("Cancel the appointment"), tr("Reason for the cancellation:"), QLineEdit::Normal, {}, &ok).trimmed();
            if (!ok)
                return;
            // Part of a series: this one only (undoable), or this and the following ones.
            const auto scope = askSeriesScope(id, tr("Cancel the appointment"));
            if (!scope)
                return;
            if (*scope == SeriesScope::ThisAndFollowing) {
                const auto cancelled = storage::AppointmentRepository(m_connection, m_session).cancelThisAndFollowing(id, reason);
                afterLocalSave(cancelled ? tr("Cancelled %n appointment(s) of the series.", nullptr, cancelled.value()) : cancelled.error().message());
                return;
            }
        }
        QString refused;
        m_undo->push(new AppointmentStatusCommand(m_connection, m_session, id, status, reason, &refused));
        if (!refused.isEmpty())
            statusBar()->showMessage(refused, 8000);
    });
    connect(m_calendar->calendar(), &DayCalendar::rangeSelected, this, [this](qint64 practitioner, const QDateTime &start, const QDateTime &end) {
        bookAppointment(practitioner, start, 0, int(start.secsTo(end) / 60));
    });
    connect(m_calendar->calendar(), &DayCalendar::rescheduleRequested, this,
            [this](qint64 id, qint64 practitioner, const QDateTime &start, const QDateTime &end) {
                const auto scope = askSeriesScope(id, tr("Move the appointment"));
                if (!scope)
                    return;
                QString refused;
                auto *command = new AppointmentMoveCommand(m_connection, m_session, id, practitioner, start, end, &refused, *scope);
                m_undo->push(command);  // deletes a refused command
                if (!refused.isEmpty())
                    statusBar()->showMessage(refused, 8000);
                else if (*scope == SeriesScope::ThisAndFollowing)
                    statusBar()->showMessage(tr("Moved %n appointment(s) of the series.", nullptr, command->movedCount()), 5000);
            });
    connect(m_calendar->calendar(), &DayCalendar::appointmentActivated, this, [this](qint64 id) {
        if (const auto appointment = storage::AppointmentRepository(m_connection, m_session).get(id))
            showPatient(appointment.value().patientId);
    });
    m_invoices = new InvoicesView(m_connection, m_session, this);
    m_pages->addWidget(m_invoices);
    connect(m_invoices, &InvoicesView::saved, this, &MainWindow::afterLocalSave);
    connect(m_invoices, &InvoicesView::receiptRequested, this, &MainWindow::printReceipt);
    connect(m_today, &TodayView::checkoutRequested, this, &MainWindow::checkout);
    m_reports = new ReportsView(m_connection, m_session, this);
    m_pages->addWidget(m_reports);
    connect(m_reports, &ReportsView::patientRequested, this, &MainWindow::showPatient);
    // Settings only exist for administrators (the repositories refuse the rest anyway).
    if (m_user.role == domain::Role::Admin) {
        auto *settingsView = new SettingsView(m_connection, m_session, &m_settings, m_sync, this);
        connect(settingsView, &SettingsView::saved, this, &MainWindow::afterLocalSave);
        connect(settingsView, &SettingsView::restartRequested, this, &MainWindow::restartRequested);
        m_pages->addWidget(settingsView);
    } else {
        m_pages->addWidget(new QWidget(this));
    }

    // The navigation keeps its width; the page takes the rest.
    auto *central = new QWidget(this);
    auto *columns = new QHBoxLayout(central);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->addWidget(m_navigation);
    columns->addWidget(m_pages, 1);
    setCentralWidget(central);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row == Reports)
            m_reports->refresh();  // figures as of now when the page is opened
        if (row == Patients)
            m_patients->focusSearch();
    });

    auto *who = new QLabel(tr("Signed in as %1 (%2)").arg(m_user.displayName, domain::roleName(m_user.role)), this);
    who->setObjectName(QStringLiteral("signedInUser"));
    statusBar()->addWidget(who);
    m_syncStatus = new SyncStatusLabel(m_connection, m_sync, this);
    statusBar()->addPermanentWidget(m_syncStatus);
    connect(m_syncStatus, &SyncStatusLabel::clicked, this, [this] {
        SyncLogDialog log(m_connection, m_syncStatus->activity(), this);
        log.exec();
    });

    // Keyboard: the frequent actions (documented in docs/user-guide.md).
    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence::Find, [this] { showPage(Patients); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_T), [this] { showPage(Today); });
    for (int page = 0; page < PageCount; ++page)
        shortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + page)), [this, page] { showPage(Page(page)); });
    shortcut(QKeySequence(Qt::Key_F5), [this] {
        refreshViews();
        if (m_sync)
            m_sync->syncNow();
    });

    connect(m_patients, &PatientsView::patientOpened, this, &MainWindow::showPatient);
    connect(m_patients, &PatientsView::newPatientRequested, this, &MainWindow::newPatient);
    shortcut(QKeySequence::New, [this] { newPatient(m_patients->searchBox()->text().trimmed()); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), [this] {
        // For the patient selected in the list, if any.
        const QModelIndex current = m_patients->table()->currentIndex();
        const qint64 patient = current.isValid() ? m_patients->model()->patientId(current.row()) : 0;
        bookAppointment(0, m_session.clock->now(), patient);
    });
    if (m_sync) {
        // Rows changed by another desk: open views refresh, keeping their selection.
        // A burst of pulled pages (an initial sync brings hundreds) refreshes the views once.
        m_refreshSoon.setSingleShot(true);
        m_refreshSoon.setInterval(150);
        connect(&m_refreshSoon, &QTimer::timeout, this, &MainWindow::refreshViews);
        connect(m_sync, &sync::SyncManager::dataChanged, this, [this](const QString &table, const QList<qint64> &) {
            if (table == QLatin1String("patients") || table == QLatin1String("appointments") || table == QLatin1String("practitioners")
                || table == QLatin1String("invoices") || table == QLatin1String("payments"))
                if (!m_refreshSoon.isActive())
                    m_refreshSoon.start();
        });
    }

    // Roles in the UI as in the repositories: the clinic's settings are for administrators.
    if (m_user.role != domain::Role::Admin)
        m_navigation->item(Settings)->setHidden(true);
    // Lock after idle time (minutes in the clinic settings, 10 by default; 0 = never).
    const int lockMinutes = storage::SettingsRepository(m_connection, m_session).value(QStringLiteral("security.lockMinutes"), QStringLiteral("10")).toInt();
    m_idle = new IdleWatcher(std::max(1, lockMinutes) * 60'000, this);
    connect(m_idle, &IdleWatcher::idle, this, &MainWindow::lock);
    if (lockMinutes > 0)
        m_idle->start();
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_L), [this] { lock(); });
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About ClinicDesk"));
    about->setShortcut(QKeySequence::HelpContents);
    connect(about, &QAction::triggered, this, [this] {
        AboutDialog dialog(m_connection, m_logFolder, this);
        dialog.exec();
    });
    // Every step of the undo stack (do, undo, redo) is a save: refresh and let sync push it.
    connect(m_undo, &QUndoStack::indexChanged, this, [this] { afterLocalSave(tr("Saved.")); });
    shortcut(QKeySequence::Undo, [this] { m_undo->undo(); });
    shortcut(QKeySequence::Redo, [this] { m_undo->redo(); });

    restoreGeometry(m_settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(m_settings.value(QStringLiteral("window/state")).toByteArray());
    showPage(Page(std::clamp(m_settings.value(QStringLiteral("window/page"), int(Patients)).toInt(), 0, PageCount - 1)));
}

MainWindow::~MainWindow()
{
    // The stack is a child, cleared in ~QObject after this class is gone; its indexChanged must
    // not reach afterLocalSave() then (it did: a crash on closing with something to undo).
    disconnect(m_undo, nullptr, this, nullptr);
    m_settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_settings.setValue(QStringLiteral("window/state"), saveState());
    m_settings.setValue(QStringLiteral("window/page"), int(currentPage()));
}

void MainWindow::lock()
{
    if (m_locked)
        return;
    m_locked = true;
    m_idle->stop();
    centralWidget()->hide();  // nothing of the clinic stays on screen
    auto *dialog = new LoginDialog(m_connection, this);
    dialog->setObjectName(QStringLiteral("lockDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->lockFor(m_user.login);
    connect(dialog, &QDialog::finished, this, [this](int result) {
        if (result == QDialog::Accepted) {
            m_locked = false;
            centralWidget()->show();
            m_idle->start();
            refreshViews();
        } else if (result == LoginDialog::SignOut) {
            Q_EMIT signedOut();
        } else {
            QTimer::singleShot(0, this, [this] {  // Esc does not unlock: ask again
                m_locked = false;
                lock();
            });
        }
    });
    dialog->open();
}

std::optional<MainWindow::SeriesScope> MainWindow::askSeriesScope(qint64 appointmentId, const QString &title)
{
    storage::AppointmentRepository repository(m_connection, m_session);
    const auto appointment = repository.get(appointmentId);
    if (!appointment || appointment.value().seriesId.isEmpty())
        return SeriesScope::ThisOne;
    const auto plan = repository.planThisAndFollowing(appointment.value());
    if (!plan || plan.value().size() < 2)
        return SeriesScope::ThisOne;  // the last one still to come: nothing follows it
    QMessageBox ask(QMessageBox::Question, title,
                    tr("This appointment is part of a series; %n more of its appointments follow it.", nullptr, int(plan.value().size() - 1)),
                    QMessageBox::Cancel, this);
    ask.setObjectName(QStringLiteral("seriesQuestion"));
    QPushButton *one = ask.addButton(tr("Only &this one"), QMessageBox::AcceptRole);
    one->setObjectName(QStringLiteral("onlyThisOne"));
    QPushButton *following = ask.addButton(tr("This and the &following ones"), QMessageBox::AcceptRole);
    following->setObjectName(QStringLiteral("thisAndFollowing"));
    ask.setDefaultButton(one);
    ask.exec();
    if (ask.clickedButton() == following)
        return SeriesScope::ThisAndFollowing;
    if (ask.clickedButton() == one)
        return SeriesScope::ThisOne;
    return std::nullopt;
}

void MainWindow::showPage(Page page)
{
    if (page == Settings && m_user.role != domain::Role::Admin)
        page = Today;
    m_navigation->setCurrentRow(page);
    if (page == Patients)
        m_patients->focusSearch();
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void MainWindow::refreshViews()
{
    m_patients->refresh();
    m_today->refresh();
    m_calendar->calendar()->reload();
    m_invoices->refresh();
    if (currentPage() == Reports)
        m_reports->refresh();
}

void MainWindow::showPatient(qint64 id)
{
    PatientRecordDialog record(m_connection, m_session, id, this);
    connect(&record, &PatientRecordDialog::changed, this, [this] { afterLocalSave(tr("Saved.")); });
    const int outcome = record.exec();
    if (outcome == PatientRecordDialog::EditDetails) {
        PatientFormDialog dialog(m_connection, m_session, record.patient(), this);
        if (dialog.exec() == QDialog::Accepted)
            afterLocalSave(tr("Saved %1.").arg(dialog.saved().fullName()));
    } else if (outcome == PatientRecordDialog::Book) {
        bookAppointment(0, m_session.clock->now(), id);
    }
}

void MainWindow::newPatient(const QString &searchText)
{
    PatientFormDialog dialog(m_connection, m_session, searchText, this);
    const int result = dialog.exec();
    if (result == QDialog::Accepted) {
        afterLocalSave(tr("Registered %1.").arg(dialog.saved().fullName()));
        m_patients->searchBox()->setText(dialog.saved().fullName());
    } else if (dialog.openExistingId() != 0) {
        showPatient(dialog.openExistingId());
    }
}

void MainWindow::bookAppointment(qint64 practitionerId, const QDateTime &start, qint64 patientId, int minutes)
{
    AppointmentDialog dialog(m_connection, m_session, practitionerId, start, patientId, this);
    if (minutes > 0)
        dialog.minutes()->setValue(minutes);
    if (dialog.exec() == QDialog::Accepted) {
        m_calendar->calendar()->setDay(dialog.saved().startAt.toTimeZone(m_session.timeZone).date());
        afterLocalSave(tr("Appointment booked."));
    }
}

void MainWindow::afterLocalSave(const QString &message)
{
    statusBar()->showMessage(message, 5000);
    refreshViews();
    m_syncStatus->updateText();
    if (m_sync)
        m_sync->localChangeCommitted();
}

void MainWindow::checkout(qint64 appointmentId)
{
    const auto appointment = storage::AppointmentRepository(m_connection, m_session).get(appointmentId);
    if (!appointment)
        return;
    // An appointment is invoiced once: an issued invoice takes the payment, a draft opens.
    storage::InvoiceFilter filter;
    filter.appointmentId = appointmentId;
    const auto existing = storage::InvoiceRepository(m_connection, m_session).list(filter);
    if (existing && !existing.value().isEmpty()) {
        const domain::Invoice &invoice = existing.value().first();
        if (invoice.status == domain::InvoiceStatus::Issued) {
            PaymentDialog dialog(m_connection, m_session, invoice, this);
            if (dialog.exec() == QDialog::Accepted) {
                afterLocalSave(tr("Payment recorded on %1.").arg(invoice.numberText));
                if (dialog.wantsReceipt())
                    printReceipt(dialog.paymentIds());
            }
            return;
        }
        const auto draft = storage::InvoiceRepository(m_connection, m_session).get(invoice.meta.id);
        if (!draft)
            return;
        InvoiceEditorDialog editor(m_connection, m_session, draft.value(), this);
        finishCheckout(editor, editor.exec());
        return;
    }
    InvoiceEditorDialog editor(m_connection, m_session, appointment.value().patientId, appointmentId, this);
    finishCheckout(editor, editor.exec());
}

void MainWindow::finishCheckout(const InvoiceEditorDialog &editor, int outcome)
{
    if (outcome == InvoiceEditorDialog::Issued) {
        afterLocalSave(tr("Issued %1.").arg(editor.invoice().numberText));
        if (editor.wantsReceipt())
            printReceipt(editor.paymentIds());
    } else if (outcome == InvoiceEditorDialog::DraftSaved) {
        afterLocalSave(tr("Draft invoice saved."));
    }
}

void MainWindow::printReceipt(const QList<qint64> &paymentIds)
{
    const auto document = print::BillingDocument::receipt(m_connection, m_session, paymentIds);
    if (!document) {
        statusBar()->showMessage(document.error().message(), 8000);
        return;
    }
    // Receipt printers take 80 mm rolls; a clinic without one prints receipts on A4.
    const bool a4 = storage::SettingsRepository(m_connection, m_session).value(QStringLiteral("billing.receiptPaper")) == QLatin1String("A4");
    printDocument(this, document.value(), a4 ? print::PaperFormat::A4 : print::PaperFormat::Receipt80mm);
}

} // namespace clinic::ui
