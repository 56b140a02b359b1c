#pragma once

#include "clinic/domain/result.h"
#include "clinic/print/tabledocument.h"
#include "clinic/storage/session.h"
#include "clinic/ui/reportbuilder.h"
#include "clinic/ui/reportrunner.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;

class QChartView;

namespace clinic::storage {
class Connection;
}

namespace clinic::ui {

/// The Reports page: a dashboard line (today's takings and appointments, this month against the
/// last), a report chosen from the list over a date range (presets: today, this week, this
/// month, last month, this fiscal year), shown as a table and, where it helps, a chart; export
/// to CSV (UTF-8, RFC 4180) and PDF, and print. Everything is read from the local database; the
/// reports run on a ReportRunner's thread ("Working…" meanwhile), the window stays responsive.
/// Thread: the GUI thread.
class ReportsView : public QWidget
{
    Q_OBJECT
public:
    enum Preset { Today, ThisWeek, ThisMonth, LastMonth, FiscalYear, Custom };

    ReportsView(storage::Connection &connection, storage::Session session, QWidget *parent = nullptr);

    void setReport(ReportBuilder::Kind kind);
    void setPreset(Preset preset);
    void setRange(const QDate &from, const QDate &to);
    [[nodiscard]] const print::TableDocument &current() const { return m_table; }
    [[nodiscard]] QTableWidget *table() const { return m_view; }
    [[nodiscard]] QString dashboardText() const;
    [[nodiscard]] bool hasChart() const;
    /// A report asked for is still running (on the runner's thread).
    [[nodiscard]] bool isBusy() const { return m_pending != 0; }

    domain::Status exportCsv(const QString &path) const;
    domain::Status exportPdf(const QString &path) const;

public Q_SLOTS:
    void refresh();
    /// Enter or double-click on a row of the outstanding report: that patient's account.
    void openRow(int row);

Q_SIGNALS:
    void patientRequested(qint64 patientId);
    /// The report last asked for is on screen (or its error is).
    void ready();

private:
    void display(const ReportRunner::Outcome &outcome);
    void showChart(const ReportBuilder::Chart &figures);
    void askCsv();
    void askPdf();
    void print();

    storage::Connection &m_connection;
    storage::Session m_session;
    ReportBuilder m_builder;
    print::TableDocument m_table;
    QLabel *m_dashboard;
    QComboBox *m_report;
    QComboBox *m_preset;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_error;
    QLabel *m_working;
    QTableWidget *m_view;
    QChartView *m_chart;
    bool m_updating = false;
    ReportRunner *m_runner;  ///< child; runs the reports off the GUI thread
    quint64 m_pending = 0;   ///< the ticket whose answer is awaited, 0 when none
};

} // namespace clinic::ui
