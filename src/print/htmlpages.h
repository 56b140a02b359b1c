#pragma once
// Private to the print library: lays HTML out on a paged device (printer or PDF writer) in the
// device's own pixels, so point sizes come out exact, and paints it page by page.

#include "clinic/domain/result.h"

#include <QTextDocument>

#include <functional>
#include <optional>

class QPagedPaintDevice;

namespace clinic::print {

class HtmlPages
{
public:
    /// A page `widthMm` wide with `marginMm` on every side.
    HtmlPages(QPagedPaintDevice &device, double widthMm, double marginMm);

    [[nodiscard]] QTextDocument &document() { return m_document; }
    void setHtml(const QString &html);
    /// Sets the page size (a fixed `heightMm`, or nothing: one page as long as the content) and
    /// paints every page. The device must not have a painter open yet.
    void paint(std::optional<double> heightMm);

    /// Writes a PDF through `render`; an unwritable path gives an Io error naming it.
    static domain::Status writePdf(const QString &path, const QString &title, const std::function<void(QPagedPaintDevice &)> &render);

private:
    [[nodiscard]] double toPixels(double mm) const;

    QPagedPaintDevice &m_device;
    double m_widthMm;
    double m_marginMm;
    QTextDocument m_document;
};

} // namespace clinic::print
