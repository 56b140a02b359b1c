#pragma once

#include "clinic/domain/result.h"

#include <QSet>
#include <QSqlDatabase>

namespace clinic::sync {

/// Keeps the patient search index right across one pulled page, whose transaction turns the
/// index triggers off (session_context.search_deferred; client migrations 10 and 11).
///
/// The index is contentless: an entry can only be removed with the values it was indexed with.
/// So before the page changes a patient that was indexed when the page began, aboutToChange()
/// copies its entry (the patient_search_source values, still the old ones) into a temporary
/// table; finish() removes every copied entry and indexes each changed patient as it now is, in
/// three statements for the whole page.
///
/// A patient created in this page was never indexed: never pass it to aboutToChange() (removing
/// values that are not in the index would corrupt it).
/// Thread: the connection's. Lives within the page's transaction; a rollback drops its copies.
class PageSearchIndex
{
public:
    explicit PageSearchIndex(QSqlDatabase db);

    /// Before an UPDATE of an indexed patient (one that existed when the page began).
    domain::Status aboutToChange(qint64 patientId);
    /// Before the page commits: the index then holds every changed patient as it is now.
    domain::Status finish(const QSet<qint64> &changedPatients);

private:
    domain::Status prepare();

    QSqlDatabase m_db;
    bool m_prepared = false;   ///< the temporary table exists on this connection
    bool m_replacing = false;  ///< aboutToChange() copied entries that finish() has not removed yet
};

} // namespace clinic::sync
