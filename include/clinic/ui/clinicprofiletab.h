#pragma once

#include "clinic/storage/session.h"

#include <QMap>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace clinic::storage {
class Connection;
}

namespace clinic::ui {

class LogoPicker;

/// Settings › Clinic: the profile printed on every invoice (name, address, phone, tax
/// registration, logo), the time zone and fiscal year, and the working hours the reports
/// measure utilisation against. Each field's error is shown next to it; nothing is saved until
/// every field is valid. Thread: the GUI thread.
class ClinicProfileTab : public QWidget
{
    Q_OBJECT
public:
    ClinicProfileTab(storage::Connection &connection, storage::Session session, QWidget *parent = nullptr);

    [[nodiscard]] QLineEdit *field(const QString &key) const { return m_fields.value(key); }
    [[nodiscard]] QPlainTextEdit *address() const { return m_address; }
    [[nodiscard]] QComboBox *timeZone() const { return m_timeZone; }
    [[nodiscard]] QComboBox *fiscalYearStart() const { return m_fiscalStart; }
    [[nodiscard]] QString errorFor(const QString &key) const;
    [[nodiscard]] bool hasLogo() const;
    /// Sets the logo from an image file (scaled down to 400 px); false with a message if unreadable.
    bool loadLogo(const QString &path);

public Q_SLOTS:
    /// Validates and stores; returns whether it saved.
    bool save();

Q_SIGNALS:
    void saved(const QString &message);

private:
    void load();

    storage::Connection &m_connection;
    storage::Session m_session;
    QMap<QString, QLineEdit *> m_fields;  ///< settings key -> line edit
    QMap<QString, QLabel *> m_errors;     ///< settings key -> error label
    QPlainTextEdit *m_address;
    QComboBox *m_timeZone;
    QComboBox *m_fiscalStart;
    LogoPicker *m_logo;
};

} // namespace clinic::ui
