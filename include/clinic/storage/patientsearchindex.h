#pragma once

#include "clinic/domain/result.h"

namespace clinic::storage {

class Connection;

/// Checks and repairs the patient search index (client migration 11): a contentless FTS5 table
/// whose entries must be exactly the patient_search_source values of the patients not deleted.
/// A wrong entry cannot be seen by reading the index (it keeps no text), so verify() builds the
/// expected index in a temporary table and compares every term instance of the two.
/// Thread: the connection's. Both take time proportional to the number of patients (about a
/// second at 100,000): for tests, the admin tool and repairs, not for the UI thread.
class PatientSearchIndex
{
public:
    /// How many term instances differ between the index and what it should hold (0 = right).
    static domain::Result<qint64> verify(Connection &connection);
    /// Empties the index and indexes every patient not deleted again, in one transaction.
    static domain::Status rebuild(Connection &connection);
};

} // namespace clinic::storage
