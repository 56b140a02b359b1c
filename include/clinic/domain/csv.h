#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace clinic::domain {

/// Comma-separated values as RFC 4180 defines them: fields with a comma, a double quote, CR or
/// LF are quoted, quotes doubled; records end with CRLF. Files are UTF-8 with a byte order mark,
/// which is what makes Excel read accents correctly (LibreOffice accepts it too).
class Csv
{
public:
    static QString field(const QString &value);
    static QString record(const QStringList &fields);
    /// A whole file: BOM + records.
    static QByteArray document(const QList<QStringList> &records);
    /// Reads a document written by document() (or any RFC 4180 text); nothing on malformed
    /// quoting.
    static std::optional<QList<QStringList>> parse(const QByteArray &document);
};

} // namespace clinic::domain
