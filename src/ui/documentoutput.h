#pragma once
// Private helper of the UI layer: sends a billing document to a printer or a PDF file, asking
// the user where (print dialog / save dialog). Thread: the GUI thread.

#include "clinic/print/billingdocument.h"

class QWidget;

namespace clinic::ui {

/// Shows the print dialog and prints; returns false when the user cancelled.
bool printDocument(QWidget *parent, const print::BillingDocument &document, print::PaperFormat format);
/// Asks for a file name (suggesting the document's title) and writes the PDF; returns the path
/// written, or an empty string when cancelled. A write error is shown to the user.
QString savePdf(QWidget *parent, const print::BillingDocument &document, print::PaperFormat format);

} // namespace clinic::ui
