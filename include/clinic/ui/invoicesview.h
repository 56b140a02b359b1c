#pragma once

#include "clinic/storage/session.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace clinic::storage {
class Connection;
}

namespace clinic::ui {

class InvoiceListModel;

/// The Invoices page: the list filtered by status, dates, practitioner and "owed only", and what
/// the desk does with an invoice: open a draft (Enter), take a payment (P), issue a credit note,
/// print or save it as PDF. Every change is reported through saved() so the window refreshes
/// and sync pushes it. Thread: the GUI thread.
class InvoicesView : public QWidget
{
    Q_OBJECT
public:
    InvoicesView(storage::Connection &connection, storage::Session session, QWidget *parent = nullptr);

    [[nodiscard]] InvoiceListModel *model() const { return m_model; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] QComboBox *statusFilter() const { return m_status; }
    [[nodiscard]] QCheckBox *owedOnly() const { return m_owedOnly; }
    [[nodiscard]] QDateEdit *from() const { return m_from; }
    [[nodiscard]] QDateEdit *to() const { return m_to; }
    [[nodiscard]] QLineEdit *patientFilter() const { return m_patient; }

public Q_SLOTS:
    /// Reloads with the current filter, keeping the selected invoice selected.
    void refresh();
    void openSelected();
    void takePaymentOnSelected();
    void creditNoteOnSelected();
    void printSelected();
    void savePdfOfSelected();

Q_SIGNALS:
    void saved(const QString &message);
    /// A receipt should be printed for these payments (the window owns printing of receipts).
    void receiptRequested(const QList<qint64> &paymentIds);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();
    [[nodiscard]] int selectedRow() const;
    void updateActions();

    storage::Connection &m_connection;
    storage::Session m_session;
    InvoiceListModel *m_model;
    QTableView *m_table;
    QComboBox *m_status;
    QComboBox *m_practitioner;
    QCheckBox *m_owedOnly;
    QLineEdit *m_patient;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_summary;
    QPushButton *m_open;
    QPushButton *m_pay;
    QPushButton *m_credit;
    QPushButton *m_print;
    QPushButton *m_pdf;
};

} // namespace clinic::ui
