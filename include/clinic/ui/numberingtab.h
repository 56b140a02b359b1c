#pragma once

#include "clinic/storage/session.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace clinic::storage {
class Connection;
}

namespace clinic::ui {

/// Settings › Invoice numbers: this desk's invoice and credit note series and the printed
/// format, with the next numbers previewed as you type and the reason shown when a format
/// cannot work (e.g. longer than 16 characters). Thread: the GUI thread.
class NumberingTab : public QWidget
{
    Q_OBJECT
public:
    NumberingTab(storage::Connection &connection, storage::Session session, QWidget *parent = nullptr);

    [[nodiscard]] QLineEdit *invoiceSeries() const { return m_series; }
    [[nodiscard]] QLineEdit *creditSeries() const { return m_creditSeries; }
    [[nodiscard]] QLineEdit *format() const { return m_format; }
    [[nodiscard]] QString preview() const;
    [[nodiscard]] QString error() const;

public Q_SLOTS:
    bool save();

Q_SIGNALS:
    void saved(const QString &message);

private:
    void updatePreview();

    storage::Connection &m_connection;
    storage::Session m_session;
    QLineEdit *m_series;
    QLineEdit *m_creditSeries;
    QLineEdit *m_format;
    QLabel *m_preview;
    QLabel *m_error;
};

} // namespace clinic::ui
