#pragma once

#include "clinic/domain/service.h"
#include "clinic/storage/session.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace clinic::storage {
class Connection;
}

namespace clinic::ui {

/// Settings › Price list: the services the desk invoices (code, name, duration, price before
/// tax, tax rate and code, active). Select a row to edit it, or "New service"; errors appear
/// under the form and nothing is stored until it is valid. Thread: the GUI thread.
class PriceListTab : public QWidget
{
    Q_OBJECT
public:
    PriceListTab(storage::Connection &connection, storage::Session session, QWidget *parent = nullptr);

    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QLineEdit *code() const { return m_code; }
    [[nodiscard]] QLineEdit *name() const { return m_name; }
    [[nodiscard]] QSpinBox *minutes() const { return m_minutes; }
    [[nodiscard]] QLineEdit *price() const { return m_price; }
    [[nodiscard]] QLineEdit *taxRate() const { return m_taxRate; }
    [[nodiscard]] QString error() const;

public Q_SLOTS:
    void newService();
    bool save();
    void reload();

Q_SIGNALS:
    void saved(const QString &message);

private:
    void edit(int row);

    storage::Connection &m_connection;
    storage::Session m_session;
    QList<domain::Service> m_services;
    domain::Service m_current;
    QTableWidget *m_table;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QSpinBox *m_minutes;
    QLineEdit *m_price;
    QLineEdit *m_taxRate;
    QLineEdit *m_taxCode;
    QCheckBox *m_active;
    QLabel *m_error;
};

} // namespace clinic::ui
