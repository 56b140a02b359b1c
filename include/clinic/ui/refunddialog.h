#pragma once

#include "clinic/storage/session.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace clinic::storage {
class Connection;
}

namespace clinic::ui {

/// Pays back a patient's credit (advances and overpayments the clinic holds): amount (all of the
/// credit, to start with), method, reference and the reason. An amount above the credit, or not
/// an amount, is explained next to it and nothing is stored; the refund is a payment row of kind
/// Refund, so the day's takings, the balance and the reports count it. Thread: the GUI thread;
/// borrows the connection.
class RefundDialog : public QDialog
{
    Q_OBJECT
public:
    RefundDialog(storage::Connection &connection, storage::Session session, qint64 patientId, QWidget *parent = nullptr);

    [[nodiscard]] QLineEdit *amount() const { return m_amount; }
    [[nodiscard]] QComboBox *method() const { return m_method; }
    [[nodiscard]] QLineEdit *reason() const { return m_reason; }
    [[nodiscard]] QLabel *amountError() const { return m_amountError; }
    /// The credit the patient held when the dialog opened (minor units).
    [[nodiscard]] qint64 credit() const { return m_credit; }
    /// The stored refund's id, once refunded.
    [[nodiscard]] qint64 refundId() const { return m_refundId; }

public Q_SLOTS:
    void refund();

private:
    storage::Connection &m_connection;
    storage::Session m_session;
    qint64 m_patientId;
    qint64 m_credit = 0;
    QLineEdit *m_amount;
    QComboBox *m_method;
    QLineEdit *m_reference;
    QLineEdit *m_reason;
    QLabel *m_amountError;
    qint64 m_refundId = 0;
};

} // namespace clinic::ui
