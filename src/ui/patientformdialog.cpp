#include "clinic/ui/patientformdialog.h"

#include "ui_patientform.h"

#include "clinic/domain/validator.h"
#include "clinic/storage/patientrepository.h"
#include "clinic/ui/theme.h"

#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>

namespace clinic::ui {
namespace {

/// The fields that have a message label next to them, by the Validator's field names.
const QStringList &labelledFields()
{
    static const QStringList fields{QStringLiteral("firstName"), QStringLiteral("lastName"), QStringLiteral("dateOfBirth"),
                                    QStringLiteral("sex"), QStringLiteral("phone"), QStringLiteral("altPhone"),
                                    QStringLiteral("email"), QStringLiteral("address"), QStringLiteral("city"),
                                    QStringLiteral("postalCode"), QStringLiteral("patientNumber"),
                                    QStringLiteral("referralSource"), QStringLiteral("alerts")};
    return fields;
}

} // namespace

PatientFormDialog::PatientFormDialog(storage::Connection &connection, storage::Session session, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PatientForm>()), m_connection(connection), m_session(std::move(session))
{
    m_ui->setupUi(this);
    // Each field's message label is named after the field + "Error" (see patientform.ui).
    for (QLabel *label : findChildren<QLabel *>()) {
        if (label->objectName().endsWith(QLatin1String("Error")))
            theme::markAsError(label);
    }
    for (const domain::Sex sex : {domain::Sex::Unknown, domain::Sex::Female, domain::Sex::Male, domain::Sex::Other})
        m_ui->sex->addItem(sex == domain::Sex::Unknown ? tr("Not recorded")
                           : sex == domain::Sex::Female ? tr("Female")
                           : sex == domain::Sex::Male   ? tr("Male")
                                                        : tr("Other"),
                           int(sex));
    m_ui->duplicates->hide();
    for (QLineEdit *edit : findChildren<QLineEdit *>()) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit] {
            m_touched.insert(edit->objectName());
            if (edit == m_ui->phone || edit == m_ui->firstName || edit == m_ui->lastName || edit == m_ui->dateOfBirth) {
                m_duplicatesConfirmed = false;  // what identifies the person changed: look again
                m_ui->duplicates->hide();
            }
            revalidate();
        });
    }
    connect(m_ui->alerts, &QPlainTextEdit::textChanged, this, [this] {
        m_touched.insert(QStringLiteral("alerts"));
        revalidate();
    });
    for (QCheckBox *box : {m_ui->consentSms, m_ui->consentWhatsapp, m_ui->consentEmail}) {
        connect(box, &QCheckBox::toggled, this, [this] {
            m_touched << QStringLiteral("phone") << QStringLiteral("email");
            revalidate();
        });
    }
    connect(m_ui->buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, &PatientFormDialog::save);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->openExisting, &QPushButton::clicked, this, [this] {
        if (!m_duplicates.isEmpty()) {
            m_openExisting = m_duplicates.first();
            done(QDialog::Rejected);
        }
    });
}

PatientFormDialog::PatientFormDialog(storage::Connection &connection, storage::Session session, const QString &searchText, QWidget *parent)
    : PatientFormDialog(connection, std::move(session), parent)
{
    setWindowTitle(tr("New patient"));
    // Prefill from the search: a number is a phone, a date is a birth date, words are the name.
    const QString text = searchText.simplified();
    static const QRegularExpression phoneLike(QStringLiteral("^[+]?[0-9 ()-]{5,}$"));
    if (phoneLike.match(text).hasMatch()) {
        m_ui->phone->setText(text);
    } else if (parseDate(text)) {
        m_ui->dateOfBirth->setText(text);
    } else if (!text.isEmpty()) {
        const qsizetype space = text.indexOf(QLatin1Char(' '));
        m_ui->firstName->setText(space < 0 ? text : text.left(space));
        if (space > 0)
            m_ui->lastName->setText(text.mid(space + 1));
    }
    m_ui->firstName->setFocus();
}

PatientFormDialog::PatientFormDialog(storage::Connection &connection, storage::Session session, const domain::Patient &patient, QWidget *parent)
    : PatientFormDialog(connection, std::move(session), parent)
{
    setWindowTitle(tr("Patient: %1").arg(patient.fullName()));
    m_original = patient;
    fill(patient);
}

PatientFormDialog::~PatientFormDialog() = default;

std::optional<QDate> PatientFormDialog::parseDate(const QString &text)
{
    const QString t = text.trimmed();
    for (const char *format : {"d/M/yyyy", "d-M-yyyy", "d.M.yyyy", "yyyy-MM-dd"}) {
        const QDate date = QDate::fromString(t, QLatin1String(format));
        if (date.isValid())
            return date;
    }
    return std::nullopt;
}

void PatientFormDialog::fill(const domain::Patient &p)
{
    m_ui->firstName->setText(p.firstName);
    m_ui->lastName->setText(p.lastName);
    m_ui->dateOfBirth->setText(p.dateOfBirth.isValid() ? p.dateOfBirth.toString(QStringLiteral("dd/MM/yyyy")) : QString());
    m_ui->sex->setCurrentIndex(m_ui->sex->findData(int(p.sex)));
    m_ui->phone->setText(p.phone);
    m_ui->altPhone->setText(p.altPhone);
    m_ui->email->setText(p.email);
    m_ui->address->setText(p.address);
    m_ui->city->setText(p.city);
    m_ui->postalCode->setText(p.postalCode);
    m_ui->patientNumber->setText(p.patientNumber);
    m_ui->referralSource->setText(p.referralSource);
    m_ui->alerts->setPlainText(p.alerts);
    m_ui->consentSms->setChecked(p.consentSms);
    m_ui->consentWhatsapp->setChecked(p.consentWhatsapp);
    m_ui->consentEmail->setChecked(p.consentEmail);
    m_touched.clear();
    revalidate();
}

domain::Patient PatientFormDialog::patientFromFields(QString *dateError) const
{
    domain::Patient p = m_original;
    p.firstName = m_ui->firstName->text().trimmed();
    p.lastName = m_ui->lastName->text().trimmed();
    const QString dob = m_ui->dateOfBirth->text().trimmed();
    p.dateOfBirth = QDate();
    if (!dob.isEmpty()) {
        if (const auto date = parseDate(dob))
            p.dateOfBirth = *date;
        else if (dateError)
            *dateError = tr("Write the date as dd/mm/yyyy.");
    }
    p.sex = domain::Sex(m_ui->sex->currentData().toInt());
    p.phone = m_ui->phone->text().trimmed();
    p.altPhone = m_ui->altPhone->text().trimmed();
    p.email = m_ui->email->text().trimmed();
    p.address = m_ui->address->text().trimmed();
    p.city = m_ui->city->text().trimmed();
    p.postalCode = m_ui->postalCode->text().trimmed();
    p.patientNumber = m_ui->patientNumber->text().trimmed();
    p.referralSource = m_ui->referralSource->text().trimmed();
    p.alerts = m_ui->alerts->toPlainText().trimmed();
    p.consentSms = m_ui->consentSms->isChecked();
    p.consentWhatsapp = m_ui->consentWhatsapp->isChecked();
    p.consentEmail = m_ui->consentEmail->isChecked();
    return p;
}

void PatientFormDialog::revalidate()
{
    QString dateError;
    const domain::Patient p = patientFromFields(&dateError);
    QList<domain::FieldError> errors = domain::Validator::validate(p, m_session.validationContext());
    if (!dateError.isEmpty())
        errors.prepend({QStringLiteral("dateOfBirth"), dateError});
    showErrors(errors, false);
}

void PatientFormDialog::showErrors(const QList<domain::FieldError> &errors, bool all)
{
    QStringList other;
    for (const QString &field : labelledFields()) {
        auto *label = findChild<QLabel *>(field + QStringLiteral("Error"));
        QString message;
        for (const domain::FieldError &e : errors) {
            if (e.field == field) {
                message = e.message;
                break;
            }
        }
        label->setText(all || m_touched.contains(field) ? message : QString());
    }
    for (const domain::FieldError &e : errors) {
        if (!labelledFields().contains(e.field) && all)
            other << e.message;
    }
    m_ui->formError->setText(other.join(QLatin1Char('\n')));
}

void PatientFormDialog::save()
{
    QString dateError;
    const domain::Patient p = patientFromFields(&dateError);
    QList<domain::FieldError> errors = domain::Validator::validate(p, m_session.validationContext());
    if (!dateError.isEmpty())
        errors.prepend({QStringLiteral("dateOfBirth"), dateError});
    if (!errors.isEmpty()) {
        showErrors(errors, true);
        m_ui->formError->setText(tr("Please correct the fields marked above; nothing was saved."));
        return;
    }
    storage::PatientRepository repository(m_connection, m_session);
    if (p.meta.isNew() && !m_duplicatesConfirmed) {
        const auto likely = repository.likelyDuplicates(p);
        if (likely && !likely.value().isEmpty()) {
            m_duplicates.clear();
            QStringList names;
            for (const domain::Patient &d : likely.value()) {
                m_duplicates << d.meta.id;
                names << (d.phone.isEmpty() ? d.fullName() : QStringLiteral("%1 (%2)").arg(d.fullName(), d.phone));
            }
            m_ui->duplicatesLabel->setText(tr("This may be a patient you already have: %1. Open the existing record, or press Save again to register a new one.")
                                               .arg(names.join(QStringLiteral(", "))));
            m_ui->duplicates->show();
            m_duplicatesConfirmed = true;
            return;
        }
    }
    // An edit saves only what was changed in the form: a field another desk changed meanwhile stays.
    const auto result = p.meta.isNew() ? repository.create(p) : repository.update(m_original, p);
    if (!result) {
        showErrors(result.error().fieldErrors(), true);
        m_ui->formError->setText(result.error().fieldErrors().isEmpty() ? result.error().message()
                                                                        : tr("Please correct the fields marked above; nothing was saved."));
        return;
    }
    m_saved = result.value();
    accept();
}

QString PatientFormDialog::errorFor(const QString &field) const
{
    const auto *label = findChild<QLabel *>(field + QStringLiteral("Error"));
    return label ? label->text() : QString();
}

QString PatientFormDialog::formError() const
{
    return m_ui->formError->text();
}

bool PatientFormDialog::duplicatesShown() const
{
    return !m_ui->duplicates->isHidden();
}

} // namespace clinic::ui
