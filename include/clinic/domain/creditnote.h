#pragma once

#include "clinic/domain/recordmeta.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace clinic::domain {

/// A correction of an issued invoice, numbered in its own series and citing the original.
/// A credit note for the invoice's full total voids it.
struct CreditNote
{
    RecordMeta meta;
    qint64 invoiceId = 0;      ///< the original, issued invoice
    qint64 patientId = 0;
    QString series;
    QString fiscalYear;
    std::optional<int> number;
    QString numberText;
    QString chainHash;         ///< DocumentChain link
    QDateTime issuedAt;
    QString currency;
    QString reason;
    qint64 subtotalMinor = 0;
    qint64 taxMinor = 0;
    qint64 totalMinor = 0;
};

} // namespace clinic::domain
