#pragma once

#include "clinic/domain/result.h"
#include "clinic/print/letterhead.h"
#include "clinic/print/paperformat.h"
#include "clinic/storage/session.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;

namespace clinic::storage {
class Connection;
}

namespace clinic::print {

/// A printable invoice, credit note or payment receipt, built from the stored records (never
/// from what a screen shows) and laid out for A4 or an 80 mm receipt roll. Rendering uses
/// QTextDocument, so the PDF holds real text (searchable, copyable, read by pdftotext).
///
/// Thread: built on the thread owning the connection; rendered on any thread of a
/// QGuiApplication (fonts). Holds its content by value, no references to the database.
class BillingDocument
{
public:
    static domain::Result<BillingDocument> invoice(storage::Connection &connection, const storage::Session &session,
                                                   qint64 invoiceId, bool amountInWords = true);
    static domain::Result<BillingDocument> creditNote(storage::Connection &connection, const storage::Session &session,
                                                      qint64 creditNoteId);
    /// A receipt for payments taken together (e.g. the parts of a split payment).
    static domain::Result<BillingDocument> receipt(storage::Connection &connection, const storage::Session &session,
                                                   const QList<qint64> &paymentIds);

    /// "Invoice FD-2627-000123", for window titles and file names.
    [[nodiscard]] QString title() const;
    [[nodiscard]] QString html(PaperFormat format) const;
    /// Writes a PDF; an unwritable path gives an error naming it.
    domain::Status writePdf(const QString &path, PaperFormat format) const;
    /// Lays the document out on `device` (a QPrinter or QPdfWriter), paging as needed. For the
    /// receipt format the page height is fitted to the content.
    void render(QPagedPaintDevice &device, PaperFormat format) const;

private:
    BillingDocument() = default;

    Letterhead m_letterhead;
    QString m_kind;                       ///< "Invoice", "Credit note", "Receipt"
    QString m_number;
    QString m_date;
    QStringList m_parties;                ///< bill-to lines
    QString m_reference;                  ///< e.g. "Corrects invoice FD-2627-000007"
    QList<QStringList> m_lines;           ///< description, quantity, unit price, discount, tax, amount
    QList<QPair<QString, QString>> m_totals;
    QString m_words;
    QList<QPair<QString, QString>> m_payments;
    QString m_footer;
};

} // namespace clinic::print
