#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace clinic::ui {

/// The fields that connect a desk to the clinic's sync server: the server's address, the one-time
/// enrollment code from its administrator, this desk's name, and (for a server with a self-signed
/// certificate) the PEM file to pin. Used by the first-run wizard and by Settings › This desk.
/// check() shows what is wrong next to the field it concerns. Thread: the GUI thread.
class EnrollmentForm : public QWidget
{
    Q_OBJECT
public:
    /// What the user asked for; an empty serverUrl means "work on this computer only".
    struct Request
    {
        QString serverUrl;
        QString code;
        QString deviceName;
        QString pinnedCertificate;  ///< a PEM file path, or empty to trust the system's authorities
    };

    explicit EnrollmentForm(QWidget *parent = nullptr);

    [[nodiscard]] Request request() const;
    /// True when every field can be used (an empty address too when `addressOptional`); otherwise
    /// shows the reasons next to their fields and returns false.
    bool check(bool addressOptional);
    /// The messages check() shows, joined (empty when it passed).
    [[nodiscard]] QString problems() const;

    [[nodiscard]] QLineEdit *serverUrl() const { return m_url; }
    [[nodiscard]] QLineEdit *code() const { return m_code; }
    [[nodiscard]] QLineEdit *deviceName() const { return m_device; }
    [[nodiscard]] QLineEdit *certificate() const { return m_certificate; }

private:
    QLineEdit *m_url;
    QLineEdit *m_code;
    QLineEdit *m_device;
    QLineEdit *m_certificate;
    QLabel *m_urlError;
    QLabel *m_codeError;
    QLabel *m_deviceError;
    QLabel *m_certificateError;
};

} // namespace clinic::ui
