#include "htmlpages.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace clinic::print {

HtmlPages::HtmlPages(QPagedPaintDevice &device, double widthMm, double marginMm)
    : m_device(device), m_widthMm(widthMm), m_marginMm(marginMm)
{
    m_document.documentLayout()->setPaintDevice(&m_device);
    m_document.setDocumentMargin(0);
}

double HtmlPages::toPixels(double mm) const { return mm / 25.4 * m_device.logicalDpiY(); }

void HtmlPages::setHtml(const QString &html)
{
    m_document.setHtml(html);
    m_document.setTextWidth(toPixels(m_widthMm - 2 * m_marginMm));
}

void HtmlPages::paint(std::optional<double> heightMm)
{
    const double height = heightMm.value_or(std::max(m_document.size().height() / m_device.logicalDpiY() * 25.4 + 2 * m_marginMm + 1, 40.0));
    m_device.setPageSize(QPageSize(QSizeF(m_widthMm, height), QPageSize::Millimeter));
    m_device.setPageMargins(QMarginsF(m_marginMm, m_marginMm, m_marginMm, m_marginMm), QPageLayout::Millimeter);
    const QSizeF page(toPixels(m_widthMm - 2 * m_marginMm), toPixels(height - 2 * m_marginMm));
    m_document.setPageSize(page);  // paginates
    QPainter painter(&m_device);
    for (int i = 0; i < m_document.pageCount(); ++i) {
        if (i > 0)
            m_device.newPage();
        painter.save();
        painter.translate(0, -i * page.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, i * page.height(), page.width(), page.height());
        painter.setClipRect(context.clip);
        m_document.documentLayout()->draw(&painter, context);
        painter.restore();
    }
}

domain::Status HtmlPages::writePdf(const QString &path, const QString &title, const std::function<void(QPagedPaintDevice &)> &render)
{
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            return domain::Error(domain::ErrorCode::Io, QCoreApplication::translate("HtmlPages", "Cannot write %1: %2").arg(path, probe.errorString()));
    }
    QPdfWriter writer(path);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("ClinicDesk"));
    writer.setResolution(300);
    render(writer);
    return {};
}

} // namespace clinic::print
