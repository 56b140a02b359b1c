#include "clinic/ui/enrollmentform.h"
#include "clinic/ui/theme.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSslCertificate>
#include <QUrl>

namespace clinic::ui {

namespace {
QLabel *fieldError(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    theme::markAsError(label);
    label->setWordWrap(true);
    label->hide();
    return label;
}

void showMessage(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}
} // namespace

EnrollmentForm::EnrollmentForm(QWidget *parent)
    : QWidget(parent), m_url(new QLineEdit(this)), m_code(new QLineEdit(this)), m_device(new QLineEdit(this)),
      m_certificate(new QLineEdit(this)), m_urlError(fieldError(this, QStringLiteral("serverUrlError"))),
      m_codeError(fieldError(this, QStringLiteral("enrollmentCodeError"))), m_deviceError(fieldError(this, QStringLiteral("deviceNameError"))),
      m_certificateError(fieldError(this, QStringLiteral("certificateError")))
{
    m_url->setObjectName(QStringLiteral("serverUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://clinic-server.local:8443"));
    m_code->setObjectName(QStringLiteral("enrollmentCode"));
    m_code->setPlaceholderText(QStringLiteral("K7Q2-9XW4"));
    m_device->setObjectName(QStringLiteral("deviceName"));
    m_device->setText(tr("Front desk"));
    m_certificate->setObjectName(QStringLiteral("pinnedCertificate"));
    m_certificate->setPlaceholderText(tr("only for a server with its own (self-signed) certificate"));
    auto *browse = new QPushButton(tr("&Browse\u2026"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("The server's certificate"), {}, tr("Certificates (*.pem *.crt)"));
        if (!file.isEmpty())
            m_certificate->setText(file);
    });
    auto *certificateRow = new QHBoxLayout;
    certificateRow->setContentsMargins(0, 0, 0, 0);
    certificateRow->addWidget(m_certificate, 1);
    certificateRow->addWidget(browse);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Server &address"), m_url);
    form->addRow(QString(), m_urlError);
    form->addRow(tr("One-time &code"), m_code);
    form->addRow(QString(), m_codeError);
    form->addRow(tr("This &desk's name"), m_device);
    form->addRow(QString(), m_deviceError);
    auto *certificateLabel = new QLabel(tr("Server c&ertificate"), this);
    certificateLabel->setBuddy(m_certificate);
    form->addRow(certificateLabel, certificateRow);
    form->addRow(QString(), m_certificateError);
    // A message goes as soon as the user changes its field.
    connect(m_url, &QLineEdit::textEdited, m_urlError, [this] { showMessage(m_urlError, {}); });
    connect(m_code, &QLineEdit::textEdited, m_codeError, [this] { showMessage(m_codeError, {}); });
    connect(m_device, &QLineEdit::textEdited, m_deviceError, [this] { showMessage(m_deviceError, {}); });
    connect(m_certificate, &QLineEdit::textChanged, m_certificateError, [this] { showMessage(m_certificateError, {}); });
}

EnrollmentForm::Request EnrollmentForm::request() const
{
    return {m_url->text().trimmed(), m_code->text().trimmed(), m_device->text().trimmed(), m_certificate->text().trimmed()};
}

bool EnrollmentForm::check(bool addressOptional)
{
    const Request asked = request();
    QString url, code, device, certificate;
    if (asked.serverUrl.isEmpty()) {
        if (!addressOptional)
            url = tr("Enter the server's address, e.g. https://clinic-server.local:8443.");
    } else {
        const QUrl parsed(asked.serverUrl, QUrl::StrictMode);
        if (!parsed.isValid() || (parsed.scheme() != QLatin1String("https") && parsed.scheme() != QLatin1String("http")) || parsed.host().isEmpty())
            url = tr("The server address looks like https://name-or-address:port.");
    }
    const bool connecting = !asked.serverUrl.isEmpty() || !addressOptional;
    if (connecting) {
        if (asked.code.isEmpty())
            code = addressOptional ? tr("Enter the one-time code from the server's administrator, or leave the address empty.")
                                   : tr("Enter the one-time code from the server's administrator.");
        if (asked.deviceName.isEmpty())
            device = tr("Give this desk a name the administrator will recognise, e.g. Front desk.");
        if (!asked.pinnedCertificate.isEmpty()) {
            if (!QFileInfo(asked.pinnedCertificate).isReadable())
                certificate = tr("This file cannot be read.");
            else if (QSslCertificate::fromPath(asked.pinnedCertificate).isEmpty())
                certificate = tr("This file holds no PEM certificate.");
        }
    }
    showMessage(m_urlError, url);
    showMessage(m_codeError, code);
    showMessage(m_deviceError, device);
    showMessage(m_certificateError, certificate);
    return url.isEmpty() && code.isEmpty() && device.isEmpty() && certificate.isEmpty();
}

QString EnrollmentForm::problems() const
{
    QStringList messages;
    for (const QLabel *label : {m_urlError, m_codeError, m_deviceError, m_certificateError}) {
        if (!label->text().isEmpty())
            messages << label->text();
    }
    return messages.join(QLatin1Char('\n'));
}

} // namespace clinic::ui
