#include "documentoutput.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace clinic::ui {

bool printDocument(QWidget *parent, const print::BillingDocument &document, print::PaperFormat format)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(document.title());
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(QObject::tr("Print %1").arg(document.title()));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    document.render(printer, format);
    return true;
}

QString savePdf(QWidget *parent, const print::BillingDocument &document, print::PaperFormat format)
{
    QString name = document.title();
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name + QStringLiteral(".pdf"));
    const QString path = QFileDialog::getSaveFileName(parent, QObject::tr("Save %1 as PDF").arg(document.title()), suggested,
                                                      QObject::tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return {};
    if (const auto written = document.writePdf(path, format); !written) {
        QMessageBox::warning(parent, QObject::tr("PDF not saved"), written.error().message());
        return {};
    }
    return path;
}

} // namespace clinic::ui
