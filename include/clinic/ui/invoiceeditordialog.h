#pragma once

#include "clinic/domain/error.h"
#include "clinic/domain/invoice.h"
#include "clinic/domain/payment.h"
#include "clinic/domain/service.h"
#include "clinic/storage/session.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class InvoiceEditor;
}

namespace clinic::storage {
class Connection;
}

namespace clinic::ui {

/// The invoice editor and the front desk's checkout in one dialog (Designer form
/// invoiceeditor.ui): lines from the price list or free text, totals as you type, the payment
/// taken now (split across methods if needed), then "Issue and take payment" stores it all in
/// one transaction (storage::Checkout). "Save draft" keeps it editable and unnumbered.
/// Input errors are shown under the lines or the payment, and nothing is written.
///
/// Thread: the GUI thread; borrows the connection.
class InvoiceEditorDialog : public QDialog
{
    Q_OBJECT
public:
    enum Outcome { Issued = QDialog::Accepted, DraftSaved = 20 };

    /// A new invoice for `patientId`; from an appointment, its service and practitioner are
    /// filled in.
    InvoiceEditorDialog(storage::Connection &connection, storage::Session session, qint64 patientId,
                        std::optional<qint64> appointmentId = {}, QWidget *parent = nullptr);
    /// An existing draft.
    InvoiceEditorDialog(storage::Connection &connection, storage::Session session, const domain::Invoice &draft,
                        QWidget *parent = nullptr);
    ~InvoiceEditorDialog() override;

    [[nodiscard]] Ui::InvoiceEditor &form() { return *m_ui; }
    /// The stored invoice after Issued or DraftSaved.
    [[nodiscard]] const domain::Invoice &invoice() const { return m_invoice; }
    /// The payment rows stored with the invoice (for the receipt).
    [[nodiscard]] QList<qint64> paymentIds() const;
    [[nodiscard]] bool wantsReceipt() const;

    void addServiceLine(const domain::Service &service);
    void addFreeLine(const QString &description = {}, qint64 unitPriceMinor = 0);

public Q_SLOTS:
    void issueNow();
    void saveDraftNow();

private:
    void setUp();
    void recompute();
    /// The invoice as typed, or nothing (with the messages shown) when a line cannot be read.
    std::optional<domain::Invoice> collectInvoice();
    std::optional<QList<domain::Payment>> collectPayment(qint64 totalMinor);
    void addPart(domain::PaymentMethod method, qint64 amountMinor);
    void showError(const domain::Error &error);

    std::unique_ptr<Ui::InvoiceEditor> m_ui;
    storage::Connection &m_connection;
    storage::Session m_session;
    domain::Invoice m_invoice;
    QList<domain::Service> m_services;
    QList<domain::Payment> m_payments;
    bool m_partsTouched = false;  ///< the user typed an amount: stop following the total
    bool m_filling = false;       ///< programmatic table edits: do not recompute
};

} // namespace clinic::ui
