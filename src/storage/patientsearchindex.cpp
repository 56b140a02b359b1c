#include "clinic/storage/patientsearchindex.h"

#include "clinic/storage/connection.h"
#include "clinic/storage/writetransaction.h"

#include "sqlsupport.h"

namespace clinic::storage {
namespace {

const QString kIndexAll = QStringLiteral("INSERT INTO %1 (rowid, name, phone, number) "
                                         "SELECT id, name, phone, number FROM patient_search_source WHERE deleted_at IS NULL");

} // namespace

domain::Result<qint64> PatientSearchIndex::verify(Connection &connection)
{
    const QSqlDatabase db = connection.database();
    QSqlQuery q(db);
    // The expected index: the same definition as the real one (read from the schema), filled
    // from the view.
    if (!q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'patient_search'")) || !q.next())
        return sql::toError(q, "read search index definition");
    QString definition = q.value(0).toString();
    q.finish();
    const QString head = QStringLiteral("CREATE VIRTUAL TABLE patient_search ");
    if (!definition.startsWith(head))
        return domain::Error(domain::ErrorCode::Storage, QStringLiteral("unexpected search index definition"));
    definition.replace(0, head.size(), QStringLiteral("CREATE VIRTUAL TABLE temp.patient_search_expected "));
    const auto dropTemporary = [&db] {
        for (const char *table : {"patient_search_expected_terms", "patient_search_terms", "patient_search_expected"})
            sql::run(db, QStringLiteral("DROP TABLE IF EXISTS temp.%1").arg(QLatin1String(table)));
    };
    dropTemporary();
    domain::Error error(domain::ErrorCode::Storage, {});
    const bool built = sql::run(db, definition, &error) && sql::run(db, kIndexAll.arg(QStringLiteral("temp.patient_search_expected")), &error)
        && sql::run(db, QStringLiteral("CREATE VIRTUAL TABLE temp.patient_search_terms USING fts5vocab(main, patient_search, instance)"), &error)
        && sql::run(db, QStringLiteral("CREATE VIRTUAL TABLE temp.patient_search_expected_terms "
                                       "USING fts5vocab(temp, patient_search_expected, instance)"), &error);
    qint64 differences = -1;
    if (built) {
        if (q.exec(QStringLiteral("SELECT (SELECT count(*) FROM (SELECT * FROM temp.patient_search_terms "
                                  "                              EXCEPT SELECT * FROM temp.patient_search_expected_terms))"
                                  "     + (SELECT count(*) FROM (SELECT * FROM temp.patient_search_expected_terms "
                                  "                              EXCEPT SELECT * FROM temp.patient_search_terms))"))
            && q.next())
            differences = q.value(0).toLongLong();
        else
            error = sql::toError(q, "verify search index");
        q.finish();
    }
    dropTemporary();
    if (differences < 0)
        return error;
    return differences;
}

domain::Status PatientSearchIndex::rebuild(Connection &connection)
{
    WriteTransaction tx(connection, std::nullopt);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(connection.database());
    if (!q.exec(QStringLiteral("INSERT INTO patient_search (patient_search) VALUES ('delete-all')")))
        return sql::toError(q, "empty search index");
    if (!q.exec(kIndexAll.arg(QStringLiteral("patient_search"))))
        return sql::toError(q, "rebuild search index");
    return tx.commit();
}

} // namespace clinic::storage
