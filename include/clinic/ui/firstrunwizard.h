#pragma once

#include "clinic/ui/enrollmentform.h"

#include <QHash>
#include <QWizard>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace clinic::storage {
class Connection;
}

namespace clinic::ui {

class LogoPicker;

/// First run on an empty database: the clinic profile (name, address, tax registration, country,
/// currency, time zone, fiscal year start, logo), the first administrator, the first practitioner and
/// service — or the invented demo clinic instead. Everything is written in one transaction when
/// the wizard finishes; a refusal is shown and nothing is written. Thread: the GUI thread.
class FirstRunWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { Intro, Clinic, Admin, Practice, Server };

    /// What the user asked for on the (optional) server page; empty url = work locally only.
    using Enrollment = EnrollmentForm::Request;

    explicit FirstRunWizard(storage::Connection &connection, QWidget *parent = nullptr);

    /// The administrator's login, once the wizard finished (empty for the demo clinic).
    [[nodiscard]] QString adminLogin() const;
    [[nodiscard]] QString errorText() const;
    /// The clinic page's logo (stored with the profile when the wizard finishes).
    [[nodiscard]] LogoPicker *logo() const { return m_logo; }
    /// The enrollment to start once the wizard finished (the window's sync manager does it).
    [[nodiscard]] Enrollment enrollment() const;
    /// Test hook: a cheaper password hash for the administrator (default: PasswordHasher's).
    void setHashIterations(int iterations) { m_hashIterations = iterations; }

    int nextId() const override;
    void accept() override;

private:
    bool save();
    static QLabel *errorLabel(QWidget *page);
    /// Shows `message` under the fields of the page on screen.
    void showError(const QString &message);

    storage::Connection &m_connection;
    int m_hashIterations = 0;
    QLabel *m_error = nullptr;          ///< the administrator page's messages
    EnrollmentForm *m_enrollment = nullptr;  ///< on the server page (owned by it)
    LogoPicker *m_logo = nullptr;            ///< on the clinic page (owned by it)
    QHash<int, QLabel *> m_pageErrors;  ///< page id -> its message label (owned by the page)
};

} // namespace clinic::ui
