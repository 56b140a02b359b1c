#include "clinic/ui/appointmentdialog.h"

#include "clinic/storage/appointmentrepository.h"
#include "clinic/storage/patientrepository.h"
#include "clinic/storage/practitionerrepository.h"
#include "clinic/storage/servicerepository.h"
#include "clinic/ui/theme.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace clinic::ui {

AppointmentDialog::AppointmentDialog(storage::Connection &connection, storage::Session session, qint64 practitionerId,
                                     const QDateTime &start, qint64 patientId, QWidget *parent)
    : QDialog(parent),
      m_connection(connection),
      m_session(std::move(session)),
      m_patientSearch(new QLineEdit(this)),
      m_patient(new QComboBox(this)),
      m_practitioner(new QComboBox(this)),
      m_service(new QComboBox(this)),
      m_date(new QDateEdit(this)),
      m_time(new QTimeEdit(this)),
      m_minutes(new QSpinBox(this)),
      m_message(new QLabel(this)),
      m_repeat(new QComboBox(this)),
      m_every(new QSpinBox(this)),
      m_times(new QSpinBox(this))
{
    setWindowTitle(tr("Book an appointment"));
    m_patientSearch->setObjectName(QStringLiteral("appointmentPatientSearch"));
    m_patientSearch->setPlaceholderText(tr("Type a name, phone or file number"));
    m_patient->setObjectName(QStringLiteral("appointmentPatient"));
    if (const auto list = storage::PractitionerRepository(m_connection, m_session).list(true)) {
        for (const auto &p : list.value())
            m_practitioner->addItem(p.name, p.meta.id);
    }
    if (practitionerId != 0)
        m_practitioner->setCurrentIndex(std::max(0, m_practitioner->findData(practitionerId)));
    m_service->addItem(tr("(no service)"), qint64(0));
    if (const auto list = storage::ServiceRepository(m_connection, m_session).list(true)) {
        for (const auto &s : list.value())
            m_service->addItem(QStringLiteral("%1 (%2 min)").arg(s.name).arg(s.durationMinutes), s.meta.id);
    }
    const QDateTime local = start.toTimeZone(m_session.timeZone);
    m_date->setDate(local.date());
    m_date->setCalendarPopup(true);
    m_time->setTime(local.time());
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_minutes->setRange(5, 480);
    m_minutes->setSingleStep(15);
    m_minutes->setValue(30);
    m_minutes->setSuffix(tr(" min"));
    m_message->setObjectName(QStringLiteral("appointmentMessage"));
    m_message->setWordWrap(true);
    theme::markAsError(m_message);

    auto *form = new QFormLayout;
    form->addRow(tr("&Patient"), m_patientSearch);
    form->addRow(QString(), m_patient);
    form->addRow(tr("P&ractitioner"), m_practitioner);
    form->addRow(tr("&Service"), m_service);
    form->addRow(tr("&Day"), m_date);
    form->addRow(tr("&Time"), m_time);
    form->addRow(tr("&Length"), m_minutes);
    m_repeat->setObjectName(QStringLiteral("repeat"));
    m_repeat->addItems({tr("Does not repeat"), tr("Every week"), tr("Every few days")});
    m_every->setRange(1, 365);
    m_every->setValue(3);
    m_every->setPrefix(tr("every "));
    m_every->setSuffix(tr(" days"));
    m_times->setRange(2, domain::Recurrence::kMaxOccurrences);
    m_times->setValue(6);
    m_times->setSuffix(tr(" appointments in all"));
    auto *repeatRow = new QHBoxLayout;
    repeatRow->addWidget(m_repeat);
    repeatRow->addWidget(m_every);
    repeatRow->addWidget(m_times);
    auto *repeatLabel = new QLabel(tr("&Repeat"), this);  // a layout row needs the buddy set by hand
    repeatLabel->setBuddy(m_repeat);
    form->addRow(repeatLabel, repeatRow);
    const auto updateRepeat = [this] {
        m_every->setVisible(m_repeat->currentIndex() == 2);
        m_times->setVisible(m_repeat->currentIndex() != 0);
        m_overlapConfirmed = false;
        m_book->setText(m_repeat->currentIndex() == 0 ? tr("&Book") : tr("&Book the series"));
    };
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_book = buttons->addButton(tr("&Book"), QDialogButtonBox::AcceptRole);
    m_book->setObjectName(QStringLiteral("bookButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_patientSearch, &QLineEdit::textChanged, this, &AppointmentDialog::findPatients);
    connect(m_service, &QComboBox::currentIndexChanged, this, [this] {
        const qint64 id = m_service->currentData().toLongLong();
        if (id == 0)
            return;
        if (const auto s = storage::ServiceRepository(m_connection, m_session).get(id))
            m_minutes->setValue(s.value().durationMinutes);
    });
    // Anything that moves the booking asks again about overlaps.
    connect(m_practitioner, &QComboBox::currentIndexChanged, this, [this] { m_overlapConfirmed = false; });
    connect(m_time, &QTimeEdit::timeChanged, this, [this] { m_overlapConfirmed = false; });
    connect(m_date, &QDateEdit::dateChanged, this, [this] { m_overlapConfirmed = false; });
    connect(m_minutes, &QSpinBox::valueChanged, this, [this] { m_overlapConfirmed = false; });
    connect(m_book, &QPushButton::clicked, this, &AppointmentDialog::book);
    connect(m_repeat, &QComboBox::currentIndexChanged, this, updateRepeat);
    connect(m_times, &QSpinBox::valueChanged, this, [this] { m_overlapConfirmed = false; });
    connect(m_every, &QSpinBox::valueChanged, this, [this] { m_overlapConfirmed = false; });
    updateRepeat();
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (patientId != 0) {
        if (const auto p = storage::PatientRepository(m_connection, m_session).get(patientId)) {
            m_patient->addItem(p.value().fullName(), patientId);
            m_patientSearch->hide();
        }
    }
    (patientId != 0 ? static_cast<QWidget *>(m_time) : m_patientSearch)->setFocus();
}

QString AppointmentDialog::message() const
{
    return m_message->text();
}

void AppointmentDialog::findPatients(const QString &text)
{
    m_patient->clear();
    if (text.trimmed().isEmpty())
        return;
    const auto found = storage::PatientRepository(m_connection, m_session).search(text, 10);
    if (!found)
        return;
    for (const auto &p : found.value().patients)
        m_patient->addItem(p.phone.isEmpty() ? p.fullName() : QStringLiteral("%1 \u00b7 %2").arg(p.fullName(), p.phone), p.meta.id);
}

domain::Appointment AppointmentDialog::fromFields() const
{
    domain::Appointment a;
    a.patientId = m_patient->currentData().toLongLong();
    a.practitionerId = m_practitioner->currentData().toLongLong();
    if (const qint64 service = m_service->currentData().toLongLong())
        a.serviceId = service;
    a.startAt = QDateTime(m_date->date(), m_time->time(), m_session.timeZone).toUTC();
    a.endAt = a.startAt.addSecs(qint64(m_minutes->value()) * 60);
    return a;
}

void AppointmentDialog::book()
{
    const domain::Appointment a = fromFields();
    if (a.patientId == 0) {
        m_message->setText(tr("Choose the patient first."));
        return;
    }
    if (a.practitionerId == 0) {
        m_message->setText(tr("Choose a practitioner."));
        return;
    }
    storage::AppointmentRepository repository(m_connection, m_session);
    std::optional<domain::Recurrence> rule;
    if (m_repeat->currentIndex() != 0) {
        rule.emplace();
        rule->intervalDays = m_repeat->currentIndex() == 1 ? 7 : m_every->value();
        rule->count = m_times->value();
    }
    if (!m_overlapConfirmed) {
        const auto overlaps = rule ? repository.seriesOverlaps(a, *rule) : repository.overlapping(a);
        if (overlaps && !overlaps.value().isEmpty()) {
            const auto &other = overlaps.value().first();
            const QString when = QLocale().toString(other.startAt.toTimeZone(m_session.timeZone), QLocale::ShortFormat);
            const QString what = overlaps.value().size() == 1
                ? tr("%1 already has an appointment at %2.").arg(m_practitioner->currentText(), when)
                : tr("%1 already has appointments at %n of these times (first: %2).", nullptr, int(overlaps.value().size()))
                      .arg(m_practitioner->currentText(), when);
            if (m_session.role != domain::Role::Admin) {
                m_message->setText(what + QLatin1Char(' ') + tr("Choose another time."));
                return;
            }
            m_message->setText(what + QLatin1Char(' ') + tr("Press Book again to double-book."));
            m_overlapConfirmed = true;
            return;
        }
    }
    if (rule) {
        const auto series = repository.createSeries(a, *rule);
        if (!series) {
            m_message->setText(series.error().details());
            return;
        }
        m_booked = series.value();
        m_saved = m_booked.first();
        accept();
        return;
    }
    const auto created = repository.create(a);
    if (!created) {
        m_message->setText(created.error().message());
        return;
    }
    m_saved = created.value();
    m_booked = {m_saved};
    accept();
}

} // namespace clinic::ui
