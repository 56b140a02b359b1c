#pragma once

#include "clinic/domain/creditnote.h"
#include "clinic/domain/invoice.h"

#include <QString>

namespace clinic::domain {

/// Tamper evidence for issued documents: each issued invoice (and credit note) of a series
/// stores hash = SHA-256(previous hash of the series + "\n" + canonical content), the first of a
/// series chaining from the empty string. Changing, removing or inserting a document anywhere in
/// a series breaks every later hash.
///
/// The canonical content uses only what every device stores identically after sync (numbers,
/// dates in UTC milliseconds, amounts in minor units, line texts), never local ids; so a chain
/// verifies on any desk that holds the series. Field order and separators are part of the
/// format: changing them is a new chain version.
class DocumentChain
{
public:
    static QString canonical(const Invoice &invoice);
    /// `invoiceNumber` is the printed number of the invoice the note corrects.
    static QString canonical(const CreditNote &note, const QString &invoiceNumber);
    static QString link(const QString &previousHash, const QString &canonical);
};

} // namespace clinic::domain
