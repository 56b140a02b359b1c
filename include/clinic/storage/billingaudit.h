#pragma once

#include "clinic/storage/repository.h"

#include <QList>
#include <QString>

namespace clinic::storage {

/// A document whose stored chain hash does not match its content and its predecessor's hash.
struct ChainBreak
{
    QString kind;        ///< "invoice" or "credit_note"
    QString series;
    QString numberText;
    QString reason;
};

/// Numbers of one (kind, series, fiscal year): how many exist, the highest taken, and any missing.
struct NumberGap
{
    QString kind;
    QString series;
    QString fiscalYear;
    int documents = 0;
    int last = 0;
    QList<int> missing;  ///< empty when the series is gap-free
};

/// Read-only checks an auditor (or the tax office) asks for: every DocumentChain verifies, and
/// every number series is gap-free. Works on whatever this desk holds, including series issued
/// by other desks and pulled through sync. Thread: the connection's.
class BillingAudit : public Repository
{
public:
    using Repository::Repository;
    /// Recomputes every series' chain; returns the documents that do not verify (empty = intact),
    /// and counts the documents checked in `checked`.
    domain::Result<QList<ChainBreak>> verifyChains(int *checked = nullptr) const;
    /// One entry per (kind, series, fiscal year) that has numbers, in that order.
    domain::Result<QList<NumberGap>> numberGaps() const;
};

} // namespace clinic::storage
