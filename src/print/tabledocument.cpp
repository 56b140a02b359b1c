#include "clinic/print/tabledocument.h"

#include "htmlpages.h"

namespace clinic::print {

QString TableDocument::html() const
{
    QString h = QStringLiteral("<html><body style=\"font-family: 'DejaVu Sans', sans-serif; font-size: 9pt;\">"
                               "<b style=\"font-size: 14pt;\">%1</b><br>%2<br><br>"
                               "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><tr style=\"background-color: #e8eef4;\">")
                    .arg(title.toHtmlEscaped(), subtitle.toHtmlEscaped());
    for (int c = 0; c < headers.size(); ++c)
        h += QStringLiteral("<th align=\"%1\">%2</th>").arg(numericColumns.contains(c) ? QStringLiteral("right") : QStringLiteral("left"),
                                                            headers.at(c).toHtmlEscaped());
    h += QStringLiteral("</tr>");
    for (int r = 0; r < rows.size(); ++r) {
        const bool total = lastRowIsTotal && r == rows.size() - 1;
        h += QStringLiteral("<tr>");
        for (int c = 0; c < rows.at(r).size(); ++c) {
            const QString cell = rows.at(r).at(c).toHtmlEscaped();
            h += QStringLiteral("<td align=\"%1\">%2</td>")
                     .arg(numericColumns.contains(c) ? QStringLiteral("right") : QStringLiteral("left"),
                          total ? QStringLiteral("<b>") + cell + QStringLiteral("</b>") : cell);
        }
        h += QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</table></body></html>");
}

void TableDocument::render(QPagedPaintDevice &device) const
{
    const bool landscape = headers.size() > 6;
    HtmlPages pages(device, landscape ? 297 : 210, 12);
    pages.setHtml(html());
    pages.paint(landscape ? 210 : 297);
}

domain::Status TableDocument::writePdf(const QString &path) const
{
    return HtmlPages::writePdf(path, title, [this](QPagedPaintDevice &device) { render(device); });
}

} // namespace clinic::print
