#include "clinic/ui/clinicprofiletab.h"

#include "clinic/storage/settingsrepository.h"
#include "clinic/ui/logopicker.h"
#include "clinic/ui/theme.h"

#include <QBuffer>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimeZone>
#include <QVBoxLayout>

namespace clinic::ui {

ClinicProfileTab::ClinicProfileTab(storage::Connection &connection, storage::Session session, QWidget *parent)
    : QWidget(parent), m_connection(connection), m_session(std::move(session)), m_address(new QPlainTextEdit(this)),
      m_timeZone(new QComboBox(this)), m_fiscalStart(new QComboBox(this)), m_logo(new LogoPicker(this))
{
    auto *form = new QFormLayout;
    const auto row = [&](const QString &key, const QString &label, QWidget *editor) {
        auto *error = new QLabel(this);
        error->setObjectName(key + QStringLiteral(".error"));
        theme::markAsError(error);
        m_errors.insert(key, error);
        auto *line = new QHBoxLayout;
        line->addWidget(editor, 1);
        line->addWidget(error);
        auto *caption = new QLabel(label, this);
        caption->setBuddy(editor);  // a layout row gets no buddy by itself
        form->addRow(caption, line);
    };
    const auto edit = [&](const QString &key, const QString &label, const QString &placeholder = {}) {
        auto *e = new QLineEdit(this);
        e->setObjectName(key);
        e->setPlaceholderText(placeholder);
        m_fields.insert(key, e);
        row(key, label, e);
    };
    edit(QStringLiteral("clinic.name"), tr("Clinic &name *"));
    m_address->setObjectName(QStringLiteral("clinic.address"));
    m_address->setMaximumHeight(70);
    row(QStringLiteral("clinic.address"), tr("&Address"), m_address);
    edit(QStringLiteral("clinic.phone"), tr("&Phone"));
    edit(QStringLiteral("clinic.taxRegistration"), tr("&Tax registration"), tr("GSTIN or NIF"));
    for (const QByteArray &zone : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromLatin1(zone));
    row(QStringLiteral("clinic.timeZone"), tr("Time &zone"), m_timeZone);
    for (int month = 1; month <= 12; ++month)
        m_fiscalStart->addItem(QLocale().monthName(month), month);
    row(QStringLiteral("billing.fiscalYearStartMonth"), tr("&Fiscal year starts in"), m_fiscalStart);
    edit(QStringLiteral("clinic.workingHours"), tr("&Working hours"), QStringLiteral("09:00-18:00"));
    edit(QStringLiteral("clinic.workingDays"), tr("Working &days"), tr("1-6 = Monday to Saturday"));

    m_errors.insert(QStringLiteral("clinic.logoPng"), m_logo->error());
    auto *logoLabel = new QLabel(tr("Logo"), this);
    logoLabel->setBuddy(m_logo);
    form->addRow(logoLabel, m_logo);

    auto *saveButton = new QPushButton(tr("&Save clinic profile"), this);
    saveButton->setObjectName(QStringLiteral("saveProfile"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(saveButton, 0, Qt::AlignRight);
    layout->addStretch(1);
    connect(saveButton, &QPushButton::clicked, this, &ClinicProfileTab::save);
    load();
}

void ClinicProfileTab::load()
{
    const storage::SettingsRepository settings(m_connection, m_session);
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        it.value()->setText(settings.value(it.key()));
    m_address->setPlainText(settings.value(QStringLiteral("clinic.address")));
    m_timeZone->setCurrentText(settings.value(QStringLiteral("clinic.timeZone"), QString::fromLatin1(m_session.timeZone.id())));
    m_fiscalStart->setCurrentIndex(m_fiscalStart->findData(settings.value(QStringLiteral("billing.fiscalYearStartMonth"), QStringLiteral("4")).toInt()));
    m_logo->setPng(QByteArray::fromBase64(settings.value(QStringLiteral("clinic.logoPng")).toLatin1()));
}

bool ClinicProfileTab::loadLogo(const QString &path)
{
    return m_logo->loadFile(path);
}

bool ClinicProfileTab::hasLogo() const { return !m_logo->png().isEmpty(); }

QString ClinicProfileTab::errorFor(const QString &key) const { return m_errors.contains(key) ? m_errors.value(key)->text() : QString(); }

bool ClinicProfileTab::save()
{
    for (QLabel *error : m_errors)
        error->clear();
    const auto text = [this](const char *key) { return m_fields.value(QLatin1String(key))->text().trimmed(); };
    bool ok = true;
    const auto refuse = [&](const char *key, const QString &message) {
        m_errors.value(QLatin1String(key))->setText(message);
        ok = false;
    };
    if (text("clinic.name").isEmpty())
        refuse("clinic.name", tr("The clinic needs a name (it is printed on invoices)."));
    if (text("clinic.name").size() > 120)
        refuse("clinic.name", tr("At most 120 characters."));
    static const QRegularExpression hours(QStringLiteral("^([01]\\d|2[0-3]):[0-5]\\d-([01]\\d|2[0-3]):[0-5]\\d$"));
    const QString working = text("clinic.workingHours");
    if (!working.isEmpty() && (!hours.match(working).hasMatch() || working.left(5) >= working.mid(6)))
        refuse("clinic.workingHours", tr("Opening and closing time, such as 09:00-18:00."));
    static const QRegularExpression days(QStringLiteral("^[1-7](-[1-7])?$"));
    const QString workingDays = text("clinic.workingDays");
    if (!workingDays.isEmpty() && (!days.match(workingDays).hasMatch() || workingDays.left(1) > workingDays.right(1)))
        refuse("clinic.workingDays", tr("Days as numbers, 1 = Monday: 1-6 is Monday to Saturday."));
    if (!QTimeZone::isTimeZoneIdAvailable(m_timeZone->currentText().toLatin1()))
        refuse("clinic.timeZone", tr("Choose a time zone from the list."));
    if (m_logo->png().size() > LogoPicker::kMaxPngBytes)
        refuse("clinic.logoPng", tr("The logo is too large; choose a smaller image."));
    if (!ok)
        return false;
    storage::SettingsRepository settings(m_connection, m_session);
    QList<QPair<QString, QString>> values;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        values << QPair{it.key(), it.value()->text().trimmed()};
    values << QPair{QStringLiteral("clinic.address"), m_address->toPlainText().trimmed()}
           << QPair{QStringLiteral("clinic.timeZone"), m_timeZone->currentText()}
           << QPair{QStringLiteral("billing.fiscalYearStartMonth"), QString::number(m_fiscalStart->currentData().toInt())}
           << QPair{QStringLiteral("clinic.logoPng"), QString::fromLatin1(m_logo->png().toBase64())};
    if (auto stored = settings.setValues(values); !stored) {
        m_errors.value(QStringLiteral("clinic.name"))->setText(stored.error().message());
        return false;
    }
    Q_EMIT saved(tr("Clinic profile saved."));
    return true;
}

} // namespace clinic::ui
