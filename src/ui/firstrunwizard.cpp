#include "clinic/ui/firstrunwizard.h"

#include "clinic/domain/money.h"
#include "clinic/domain/validator.h"
#include "clinic/storage/demoseeder.h"
#include "clinic/storage/practitionerrepository.h"
#include "clinic/storage/servicerepository.h"
#include "clinic/storage/settingsrepository.h"
#include "clinic/storage/userrepository.h"
#include "clinic/storage/writetransaction.h"
#include "clinic/ui/enrollmentform.h"
#include "clinic/ui/logopicker.h"
#include "clinic/ui/theme.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace clinic::ui {
namespace {

/// A page whose fields the wizard registers while building it.
class FieldPage : public QWizardPage
{
public:
    using QWizardPage::registerField;
};

FieldPage *makePage(const QString &title, const QString &subtitle)
{
    auto *p = new FieldPage;
    p->setTitle(title);
    p->setSubTitle(subtitle);
    return p;
}

/// The administrator page checks what the user typed before moving on.
class AdminPage : public FieldPage
{
public:
    explicit AdminPage(QLabel *error) : m_error(error) {}
    bool validatePage() override
    {
        const QString password = field(QStringLiteral("adminPassword")).toString();
        domain::User user;
        user.displayName = field(QStringLiteral("adminName")).toString().trimmed();
        user.login = field(QStringLiteral("adminLogin")).toString().trimmed();
        user.role = domain::Role::Admin;
        QStringList problems;
        for (const auto &e : domain::Validator::validate(user)) {
            if (e.field != QLatin1String("password"))  // not hashed yet; checked below
                problems << e.message;
        }
        if (password.size() < 8)
            problems << FirstRunWizard::tr("The password needs at least 8 characters.");
        else if (password != field(QStringLiteral("adminPasswordAgain")).toString())
            problems << FirstRunWizard::tr("The two passwords are not the same.");
        m_error->setText(problems.join(QLatin1Char('\n')));
        return problems.isEmpty();
    }

private:
    QLabel *m_error;
};

} // namespace

FirstRunWizard::FirstRunWizard(storage::Connection &connection, QWidget *parent) : QWizard(parent), m_connection(connection)
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("Welcome to ClinicDesk"));
    setOption(QWizard::NoBackButtonOnStartPage);

    // Intro: set up, or try the demo.
    auto *intro = makePage(tr("Welcome"), tr("This computer has no clinic yet."));
    auto *setUp = new QRadioButton(tr("&Set up my clinic"), intro);
    auto *demo = new QRadioButton(tr("&Try ClinicDesk with an invented demo clinic"), intro);
    setUp->setObjectName(QStringLiteral("setUp"));
    demo->setObjectName(QStringLiteral("demo"));
    setUp->setChecked(true);
    auto *introLayout = new QVBoxLayout(intro);
    introLayout->addWidget(setUp);
    introLayout->addWidget(demo);
    intro->registerField(QStringLiteral("demo"), demo);
    setPage(Intro, intro);

    // The clinic profile.
    auto *clinic = makePage(tr("Your clinic"), tr("Printed on invoices and receipts; you can change it later in Settings."));
    auto *name = new QLineEdit(clinic);
    auto *address = new QLineEdit(clinic);
    auto *tax = new QLineEdit(clinic);
    auto *country = new QComboBox(clinic);
    country->addItem(tr("India"), QStringLiteral("IN"));
    country->addItem(tr("Spain"), QStringLiteral("ES"));
    auto *zone = new QComboBox(clinic);
    for (const char *id : {"Asia/Kolkata", "Europe/Madrid", "Atlantic/Canary", "UTC"})
        zone->addItem(QString::fromLatin1(id), QString::fromLatin1(id));
    auto *fiscal = new QComboBox(clinic);
    for (int month = 1; month <= 12; ++month)
        fiscal->addItem(QLocale().monthName(month), month);
    fiscal->setCurrentIndex(3);  // April: India's fiscal year
    connect(country, &QComboBox::currentIndexChanged, this, [country, zone, fiscal] {
        const bool spain = country->currentData().toString() == QLatin1String("ES");
        zone->setCurrentIndex(spain ? 1 : 0);
        fiscal->setCurrentIndex(spain ? 0 : 3);
    });
    for (auto [widget, object] : {std::pair<QWidget *, const char *>{name, "clinicName"}, {address, "clinicAddress"}, {tax, "taxRegistration"},
                                  {country, "country"}, {zone, "timeZone"}, {fiscal, "fiscalYearStart"}})
        widget->setObjectName(QLatin1String(object));
    auto *clinicForm = new QFormLayout(clinic);
    clinicForm->addRow(tr("Clinic &name *"), name);
    clinicForm->addRow(tr("&Address"), address);
    clinicForm->addRow(tr("Ta&x registration (GSTIN / NIF)"), tax);
    clinicForm->addRow(tr("&Country"), country);
    clinicForm->addRow(tr("&Time zone"), zone);
    clinicForm->addRow(tr("&Fiscal year starts in"), fiscal);
    m_logo = new LogoPicker(clinic);
    auto *logoLabel = new QLabel(tr("Logo (optional)"), clinic);
    logoLabel->setBuddy(m_logo);
    clinicForm->addRow(logoLabel, m_logo);
    clinic->registerField(QStringLiteral("clinicName*"), name);
    clinic->registerField(QStringLiteral("clinicAddress"), address);
    clinic->registerField(QStringLiteral("taxRegistration"), tax);
    clinic->registerField(QStringLiteral("country"), country, "currentData");
    clinic->registerField(QStringLiteral("timeZone"), zone, "currentData");
    clinic->registerField(QStringLiteral("fiscalYearStart"), fiscal, "currentData");
    setPage(Clinic, clinic);

    // The first administrator.
    m_error = errorLabel(nullptr);
    m_pageErrors.insert(Admin, m_error);
    auto *admin = new AdminPage(m_error);
    admin->setTitle(tr("Administrator"));
    admin->setSubTitle(tr("The first user; administrators add the other users in Settings."));
    auto *adminName = new QLineEdit(admin);
    auto *login = new QLineEdit(admin);
    auto *password = new QLineEdit(admin);
    auto *again = new QLineEdit(admin);
    password->setEchoMode(QLineEdit::Password);
    again->setEchoMode(QLineEdit::Password);
    for (auto [widget, object] : {std::pair<QWidget *, const char *>{adminName, "adminName"}, {login, "adminLogin"}, {password, "adminPassword"},
                                  {again, "adminPasswordAgain"}})
        widget->setObjectName(QLatin1String(object));
    auto *adminForm = new QFormLayout(admin);
    adminForm->addRow(tr("Your &name *"), adminName);
    adminForm->addRow(tr("&User name *"), login);
    adminForm->addRow(tr("&Password *"), password);
    adminForm->addRow(tr("&Repeat it *"), again);
    adminForm->addRow(m_error);
    admin->registerField(QStringLiteral("adminName*"), adminName);
    admin->registerField(QStringLiteral("adminLogin*"), login);
    admin->registerField(QStringLiteral("adminPassword*"), password);
    admin->registerField(QStringLiteral("adminPasswordAgain*"), again);
    setPage(Admin, admin);

    // The first practitioner and service (optional; more in Settings).
    auto *practice = makePage(tr("Practice"), tr("Optional: the first practitioner and service. Add more later in Settings."));
    auto *practitioner = new QLineEdit(practice);
    auto *service = new QLineEdit(practice);
    auto *price = new QLineEdit(practice);
    practitioner->setObjectName(QStringLiteral("practitionerName"));
    service->setObjectName(QStringLiteral("serviceName"));
    price->setObjectName(QStringLiteral("servicePrice"));
    auto *practiceForm = new QFormLayout(practice);
    practiceForm->addRow(tr("Practitioner"), practitioner);
    practiceForm->addRow(tr("Service"), service);
    practiceForm->addRow(tr("Price (before tax)"), price);
    practice->registerField(QStringLiteral("practitionerName"), practitioner);
    practice->registerField(QStringLiteral("serviceName"), service);
    practice->registerField(QStringLiteral("servicePrice"), price);
    m_pageErrors.insert(Practice, errorLabel(practice));
    practiceForm->addRow(m_pageErrors.value(Practice));
    setPage(Practice, practice);

    // Optional: connect this desk to the clinic's sync server.
    auto *server = makePage(tr("Sync server (optional)"),
                            tr("If your clinic has a ClinicDesk server, enter its address and the one-time code from its "
                               "administrator. Leave empty to work on this computer only; you can connect later."));
    m_enrollment = new EnrollmentForm(server);
    auto *serverLayout = new QVBoxLayout(server);
    serverLayout->addWidget(m_enrollment);
    m_pageErrors.insert(Server, errorLabel(server));
    serverLayout->addWidget(m_pageErrors.value(Server));
    serverLayout->addStretch(1);
    setPage(Server, server);
}

QLabel *FirstRunWizard::errorLabel(QWidget *page)
{
    auto *label = new QLabel(page);
    label->setObjectName(QStringLiteral("wizardError"));
    theme::markAsError(label);
    label->setWordWrap(true);
    return label;
}

void FirstRunWizard::showError(const QString &message)
{
    if (QLabel *label = m_pageErrors.value(currentId(), m_error))
        label->setText(message);
}

FirstRunWizard::Enrollment FirstRunWizard::enrollment() const
{
    return m_enrollment->request();
}

int FirstRunWizard::nextId() const
{
    switch (currentId()) {
    case Intro:
        return field(QStringLiteral("demo")).toBool() ? -1 : Clinic;
    case Clinic:
        return Admin;
    case Admin:
        return Practice;
    case Practice:
        return Server;
    default:
        return -1;
    }
}

QString FirstRunWizard::adminLogin() const
{
    return field(QStringLiteral("demo")).toBool() ? QString() : field(QStringLiteral("adminLogin")).toString().trimmed();
}

QString FirstRunWizard::errorText() const
{
    const QLabel *label = m_pageErrors.value(currentId(), m_error);
    QString text = label ? label->text() : QString();
    if (currentId() == Server && !m_enrollment->problems().isEmpty())
        text += QLatin1Char('\n') + m_enrollment->problems();
    return text;
}

void FirstRunWizard::accept()
{
    if (save())
        QWizard::accept();
}

bool FirstRunWizard::save()
{
    if (!m_enrollment->check(true)) {  // the messages are next to the fields
        showError(tr("Correct the server details, or leave the address empty."));
        return false;
    }
    storage::Session system;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto fail = [this](const QString &message) {
        QApplication::restoreOverrideCursor();
        showError(message);
        return false;
    };
    if (field(QStringLiteral("demo")).toBool()) {
        const auto seeded = storage::DemoSeeder::seed(m_connection, system, storage::DemoSeeder::Options{});
        if (!seeded)
            return fail(seeded.error().message());
        QApplication::restoreOverrideCursor();
        return true;
    }
    const QString country = field(QStringLiteral("country")).toString();
    const QString currency = country == QLatin1String("ES") ? QStringLiteral("EUR") : QStringLiteral("INR");
    system.defaultCountry = country;
    system.currency = currency;
    storage::WriteTransaction tx(m_connection, std::nullopt);
    if (!tx.isActive())
        return fail(tx.error().message());
    storage::SettingsRepository settings(m_connection, system);
    const QList<std::pair<QString, QString>> profile{
        {QStringLiteral("clinic.name"), field(QStringLiteral("clinicName")).toString().trimmed()},
        {QStringLiteral("clinic.address"), field(QStringLiteral("clinicAddress")).toString().trimmed()},
        {QStringLiteral("clinic.taxRegistration"), field(QStringLiteral("taxRegistration")).toString().trimmed()},
        {QStringLiteral("clinic.country"), country},
        {QStringLiteral("clinic.currency"), currency},
        {QStringLiteral("clinic.timeZone"), field(QStringLiteral("timeZone")).toString()},
        {QStringLiteral("billing.fiscalYearStartMonth"), QString::number(field(QStringLiteral("fiscalYearStart")).toInt())},
        {QStringLiteral("clinic.logoPng"), QString::fromLatin1(m_logo->png().toBase64())}};
    for (const auto &[key, value] : profile) {
        if (auto saved = settings.setValue(key, value); !saved)
            return fail(saved.error().message());
    }
    storage::UserRepository users(m_connection, system);
    if (m_hashIterations > 0)
        users.setHashIterations(m_hashIterations);
    domain::User admin;
    admin.displayName = field(QStringLiteral("adminName")).toString().trimmed();
    admin.login = field(QStringLiteral("adminLogin")).toString().trimmed();
    admin.role = domain::Role::Admin;
    if (auto created = users.create(admin, field(QStringLiteral("adminPassword")).toString()); !created)
        return fail(created.error().message());
    const QString practitioner = field(QStringLiteral("practitionerName")).toString().trimmed();
    if (!practitioner.isEmpty()) {
        domain::Practitioner p;
        p.name = practitioner;
        p.colour = QStringLiteral("#3A7BD5");
        if (auto created = storage::PractitionerRepository(m_connection, system).create(p); !created)
            return fail(created.error().message());
    }
    const QString service = field(QStringLiteral("serviceName")).toString().trimmed();
    if (!service.isEmpty()) {
        domain::Money price;
        if (!domain::Money::parse(field(QStringLiteral("servicePrice")).toString().trimmed(), currency, &price))
            return fail(tr("Write the price as a number, like 800 or 800.50."));
        domain::Service s;
        s.code = QStringLiteral("S1");
        s.name = service;
        s.priceMinor = price.minorUnits();
        if (auto created = storage::ServiceRepository(m_connection, system).create(s); !created)
            return fail(created.error().message());
    }
    if (auto committed = tx.commit(); !committed)
        return fail(committed.error().message());
    QApplication::restoreOverrideCursor();
    return true;
}

} // namespace clinic::ui
