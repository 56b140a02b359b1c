#pragma once

#include "clinic/domain/invoice.h"
#include "clinic/storage/invoicefilter.h"
#include "clinic/storage/session.h"

#include <QAbstractTableModel>
#include <QList>

namespace clinic::storage {
class Connection;
}

namespace clinic::ui {

/// Invoices matching a filter, newest first, with patient, practitioner, total and what is still
/// owed. Thread: the GUI thread; borrows the connection.
class InvoiceListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Date, Patient, Practitioner, Total, Outstanding, Status, ColumnCount };

    InvoiceListModel(storage::Connection &connection, storage::Session session, QObject *parent = nullptr);

    void setFilter(const storage::InvoiceFilter &filter);
    [[nodiscard]] const storage::InvoiceFilter &filter() const { return m_filter; }
    void reload();
    [[nodiscard]] QString lastError() const { return m_error; }
    [[nodiscard]] const domain::Invoice &invoice(int row) const { return m_rows.at(row).invoice; }
    [[nodiscard]] qint64 outstanding(int row) const { return m_rows.at(row).outstandingMinor; }
    /// The row of invoice `id`, or -1.
    [[nodiscard]] int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        domain::Invoice invoice;
        QString patient;
        QString practitioner;
        qint64 outstandingMinor = 0;
    };

    storage::Connection &m_connection;
    storage::Session m_session;
    storage::InvoiceFilter m_filter;
    QList<Row> m_rows;
    QString m_error;
};

} // namespace clinic::ui
