#include "clinic/ui/pricelisttab.h"

#include "clinic/domain/money.h"
#include "clinic/storage/servicerepository.h"
#include "clinic/ui/theme.h"
#include "readonlytable.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>

namespace clinic::ui {

PriceListTab::PriceListTab(storage::Connection &connection, storage::Session session, QWidget *parent)
    : QWidget(parent), m_connection(connection), m_session(std::move(session)),
      m_table(readOnlyTable({tr("Code"), tr("Service"), tr("Minutes"), tr("Price"), tr("Tax"), tr("Active")}, QStringLiteral("services"), this)),
      m_code(new QLineEdit(this)), m_name(new QLineEdit(this)), m_minutes(new QSpinBox(this)), m_price(new QLineEdit(this)),
      m_taxRate(new QLineEdit(this)), m_taxCode(new QLineEdit(this)), m_active(new QCheckBox(tr("Offered"), this)), m_error(new QLabel(this))
{
    m_minutes->setRange(5, 1440);
    m_minutes->setSingleStep(5);
    theme::markAsError(m_error);
    m_error->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Code"), m_code);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Minutes"), m_minutes);
    form->addRow(tr("&Price before tax"), m_price);
    form->addRow(tr("Ta&x rate %"), m_taxRate);
    form->addRow(tr("Tax c&ode (SAC/HSN)"), m_taxCode);
    form->addRow(QString(), m_active);
    const auto [newButton, saveButton] = layOutListEditor(this, m_table, form, m_error, tr("&New service"), tr("&Save service"));
    connect(newButton, &QPushButton::clicked, this, &PriceListTab::newService);
    connect(saveButton, &QPushButton::clicked, this, &PriceListTab::save);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { edit(row); });
    reload();
    newService();
}

QString PriceListTab::error() const { return m_error->text(); }

void PriceListTab::reload()
{
    m_table->setRowCount(0);
    m_services = storage::ServiceRepository(m_connection, m_session).list(false).value_or(QList<domain::Service>{});
    for (const domain::Service &s : m_services)
        appendRow(m_table, {s.code, s.name, QString::number(s.durationMinutes), domain::Money(s.priceMinor, m_session.currency).format(),
                            QStringLiteral("%1%").arg(s.taxRateBp / 100.0), s.active ? tr("yes") : tr("no")});
}

void PriceListTab::newService()
{
    m_current = domain::Service{};
    m_current.durationMinutes = 30;
    edit(-1);
    m_code->setFocus();
}

void PriceListTab::edit(int row)
{
    if (row >= 0 && row < m_services.size())
        m_current = m_services.at(row);
    m_code->setText(m_current.code);
    m_name->setText(m_current.name);
    m_minutes->setValue(m_current.durationMinutes);
    m_price->setText(m_current.meta.id ? domain::Money(m_current.priceMinor, m_session.currency).toDecimalString() : QString());
    m_taxRate->setText(QString::number(m_current.taxRateBp / 100.0));
    m_taxCode->setText(m_current.taxCode);
    m_active->setChecked(m_current.active);
    m_error->clear();
}

bool PriceListTab::save()
{
    domain::Service s = m_current;
    s.code = m_code->text().trimmed();
    s.name = m_name->text().trimmed();
    s.durationMinutes = m_minutes->value();
    s.taxCode = m_taxCode->text().trimmed();
    s.active = m_active->isChecked();
    QStringList problems;
    domain::Money price;
    if (!domain::Money::parse(m_price->text(), m_session.currency, &price) || price.minorUnits() < 0)
        problems << tr("The price is an amount such as 800 or 799.50.");
    s.priceMinor = price.minorUnits();
    static const QRegularExpression percent(QStringLiteral("^\\d{1,3}(\\.\\d{1,2})?$"));
    const QString rate = m_taxRate->text().trimmed().isEmpty() ? QStringLiteral("0") : m_taxRate->text().trimmed();
    if (!percent.match(rate).hasMatch() || rate.toDouble() > 100)
        problems << tr("The tax rate is a percentage from 0 to 100, such as 18 or 5.5.");
    else
        s.taxRateBp = int(std::lround(rate.toDouble() * 100));
    if (!problems.isEmpty()) {
        m_error->setText(problems.join(QLatin1Char('\n')));
        return false;
    }
    storage::ServiceRepository services(m_connection, m_session);
    const auto stored = s.meta.id ? services.update(m_current, s) : services.create(s);  // only what was changed here
    if (!stored) {
        m_error->setText(stored.error().details());
        return false;
    }
    m_current = stored.value();
    reload();
    Q_EMIT saved(tr("Saved %1.").arg(stored.value().name));
    return true;
}

} // namespace clinic::ui
