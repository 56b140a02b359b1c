#pragma once

#include "clinic/domain/invoice.h"
#include "clinic/storage/session.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace clinic::storage {
class Connection;
}

namespace clinic::ui {

/// Corrects an issued invoice with a credit note (full = void, or partial) in the desk's credit
/// note series; the amount and a reason are required. Thread: the GUI thread.
class CreditNoteDialog : public QDialog
{
    Q_OBJECT
public:
    CreditNoteDialog(storage::Connection &connection, storage::Session session, const domain::Invoice &invoice,
                     QWidget *parent = nullptr);

    [[nodiscard]] QLineEdit *amount() const { return m_amount; }
    [[nodiscard]] QLineEdit *reason() const { return m_reason; }
    [[nodiscard]] QLabel *error() const { return m_error; }
    [[nodiscard]] qint64 creditNoteId() const { return m_creditNoteId; }

public Q_SLOTS:
    void issue();

private:
    storage::Connection &m_connection;
    storage::Session m_session;
    domain::Invoice m_invoice;
    QLineEdit *m_amount;
    QLineEdit *m_reason;
    QLabel *m_error;
    qint64 m_creditNoteId = 0;
};

} // namespace clinic::ui
