#pragma once

#include "clinic/domain/invoice.h"
#include "clinic/storage/session.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace clinic::storage {
class Connection;
}

namespace clinic::ui {

/// Takes a payment on an issued invoice: amount (what is owed, to start with), method and
/// reference, the excess kept as credit if asked; or uses the patient's credit on it. A refused
/// amount is explained next to it and nothing is stored. Thread: the GUI thread.
class PaymentDialog : public QDialog
{
    Q_OBJECT
public:
    PaymentDialog(storage::Connection &connection, storage::Session session, const domain::Invoice &invoice,
                  QWidget *parent = nullptr);

    [[nodiscard]] QLineEdit *amount() const { return m_amount; }
    [[nodiscard]] QComboBox *method() const { return m_method; }
    [[nodiscard]] QLineEdit *reference() const { return m_reference; }
    [[nodiscard]] QCheckBox *keepCredit() const { return m_keepCredit; }
    [[nodiscard]] QPushButton *useCredit() const { return m_useCredit; }
    [[nodiscard]] QLabel *amountError() const { return m_amountError; }
    /// The payment rows stored (for the receipt); empty when only credit was applied.
    [[nodiscard]] const QList<qint64> &paymentIds() const { return m_paymentIds; }
    [[nodiscard]] bool wantsReceipt() const;

public Q_SLOTS:
    void take();
    void applyCredit();

private:
    storage::Connection &m_connection;
    storage::Session m_session;
    domain::Invoice m_invoice;
    qint64 m_owed = 0;
    QLineEdit *m_amount;
    QComboBox *m_method;
    QLineEdit *m_reference;
    QCheckBox *m_keepCredit;
    QCheckBox *m_receipt;
    QPushButton *m_useCredit;
    QLabel *m_amountError;
    QList<qint64> m_paymentIds;
};

} // namespace clinic::ui
