#include "clinic/ui/reportsview.h"

#include "clinic/domain/csv.h"
#include "clinic/domain/money.h"
#include "clinic/storage/connection.h"
#include "clinic/storage/reportrepository.h"
#include "clinic/storage/settingsrepository.h"
#include "clinic/ui/theme.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

namespace clinic::ui {

ReportsView::ReportsView(storage::Connection &connection, storage::Session session, QWidget *parent)
    : QWidget(parent), m_connection(connection), m_session(std::move(session)), m_builder(m_connection, m_session),
      m_dashboard(new QLabel(this)), m_report(new QComboBox(this)), m_preset(new QComboBox(this)), m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)), m_error(new QLabel(this)), m_working(new QLabel(tr("Working\u2026"), this)), m_view(new QTableWidget(this)),
      m_chart(new QChartView(this)), m_runner(new ReportRunner(connection.path(), m_session, this))
{
    m_working->setObjectName(QStringLiteral("working"));
    m_working->hide();
    connect(m_runner, &ReportRunner::finished, this, &ReportsView::display);
    setObjectName(QStringLiteral("reportsView"));
    m_dashboard->setObjectName(QStringLiteral("dashboard"));
    m_dashboard->setTextFormat(Qt::RichText);
    for (const ReportBuilder::Kind kind : ReportBuilder::kinds())
        m_report->addItem(ReportBuilder::title(kind), int(kind));
    m_preset->addItems({tr("Today"), tr("This week"), tr("This month"), tr("Last month"), tr("This fiscal year"), tr("Custom")});
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd MMM yyyy"));
    }
    theme::markAsError(m_error);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);

    auto *csv = new QPushButton(tr("Export &CSV…"), this);
    auto *pdf = new QPushButton(tr("Save P&DF…"), this);
    auto *printButton = new QPushButton(tr("Pr&int…"), this);
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_report, 1);
    controls->addWidget(m_preset);
    controls->addWidget(m_from);
    controls->addWidget(new QLabel(tr("to"), this));
    controls->addWidget(m_to);
    controls->addWidget(csv);
    controls->addWidget(pdf);
    controls->addWidget(printButton);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_chart);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_dashboard);
    layout->addLayout(controls);
    layout->addWidget(m_error);
    layout->addWidget(m_working);
    layout->addWidget(split, 1);

    connect(m_report, &QComboBox::currentIndexChanged, this, &ReportsView::refresh);
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this](int preset) {
        if (preset != Custom)
            setPreset(Preset(preset));
    });
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_updating)
                return;
            m_updating = true;
            m_preset->setCurrentIndex(Custom);
            m_updating = false;
            refresh();
        });
    }
    connect(m_view, &QTableWidget::cellActivated, this, [this](int row) { openRow(row); });
    m_view->setToolTip(tr("Outstanding balances: double-click a patient to open their account."));
    connect(csv, &QPushButton::clicked, this, &ReportsView::askCsv);
    connect(pdf, &QPushButton::clicked, this, &ReportsView::askPdf);
    connect(printButton, &QPushButton::clicked, this, &ReportsView::print);
    m_preset->setCurrentIndex(ThisMonth);
    setPreset(ThisMonth);
}

void ReportsView::setReport(ReportBuilder::Kind kind) { m_report->setCurrentIndex(m_report->findData(int(kind))); }

void ReportsView::setPreset(Preset preset)
{
    const QDate today = m_session.today();
    QDate from = today, to = today;
    switch (preset) {
    case Today: break;
    case ThisWeek: from = today.addDays(1 - today.dayOfWeek()); break;
    case ThisMonth: from = QDate(today.year(), today.month(), 1); break;
    case LastMonth:
        from = QDate(today.year(), today.month(), 1).addMonths(-1);
        to = QDate(today.year(), today.month(), 1).addDays(-1);
        break;
    case FiscalYear: {
        const int start = storage::SettingsRepository(m_connection, m_session).numberingRule().fiscalYearStartMonth;
        from = QDate(today.month() >= start ? today.year() : today.year() - 1, start, 1);
        break;
    }
    case Custom: return;
    }
    m_updating = true;
    if (m_preset->currentIndex() != preset)
        m_preset->setCurrentIndex(preset);
    m_from->setDate(from);
    m_to->setDate(to);
    m_updating = false;
    refresh();
}

void ReportsView::setRange(const QDate &from, const QDate &to)
{
    m_updating = true;
    m_preset->setCurrentIndex(Custom);
    m_from->setDate(from);
    m_to->setDate(to);
    m_updating = false;
    refresh();
}

QString ReportsView::dashboardText() const { return m_dashboard->text(); }

bool ReportsView::hasChart() const { return m_chart->isVisible() && m_chart->chart() && !m_chart->chart()->series().isEmpty(); }

void ReportsView::refresh()
{
    // The dashboard line: always today's figures, whatever the report.
    if (const auto d = storage::ReportRepository(m_connection, m_session).dashboard()) {
        const auto money = [this](qint64 v) { return m_builder.money(v).toHtmlEscaped(); };
        int appointments = 0;
        for (int n : d.value().todayByStatus)
            appointments += n;
        const int arrived = d.value().todayByStatus.value(domain::AppointmentStatus::Arrived) + d.value().todayByStatus.value(domain::AppointmentStatus::InRoom);
        const int done = d.value().todayByStatus.value(domain::AppointmentStatus::Completed);
        m_dashboard->setText(tr("Today's takings <b>%1</b> · %2 appointments today (%3 here now, %4 completed) · this month <b>%5</b> against %6 last month")
                                 .arg(money(d.value().takingsTodayMinor))
                                 .arg(appointments)
                                 .arg(arrived)
                                 .arg(done)
                                 .arg(money(d.value().revenueThisMonthMinor), money(d.value().revenueLastMonthMinor)));
    }
    const auto kind = ReportBuilder::Kind(m_report->currentData().toInt());
    const storage::DateRange range{m_from->date(), m_to->date()};
    m_error->clear();
    if (range.from > range.to) {
        m_pending = 0;  // whatever was asked before no longer shows
        m_working->hide();
        m_error->setText(tr("The start of the range is after its end."));
        Q_EMIT ready();
        return;
    }
    // The report itself runs on the runner's thread; display() puts it on screen.
    m_pending = m_runner->run(kind, range);
    m_working->show();
}

void ReportsView::display(const ReportRunner::Outcome &outcome)
{
    if (outcome.ticket != m_pending)
        return;  // an answer to a question no longer asked
    m_pending = 0;
    m_working->hide();
    if (!outcome.error.isEmpty()) {
        m_error->setText(outcome.error);
        Q_EMIT ready();
        return;
    }
    m_table = outcome.table;
    m_view->clear();
    m_view->setColumnCount(int(m_table.headers.size()));
    m_view->setRowCount(int(m_table.rows.size()));
    m_view->setHorizontalHeaderLabels(m_table.headers);
    for (int r = 0; r < m_table.rows.size(); ++r) {
        for (int c = 0; c < m_table.rows.at(r).size(); ++c) {
            auto *item = new QTableWidgetItem(m_table.rows.at(r).at(c));
            if (m_table.numericColumns.contains(c))
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (m_table.lastRowIsTotal && r == m_table.rows.size() - 1) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_view->setItem(r, c, item);
        }
    }
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    showChart(outcome.chart);
    Q_EMIT ready();
}

void ReportsView::openRow(int row)
{
    if (row >= 0 && row < m_table.rowKeys.size() && m_table.rowKeys.at(row) > 0)
        Q_EMIT patientRequested(m_table.rowKeys.at(row));
}

void ReportsView::showChart(const ReportBuilder::Chart &figures)
{
    if (figures.series.isEmpty() || figures.categories.isEmpty()) {
        m_chart->hide();
        return;
    }
    auto *chart = new QChart;
    QAbstractBarSeries *series = figures.stacked ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries) : new QBarSeries;
    double max = 0;
    QList<double> stackTotals(figures.categories.size(), 0);
    for (const auto &[name, values] : figures.series) {
        auto *set = new QBarSet(name);
        for (int i = 0; i < values.size(); ++i) {
            *set << values.at(i);
            stackTotals[i] += values.at(i);
            max = std::max(max, figures.stacked ? stackTotals[i] : values.at(i));
        }
        series->append(set);
    }
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(figures.categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, max > 0 ? max * 1.1 : 1);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->setVisible(figures.series.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    // The chart follows the palette (light or dark).
    chart->setTheme(palette().color(QPalette::Window).lightness() < 128 ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);  // takes ownership of the new chart
    delete old;
    m_chart->show();
}

domain::Status ReportsView::exportCsv(const QString &path) const
{
    QList<QStringList> records{m_table.headers};
    records << m_table.rows;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return domain::Error(domain::ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.write(domain::Csv::document(records));
    if (!file.commit())
        return domain::Error(domain::ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

domain::Status ReportsView::exportPdf(const QString &path) const { return m_table.writePdf(path); }

void ReportsView::askCsv()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(m_table.title + QStringLiteral(".csv"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export %1").arg(m_table.title), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const auto written = exportCsv(path); !written)
        QMessageBox::warning(this, tr("Not exported"), written.error().message());
}

void ReportsView::askPdf()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(m_table.title + QStringLiteral(".pdf"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save %1").arg(m_table.title), suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const auto written = exportPdf(path); !written)
        QMessageBox::warning(this, tr("Not saved"), written.error().message());
}

void ReportsView::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_table.title);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        m_table.render(printer);
}

} // namespace clinic::ui
