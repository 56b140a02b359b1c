#pragma once

#include "clinic/domain/result.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;

namespace clinic::print {

/// A report as a printable table: title, a line saying what it covers, column headers and rows
/// of text, right-aligned numeric columns, the last row bold when it is a total. A4, landscape
/// when it has many columns. Thread: any thread of a QGuiApplication.
struct TableDocument
{
    QString title;
    QString subtitle;
    QStringList headers;
    QList<QStringList> rows;
    QSet<int> numericColumns;
    bool lastRowIsTotal = false;
    QList<qint64> rowKeys;  ///< not printed: the record behind each row (e.g. a patient id), or empty

    [[nodiscard]] QString html() const;
    void render(QPagedPaintDevice &device) const;
    domain::Status writePdf(const QString &path) const;
};

} // namespace clinic::print
