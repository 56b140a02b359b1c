#pragma once

#include "clinic/domain/user.h"
#include "clinic/storage/session.h"
#include "clinic/ui/appointmentmovecommand.h"

#include <QMainWindow>
#include <QTimer>

#include <optional>

class QListWidget;
class QSettings;
class QStackedWidget;
class QUndoStack;

namespace clinic::storage {
class Connection;
}
namespace clinic::sync {
class SyncManager;
}

namespace clinic::ui {

class CalendarView;
class IdleWatcher;
class InvoiceEditorDialog;
class InvoicesView;
class ReportsView;
class PatientsView;
class SyncStatusLabel;
class TodayView;

/// The main window: navigation between Today, Patients, Calendar, Invoices, Reports and Settings,
/// the status bar (signed-in user, sync state), window state and last view restored on start.
/// Thread: the GUI thread. Borrows the connection, the settings store and the sync manager (may be
/// null when no server is configured); all outlive the window.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page { Today, Patients, Calendar, Invoices, Reports, Settings, PageCount };

    MainWindow(storage::Connection &connection, storage::Session session, domain::User user, QSettings &settings,
               sync::SyncManager *syncManager, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    [[nodiscard]] Page currentPage() const;
    [[nodiscard]] PatientsView *patientsView() const { return m_patients; }
    [[nodiscard]] TodayView *todayView() const { return m_today; }
    [[nodiscard]] CalendarView *calendarView() const { return m_calendar; }
    [[nodiscard]] SyncStatusLabel *syncStatus() const { return m_syncStatus; }

    [[nodiscard]] bool isLocked() const { return m_locked; }
    [[nodiscard]] QUndoStack *undoStack() const { return m_undo; }

public Q_SLOTS:
    /// Hides the clinic's data behind a sign-in for the same user (after idle time, or Ctrl+L).
    void lock();
    /// Where this process writes its log files (shown in Help › About).
    void setLogFolder(const QString &folder) { m_logFolder = folder; }
    /// Reloads what is on screen (after a local save, or rows changed by sync).
    void refreshViews();
    /// Invoices an appointment and takes the payment (Today: P); an appointment already invoiced
    /// opens its draft, or takes a payment on its issued invoice.
    void checkout(qint64 appointmentId);
    /// Prints a receipt for payments just taken (80 mm roll unless billing.receiptPaper is A4).
    void printReceipt(const QList<qint64> &paymentIds);

Q_SIGNALS:
    /// The user signed out (from the lock screen): the app asks for a new sign-in.
    void signedOut();
    /// A restore is noted (Settings › Backup) and the user asked to close now: the app ends and
    /// starts again, restoring before it opens the database.
    void restartRequested();

private:
    /// Opens a patient's details for editing.
    void showPatient(qint64 id);
    /// Registers a new patient, prefilled from the search text.
    void newPatient(const QString &searchText);
    /// Books an appointment (start in any zone; 0 = choose practitioner / patient in the dialog).
    void bookAppointment(qint64 practitionerId, const QDateTime &start, qint64 patientId, int minutes = 0);
    /// After any save here: refresh views, update the pending count, let sync push at once.
    void afterLocalSave(const QString &message);
    void finishCheckout(const InvoiceEditorDialog &editor, int outcome);
    using SeriesScope = AppointmentMoveCommand::Scope;
    /// For an appointment of a series with later occurrences still to come, asks whether a change
    /// is for this one only or this and the following ones (dialog "seriesQuestion"); any other
    /// appointment is ThisOne without asking. Empty when the user cancels.
    std::optional<SeriesScope> askSeriesScope(qint64 appointmentId, const QString &title);

    storage::Connection &m_connection;
    storage::Session m_session;
    domain::User m_user;
    QSettings &m_settings;
    sync::SyncManager *m_sync;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    TodayView *m_today = nullptr;
    CalendarView *m_calendar = nullptr;
    PatientsView *m_patients = nullptr;
    InvoicesView *m_invoices = nullptr;
    ReportsView *m_reports = nullptr;
    SyncStatusLabel *m_syncStatus = nullptr;
    IdleWatcher *m_idle = nullptr;
    QUndoStack *m_undo;  ///< status changes and cancellations (Ctrl+Z / Ctrl+Shift+Z)
    bool m_locked = false;
    QString m_logFolder;
    QTimer m_refreshSoon{this};  ///< coalesces refreshes asked for by sync
};

} // namespace clinic::ui
