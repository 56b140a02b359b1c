#include "clinic/ui/numberingtab.h"

#include "clinic/domain/documentnumber.h"
#include "clinic/storage/settingsrepository.h"
#include "clinic/ui/theme.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace clinic::ui {

NumberingTab::NumberingTab(storage::Connection &connection, storage::Session session, QWidget *parent)
    : QWidget(parent), m_connection(connection), m_session(std::move(session)), m_series(new QLineEdit(this)),
      m_creditSeries(new QLineEdit(this)), m_format(new QLineEdit(this)), m_preview(new QLabel(this)), m_error(new QLabel(this))
{
    const storage::SettingsRepository settings(m_connection, m_session);
    m_series->setText(settings.numberingRule().series);
    m_creditSeries->setText(settings.numberingRule(true).series);
    m_format->setText(settings.numberingRule().pattern);
    m_format->setToolTip(tr("{series}, {fy} (2026-27), {fy4} (2627) and {number:6} (six digits), with / - . _ between them"));
    m_error->setObjectName(QStringLiteral("numberingError"));
    theme::markAsError(m_error);
    m_error->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Invoice series (this desk)"), m_series);
    form->addRow(tr("&Credit note series"), m_creditSeries);
    form->addRow(tr("Number &format"), m_format);
    form->addRow(tr("Printed as"), m_preview);
    auto *note = new QLabel(tr("Each desk needs its own series (for example FD on the front desk, DR on the doctor's laptop), "
                               "so that two desks never issue the same number, even offline."),
                            this);
    note->setWordWrap(true);
    auto *saveButton = new QPushButton(tr("&Save numbering"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(saveButton, 0, Qt::AlignRight);
    layout->addStretch(1);
    for (QLineEdit *edit : {m_series, m_creditSeries, m_format})
        connect(edit, &QLineEdit::textChanged, this, &NumberingTab::updatePreview);
    connect(saveButton, &QPushButton::clicked, this, &NumberingTab::save);
    updatePreview();
}

QString NumberingTab::preview() const { return m_preview->text(); }
QString NumberingTab::error() const { return m_error->text(); }

void NumberingTab::updatePreview()
{
    const int start = storage::SettingsRepository(m_connection, m_session).numberingRule().fiscalYearStartMonth;
    const QString fy = domain::DocumentNumber::fiscalYear(m_session.today(), start);
    const QString series = m_series->text().trimmed().toUpper();
    const QString credit = m_creditSeries->text().trimmed().toUpper();
    QString problem;
    if (!domain::DocumentNumber::isValidSeries(series) || !domain::DocumentNumber::isValidSeries(credit))
        problem = tr("A series has 1 to 4 capital letters or digits.");
    else if (const auto e = domain::DocumentNumber::patternError(m_format->text().trimmed(), series))
        problem = *e;
    else if (const auto c = domain::DocumentNumber::patternError(m_format->text().trimmed(), credit))
        problem = tr("Credit notes: %1").arg(*c);
    m_error->setText(problem);
    m_preview->setText(problem.isEmpty() ? tr("%1 · credit notes %2")
                                               .arg(domain::DocumentNumber::format(m_format->text().trimmed(), series, fy, 1),
                                                    domain::DocumentNumber::format(m_format->text().trimmed(), credit, fy, 1))
                                         : QString());
}

bool NumberingTab::save()
{
    updatePreview();
    const int start = storage::SettingsRepository(m_connection, m_session).numberingRule().fiscalYearStartMonth;
    const domain::NumberingRule rule{m_series->text().trimmed().toUpper(), start, m_format->text().trimmed()};
    const auto stored = storage::SettingsRepository(m_connection, m_session).setNumbering(rule, m_creditSeries->text().trimmed().toUpper());
    if (!stored) {
        m_error->setText(stored.error().details());
        return false;
    }
    Q_EMIT saved(tr("Numbering saved: invoices print as %1.").arg(domain::DocumentNumber::format(
        rule.pattern, rule.series, domain::DocumentNumber::fiscalYear(m_session.today(), start), 1)));
    return true;
}

} // namespace clinic::ui
