#include "clinic/server/serverstore.h"

#include "clinic/domain/sqlscript.h"
#include "clinic/log/logging.h"
#include "clinic/protocol/codec.h"
#include "clinic/protocol/schema.h"
#include "clinic/protocol/jsonwriter.h"
#include "clinic/server/bulkinsert.h"
#include "clinic/server/fieldstamps.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>

#include <spdlog/spdlog.h>

#include <map>
#include <memory>
#include <set>

namespace clinic::server {
namespace {

using nlohmann::json;
using protocol::WireError;

const auto &log()
{
    static const auto logger = clinic::log::logger("clinic.server.store");
    return logger;
}

qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

QString sha256Hex(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString randomCode()
{
    // No 0/O, 1/I/L: easy to read out over the phone.
    static const char alphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    QString code;
    for (int i = 0; i < 12; ++i)
        code += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]);
    return code;
}

domain::Error storageError(const QSqlQuery &q, const char *what)
{
    log()->error("{} failed: {}", what, q.lastError().text().toStdString());
    return domain::Error(domain::ErrorCode::Storage, QStringLiteral("%1 failed").arg(QLatin1String(what)));
}

WireError reject(const char *code, const QString &message, const QString &field = {})
{
    return WireError::make(qstrcmp(code, "not_found") == 0 ? 404 : 400, code, message, field);
}

/// One connection per (store, thread), removed when the thread ends.
struct ThreadConnection
{
    explicit ThreadConnection(QString connectionName) : name(std::move(connectionName)) {}
    ThreadConnection(const ThreadConnection &) = delete;
    ThreadConnection &operator=(const ThreadConnection &) = delete;
    QString name;
    ~ThreadConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
};
thread_local std::map<QString, std::unique_ptr<ThreadConnection>> t_connections;

QAtomicInteger<int> g_storeCounter;

} // namespace

// --- Transactions ----------------------------------------------------------------------------

/// A write transaction on one clinic: takes the clinic's lock (the clinic_state row in
/// PostgreSQL, the database write lock in SQLite) so revisions follow commit order.
class ServerStore::Transaction
{
public:
    Transaction(const ServerStore &store, QSqlDatabase db) : m_store(store), m_db(std::move(db)) {}
    ~Transaction()
    {
        if (m_open)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    domain::Status begin()
    {
        QSqlQuery q(m_db);
        const QString begin = m_store.m_dialect == Dialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE")
                                                                   : QStringLiteral("BEGIN");
        if (!q.exec(begin))
            return storageError(q, "begin");
        m_open = true;
        return {};
    }

    /// Locks the clinic and reads its counters. NotFound for an unknown clinic.
    domain::Status lockClinic(qint64 clinicId)
    {
        QSqlQuery q(m_db);
        q.prepare(m_store.m_dialect == Dialect::Postgres
                      ? QStringLiteral("SELECT revision, next_cloud_id FROM clinic_state WHERE clinic_id = ? FOR UPDATE")
                      : QStringLiteral("SELECT revision, next_cloud_id FROM clinic_state WHERE clinic_id = ?"));
        q.addBindValue(clinicId);
        if (!q.exec())
            return storageError(q, "lock clinic");
        if (!q.next())
            return domain::Error(domain::ErrorCode::NotFound, QStringLiteral("unknown clinic"));
        m_clinicId = clinicId;
        m_revision = q.value(0).toLongLong();
        m_nextCloudId = q.value(1).toLongLong();
        m_startRevision = m_revision;
        m_startCloudId = m_nextCloudId;
        return {};
    }

    qint64 nextRevision() { return ++m_revision; }
    qint64 takeCloudId() { return m_nextCloudId++; }
    [[nodiscard]] qint64 revision() const { return m_revision; }

    /// Counters at a savepoint, to give back what a rolled-back row took.
    struct Mark { qint64 revision; qint64 nextCloudId; };
    [[nodiscard]] Mark mark() const { return {m_revision, m_nextCloudId}; }
    void rewind(const Mark &m)
    {
        m_revision = m.revision;
        m_nextCloudId = m.nextCloudId;
    }

    domain::Status commit()
    {
        if (m_clinicId && (m_revision != m_startRevision || m_nextCloudId != m_startCloudId)) {
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("UPDATE clinic_state SET revision = ?, next_cloud_id = ? WHERE clinic_id = ?"));
            q.addBindValue(m_revision);
            q.addBindValue(m_nextCloudId);
            q.addBindValue(m_clinicId);
            if (!q.exec())
                return storageError(q, "advance clinic state");
        }
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("COMMIT")))
            return storageError(q, "commit");
        m_open = false;
        return {};
    }

private:
    const ServerStore &m_store;
    QSqlDatabase m_db;
    bool m_open = false;
    qint64 m_clinicId = 0;
    qint64 m_revision = 0, m_startRevision = 0;
    qint64 m_nextCloudId = 1, m_startCloudId = 1;
};

// --- Opening and migrating --------------------------------------------------------------------

ServerStore::ServerStore(Dialect dialect, QString, QString url)
    : m_dialect(dialect), m_url(std::move(url)),
      m_id(QStringLiteral("clinic.server.%1").arg(g_storeCounter.fetchAndAddRelaxed(1)))
{
}

ServerStore::~ServerStore()
{
    // Connections of this thread; pool threads drop theirs when they end.
    for (auto it = t_connections.begin(); it != t_connections.end();) {
        if (it->first.startsWith(m_id + QLatin1Char('.')))
            it = t_connections.erase(it);
        else
            ++it;
    }
}

QString ServerStore::dialectName() const
{
    return m_dialect == Dialect::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgres");
}

domain::Result<std::unique_ptr<ServerStore>> ServerStore::open(const QString &url)
{
    Dialect dialect;
    if (url.startsWith(QLatin1String("sqlite:")))
        dialect = Dialect::Sqlite;
    else if (url.startsWith(QLatin1String("postgres://")) || url.startsWith(QLatin1String("postgresql://")))
        dialect = Dialect::Postgres;
    else
        return domain::Error(domain::ErrorCode::Validation,
                             QStringLiteral("database URL must start with sqlite: or postgres://"));
    std::unique_ptr<ServerStore> store(new ServerStore(dialect, {}, url));
    QSqlDatabase db = QSqlDatabase::database(store->connectionName(), true);
    if (!db.isOpen())
        return domain::Error(domain::ErrorCode::Io, QStringLiteral("cannot open the database: %1").arg(db.lastError().text()));
    return store;
}

QString ServerStore::connectionName() const
{
    const QString name = QStringLiteral("%1.%2").arg(m_id).arg(quintptr(QThread::currentThreadId()), 0, 16);
    if (t_connections.count(name))
        return name;
    QSqlDatabase db;
    if (m_dialect == Dialect::Sqlite) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        const QString path = m_url.mid(int(qstrlen("sqlite:")));
        QDir().mkpath(QFileInfo(path).absolutePath());
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        const QUrl url(m_url);
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
    }
    if (db.open() && m_dialect == Dialect::Sqlite) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    }
    t_connections.emplace(name, std::make_unique<ThreadConnection>(name));
    return name;
}

bool ServerStore::ping() const
{
    QSqlQuery q(QSqlDatabase::database(connectionName(), false));
    return q.exec(QStringLiteral("SELECT 1")) && q.next();
}

domain::Status ServerStore::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(connectionName(), false);
    const QString folder = QStringLiteral(":/migrations/server");
    const QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    for (const QString &file : files) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        const int version = match.captured(1).toInt();
        QFile f(QDir(folder).filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            return domain::Error(domain::ErrorCode::Io, QStringLiteral("cannot read migration %1").arg(file));
        Transaction tx(*this, db);
        if (auto begun = tx.begin(); !begun)
            return begun;
        QSqlQuery q(db);
        // Two servers starting together must not both migrate (PostgreSQL: a transaction-scoped
        // advisory lock; SQLite: BEGIN IMMEDIATE already holds the write lock).
        if (m_dialect == Dialect::Postgres && !q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(72201)")))
            return storageError(q, "migration lock");
        if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS server_schema_version (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)")))
            return storageError(q, "schema version table");
        q.prepare(QStringLiteral("SELECT 1 FROM server_schema_version WHERE version = ?"));
        q.addBindValue(version);
        if (!q.exec())
            return storageError(q, "read schema version");
        if (q.next())
            continue;  // applied (the transaction rolls back harmlessly)
        for (const QString &statement : domain::SqlScript::split(QString::fromUtf8(f.readAll()))) {
            if (!q.exec(statement))
                return storageError(q, "migration");
        }
        q.prepare(QStringLiteral("INSERT INTO server_schema_version (version, applied_at) VALUES (?, ?)"));
        q.addBindValue(version);
        q.addBindValue(nowMs());
        if (!q.exec())
            return storageError(q, "record schema version");
        if (auto committed = tx.commit(); !committed)
            return committed;
        log()->info("applied server migration {} ({})", version, dialectName().toStdString());
    }
    // A database migrated by a newer server: refuse rather than run old code on a newer schema.
    int known = 0;
    for (const QString &file : files) {
        if (const auto match = pattern.match(file); match.hasMatch())
            known = std::max(known, match.captured(1).toInt());
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM server_schema_version")) || !q.next())
        return storageError(q, "read schema version");
    if (q.value(0).toInt() > known)
        return domain::Error(domain::ErrorCode::NewerSchema,
                             QStringLiteral("The database was migrated by a newer clinicdesk-server (schema %1; this version knows up "
                                            "to %2). Install the newer server; the database has not been changed.")
                                 .arg(q.value(0).toInt())
                                 .arg(known));
    return {};
}

// --- Administration ---------------------------------------------------------------------------

domain::Result<qint64> ServerStore::createClinic(const QString &name)
{
    if (name.trimmed().isEmpty() || name.size() > 200)
        return domain::Error::validation(QStringLiteral("name"), QStringLiteral("a clinic needs a name (at most 200 characters)"));
    QSqlDatabase db = QSqlDatabase::database(connectionName(), false);
    Transaction tx(*this, db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    QSqlQuery q(db);
    if (m_dialect == Dialect::Postgres && !q.exec(QStringLiteral("LOCK TABLE clinics IN SHARE ROW EXCLUSIVE MODE")))
        return storageError(q, "lock clinics");
    if (!q.exec(QStringLiteral("SELECT coalesce(max(clinic_id), 0) + 1 FROM clinics")) || !q.next())
        return storageError(q, "allocate clinic id");
    const qint64 id = q.value(0).toLongLong();
    q.prepare(QStringLiteral("INSERT INTO clinics (clinic_id, name, created_at) VALUES (?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(name.trimmed());
    q.addBindValue(nowMs());
    if (!q.exec())
        return storageError(q, "create clinic");
    q.prepare(QStringLiteral("INSERT INTO clinic_state (clinic_id) VALUES (?)"));
    q.addBindValue(id);
    if (!q.exec())
        return storageError(q, "create clinic state");
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return id;
}

domain::Result<QString> ServerStore::createEnrollmentCode(qint64 clinicId, const QString &scope, qint64 ttlSeconds)
{
    if (scope != QLatin1String("full") && scope != QLatin1String("front_desk"))
        return domain::Error::validation(QStringLiteral("scope"), QStringLiteral("scope is full or front_desk"));
    if (ttlSeconds < 60 || ttlSeconds > 30LL * 24 * 3600)
        return domain::Error::validation(QStringLiteral("ttl"), QStringLiteral("a code lives from 1 minute to 30 days"));
    QSqlDatabase db = QSqlDatabase::database(connectionName(), false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM clinics WHERE clinic_id = ?"));
    q.addBindValue(clinicId);
    if (!q.exec())
        return storageError(q, "find clinic");
    if (!q.next())
        return domain::Error(domain::ErrorCode::NotFound, QStringLiteral("no clinic %1").arg(clinicId));
    const QString code = randomCode();
    q.prepare(QStringLiteral("INSERT INTO enrollment_codes (code_hash, clinic_id, scope, created_at, expires_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(sha256Hex(code));
    q.addBindValue(clinicId);
    q.addBindValue(scope);
    q.addBindValue(nowMs());
    q.addBindValue(nowMs() + ttlSeconds * 1000);
    if (!q.exec())
        return storageError(q, "create enrollment code");
    return code;
}

domain::Status ServerStore::revokeDevice(qint64 clinicId, qint64 deviceId)
{
    QSqlQuery q(QSqlDatabase::database(connectionName(), false));
    q.prepare(QStringLiteral("UPDATE devices SET revoked_at = ? WHERE clinic_id = ? AND device_id = ? AND revoked_at IS NULL"));
    q.addBindValue(nowMs());
    q.addBindValue(clinicId);
    q.addBindValue(deviceId);
    if (!q.exec())
        return storageError(q, "revoke device");
    if (q.numRowsAffected() != 1)
        return domain::Error(domain::ErrorCode::NotFound, QStringLiteral("no such active device"));
    return {};
}

domain::Result<QStringList> ServerStore::listDevices(qint64 clinicId) const
{
    QSqlQuery q(QSqlDatabase::database(connectionName(), false));
    q.prepare(QStringLiteral("SELECT device_id, name, scope, device_uid, revoked_at FROM devices WHERE clinic_id = ? ORDER BY device_id"));
    q.addBindValue(clinicId);
    if (!q.exec())
        return storageError(q, "list devices");
    QStringList lines;
    while (q.next())
        lines << QStringLiteral("%1\t%2\t%3\t%4\t%5").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                                         q.value(3).toString(),
                                                         q.value(4).isNull() ? QStringLiteral("active") : QStringLiteral("revoked"));
    return lines;
}

// --- Enrollment and authentication ----------------------------------------------------------------

domain::Result<Enrollment> ServerStore::enroll(const QString &code, const QString &deviceUid, const QString &deviceName)
{
    const domain::Error refused(domain::ErrorCode::NotFound, QStringLiteral("This enrollment code is not valid (unknown, used or expired)."));
    static const QRegularExpression uid(QStringLiteral("^[0-9a-f]{8,64}$"));
    if (!uid.match(deviceUid).hasMatch())
        return domain::Error::validation(QStringLiteral("deviceId"), QStringLiteral("deviceId must be 8 to 64 lowercase hex characters"));
    if (deviceName.trimmed().isEmpty() || deviceName.size() > 100)
        return domain::Error::validation(QStringLiteral("deviceName"), QStringLiteral("deviceName needs 1 to 100 characters"));
    if (code.size() > 64)
        return refused;
    QSqlDatabase db = QSqlDatabase::database(connectionName(), false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT clinic_id, scope, expires_at, used_at FROM enrollment_codes WHERE code_hash = ?"));
    q.addBindValue(sha256Hex(code.trimmed().toUpper()));
    if (!q.exec())
        return storageError(q, "find enrollment code");
    if (!q.next() || !q.value(3).isNull() || q.value(2).toLongLong() < nowMs())
        return refused;
    const qint64 clinicId = q.value(0).toLongLong();
    const QString scope = q.value(1).toString();
    q.finish();

    Transaction tx(*this, db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    if (auto locked = tx.lockClinic(clinicId); !locked)
        return locked.error();
    // Single use, decided under the clinic lock: of two devices racing with one code, one wins.
    q.prepare(QStringLiteral("UPDATE enrollment_codes SET used_at = ? WHERE code_hash = ? AND used_at IS NULL"));
    q.addBindValue(nowMs());
    q.addBindValue(sha256Hex(code.trimmed().toUpper()));
    if (!q.exec())
        return storageError(q, "use enrollment code");
    if (q.numRowsAffected() != 1)
        return refused;
    if (!q.exec(QStringLiteral("SELECT coalesce(max(device_id), 0) + 1 FROM devices WHERE clinic_id = %1").arg(clinicId)) || !q.next())
        return storageError(q, "allocate device id");
    Enrollment e{clinicId, q.value(0).toLongLong(), randomToken(), scope};
    q.prepare(QStringLiteral("INSERT INTO devices (clinic_id, device_id, device_uid, name, scope, token_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(clinicId);
    q.addBindValue(e.deviceId);
    q.addBindValue(deviceUid);
    q.addBindValue(deviceName.trimmed());
    q.addBindValue(scope);
    q.addBindValue(sha256Hex(e.token));
    q.addBindValue(nowMs());
    if (!q.exec())
        return storageError(q, "register device");
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    log()->info("device {} enrolled in clinic {} (scope {})", e.deviceId, clinicId, scope.toStdString());
    return e;
}

domain::Result<DeviceIdentity> ServerStore::authenticate(const QString &token) const
{
    if (token.isEmpty() || token.size() > 200)
        return domain::Error(domain::ErrorCode::NotFound, QStringLiteral("unknown token"));
    QSqlQuery q(QSqlDatabase::database(connectionName(), false));
    q.prepare(QStringLiteral("SELECT clinic_id, device_id, scope, revoked_at FROM devices WHERE token_hash = ?"));
    q.addBindValue(sha256Hex(token));
    if (!q.exec())
        return storageError(q, "authenticate");
    if (!q.next())
        return domain::Error(domain::ErrorCode::NotFound, QStringLiteral("unknown token"));
    if (!q.value(3).isNull())
        return domain::Error(domain::ErrorCode::Forbidden, QStringLiteral("this device has been revoked"));
    return DeviceIdentity{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString()};
}

domain::Result<qint64> ServerStore::revision(qint64 clinicId) const
{
    QSqlQuery q(QSqlDatabase::database(connectionName(), false));
    q.prepare(QStringLiteral("SELECT revision FROM clinic_state WHERE clinic_id = ?"));
    q.addBindValue(clinicId);
    if (!q.exec())
        return storageError(q, "read revision");
    if (!q.next())
        return domain::Error(domain::ErrorCode::NotFound, QStringLiteral("unknown clinic"));
    return q.value(0).toLongLong();
}

// --- Push ----------------------------------------------------------------------------------------
//
// Cost model: a push holds its clinic's lock, so it must be short. Everything it needs to read is
// fetched up front in a few set-based queries (id mappings of the pushing device, the rows it
// touches, the parents it references); rows are then merged in memory and written back in
// multi-row statements. A rejected row is decided before it writes anything, so no per-row
// savepoint is needed; a storage error rolls the whole push back and the desk retries it.

namespace {

struct StoredRow
{
    QString table;
    json data = json::object();
    FieldStamps meta{};
    bool deleted = false;
    qint64 revision = 0;
    qint64 createdAt = 0; ///< a new row's creation time as its desk sent it (0: not sent, the server's time)
    bool dirty = false;   ///< changed by this push
    bool created = false; ///< inserted by this push
};

QString idList(const std::set<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

/// The stored text of a record's columns (as nlohmann's dump() writes it, only faster).
std::string dataJson(const json &data)
{
    std::string out;
    protocol::JsonWriter(out).value(data);
    return out;
}

} // namespace

domain::Result<PushResult> ServerStore::push(const DeviceIdentity &device, protocol::PushRequest request)
{
    const qint64 baseRevision = request.base;
    QSqlDatabase db = QSqlDatabase::database(connectionName(), false);
    Transaction tx(*this, db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    if (auto locked = tx.lockClinic(device.clinicId); !locked)
        return locked.error();
    const qint64 clinic = device.clinicId;
    QSqlQuery q(db);
    q.setForwardOnly(true);

    // 1. Prefetch this device's mappings for every local id the push mentions.
    std::map<std::pair<QString, qint64>, qint64> mapping;  // (table, local id) -> cloud id
    std::map<QString, std::set<qint64>> localIds;           // table -> local ids
    std::set<qint64> cloudIds;
    for (const auto &change : request.changes) {
        const protocol::TableSpec *spec = protocol::Schema::instance().table(change.table);
        if (!spec)
            continue;  // refused row by row below
        localIds[change.table].insert(change.localId);
        if (change.cloudId)
            cloudIds.insert(*change.cloudId);
        for (const protocol::FieldSpec &field : spec->fields) {
            if (field.type != protocol::FieldType::Reference)
                continue;
            const auto it = change.fields.find(field.name.toStdString());
            if (it == change.fields.end() || !it->is_object() || it->size() != 1)
                continue;
            const auto ref = it->begin();
            if (!ref.value().is_number_integer())
                continue;
            if (ref.key() == "localId")
                localIds[field.refTable].insert(ref.value().get<qint64>());
            else if (ref.key() == "cloudId")
                cloudIds.insert(ref.value().get<qint64>());
        }
    }
    if (!localIds.empty()) {
        // Mappings are read through the primary key (clinic, device, table, local id) whatever the
        // statistics say. Not `local_id IN (...)`: with no statistics yet (a table that just grew
        // by COPY) PostgreSQL read every mapping of the device and filtered (10-30 ms a push once
        // a desk had pushed 40,000 rows). A table's ids that are mostly contiguous (a first
        // upload: rows created one after another) are read as one key range, which PostgreSQL
        // plans and runs in a fraction of a thousand probes; scattered ids (edits here and there)
        // as one probe each, a correlated subquery on the whole key. Table names come from the schema.
        QStringList lists, selects;
        int n = 0;
        for (const auto &[table, ids] : localIds) {
            const qint64 first = *ids.begin(), last = *ids.rbegin();
            if (ids.size() >= 16 && last - first < 2 * qint64(ids.size())) {
                selects << QStringLiteral("SELECT '%1', local_id, cloud_id FROM id_map WHERE clinic_id = %2 AND device_id = %3 "
                                          "AND table_name = '%1' AND local_id BETWEEN %4 AND %5")
                               .arg(table).arg(clinic).arg(device.deviceId).arg(first).arg(last);
                continue;
            }
            QStringList values;
            for (qint64 id : ids)
                values << QStringLiteral("(%1)").arg(id);
            lists << QStringLiteral("v%1(id) AS (VALUES %2)").arg(n).arg(values.join(QLatin1Char(',')));
            selects << QStringLiteral("SELECT '%1', v%2.id, (SELECT m.cloud_id FROM id_map m WHERE m.clinic_id = %3 AND m.device_id = %4 "
                                      "AND m.table_name = '%1' AND m.local_id = v%2.id) FROM v%2")
                           .arg(table).arg(n).arg(clinic).arg(device.deviceId);
            ++n;
        }
        const QString with = lists.isEmpty() ? QString() : QStringLiteral("WITH ") + lists.join(QStringLiteral(", ")) + QLatin1Char(' ');
        if (!q.exec(with + selects.join(QStringLiteral(" UNION ALL "))))
            return storageError(q, "read id map");
        while (q.next()) {
            if (q.value(2).isNull())
                continue;  // not mapped yet: a create
            const QString table = q.value(0).toString();
            const qint64 localId = q.value(1).toLongLong();
            if (!localIds[table].count(localId))
                continue;  // inside a range read, not in this push
            mapping[{table, localId}] = q.value(2).toLongLong();
            cloudIds.insert(q.value(2).toLongLong());
        }
    }

    // 2. Prefetch every row the push touches or references; then the invoices of touched lines.
    std::map<qint64, StoredRow> rows;
    const auto fetch = [&](const std::set<qint64> &ids) -> bool {
        if (ids.empty())
            return true;
        if (!q.exec(QStringLiteral("SELECT cloud_id, table_name, data, meta, deleted, revision FROM records WHERE clinic_id = %1 AND cloud_id IN (%2)")
                        .arg(clinic).arg(idList(ids))))
            return false;
        while (q.next()) {
            StoredRow r;
            r.table = q.value(1).toString();
            r.data = json::parse(q.value(2).toString().toStdString(), nullptr, false);
            r.meta = FieldStamps::fromJson(q.value(3).toString().toStdString());
            r.deleted = q.value(4).toBool();
            r.revision = q.value(5).toLongLong();
            rows[q.value(0).toLongLong()] = std::move(r);
        }
        return true;
    };
    if (!fetch(cloudIds))
        return storageError(q, "read records");
    std::set<qint64> parents;
    for (const auto &[id, row] : rows) {
        if (row.table == QLatin1String("invoice_lines") && row.data.contains("invoice_id") && row.data["invoice_id"].is_object())
            parents.insert(row.data["invoice_id"].value("cloudId", qint64(0)));
    }
    for (auto it = parents.begin(); it != parents.end();)
        it = rows.count(*it) ? parents.erase(it) : std::next(it);
    if (!fetch(parents))
        return storageError(q, "read records");

    struct NewMapping { QString table; qint64 localId; qint64 cloudId; };
    struct Conflict { QString table; qint64 cloudId; std::string field; json winner, loser; qint64 winnerDevice, loserDevice, revision; };
    std::vector<NewMapping> newMappings;
    std::vector<Conflict> conflicts;
    bool storageFailed = false;
    domain::Error failure(domain::ErrorCode::Storage, {});

    const auto claimNumber = [&](const char *kind, const json &data, qint64 cloudId) -> bool {
        const auto number = data.find("number");
        if (number == data.end() || number->is_null())
            return true;
        q.prepare(QStringLiteral("SELECT cloud_id FROM document_numbers WHERE clinic_id = ? AND kind = ? AND series = ? AND fiscal_year = ? AND number = ?"));
        const QVariantList key{clinic, QLatin1String(kind), QString::fromStdString(data.value("series", "")),
                               QString::fromStdString(data.value("fiscal_year", "")), number->get<qint64>()};
        for (const QVariant &v : key)
            q.addBindValue(v);
        if (!q.exec()) {
            storageFailed = true;
            failure = storageError(q, "check document number");
            return false;
        }
        if (q.next())
            return q.value(0).toLongLong() == cloudId;
        q.prepare(QStringLiteral("INSERT INTO document_numbers (clinic_id, kind, series, fiscal_year, number, cloud_id) VALUES (?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v : key)
            q.addBindValue(v);
        q.addBindValue(cloudId);
        if (!q.exec()) {
            storageFailed = true;
            failure = storageError(q, "claim document number");
        }
        return true;
    };

    // 3. Merge each change in memory.
    const auto apply = [&](protocol::RowChange &change) -> PushOutcome {
        PushOutcome out{change.table, change.localId, false, 0, 0, {}};
        const auto rejected = [&](WireError e) {
            out.error = std::move(e);
            return out;
        };
        const protocol::TableSpec *spec = protocol::Schema::instance().table(change.table);
        if (!spec)
            return rejected(reject("unknown_table", QStringLiteral("There is no synced table '%1'.").arg(change.table), QStringLiteral("table")));
        if (spec->clinical && !device.seesClinicalData())
            return rejected(WireError::make(403, "forbidden", QStringLiteral("This device may not write clinical records.")));

        qint64 cloudId = 0;
        if (change.cloudId) {
            const auto it = rows.find(*change.cloudId);
            if (it == rows.end() || it->second.table != change.table)
                return rejected(reject("not_found", QStringLiteral("No %1 row with cloud id %2.").arg(change.table).arg(*change.cloudId), QStringLiteral("cloudId")));
            cloudId = *change.cloudId;
        } else if (const auto it = mapping.find({change.table, change.localId}); it != mapping.end()) {
            cloudId = it->second;  // a create retried after a lost answer: the same row (S4)
        }
        const auto existing = cloudId ? rows.find(cloudId) : rows.end();
        const bool isNew = existing == rows.end();
        if (auto invalid = protocol::Codec::validateRow(change, isNew))
            return rejected(*invalid);

        // References to wire form {"cloudId": n}: a row of this clinic, or one this device pushed.
        json incoming = std::move(change.fields);  // validated above; not read again
        for (const protocol::FieldSpec &field : spec->fields) {
            if (field.type != protocol::FieldType::Reference)
                continue;
            const auto it = incoming.find(field.name.toStdString());
            if (it == incoming.end() || it->is_null())
                continue;
            qint64 target = 0;
            if (it->contains("cloudId")) {
                target = (*it)["cloudId"].get<qint64>();
                const auto parent = rows.find(target);
                if (parent == rows.end() || parent->second.table != field.refTable)
                    return rejected(reject("not_found", QStringLiteral("%1 refers to a %2 that does not exist.").arg(field.name, field.refTable), field.name));
            } else {
                const auto mapped = mapping.find({field.refTable, (*it)["localId"].get<qint64>()});
                if (mapped == mapping.end())
                    return rejected(reject("unresolved_reference",
                                           QStringLiteral("%1 refers to a %2 this device has not pushed yet; push parents first.").arg(field.name, field.refTable),
                                           field.name));
                target = mapped->second;
            }
            *it = json{{"cloudId", target}};
        }

        // Domain rules before the generic merge: issued documents never change.
        if (!isNew) {
            const StoredRow &stored = existing->second;
            bool changes = change.deleted && !stored.deleted;
            for (auto it = incoming.begin(); it != incoming.end(); ++it)
                changes = changes || stored.data.value(it.key(), json()) != it.value();
            if (changes && change.table == QLatin1String("invoices") && stored.data.value("status", "") == "issued")
                return rejected(reject("immutable", QStringLiteral("An issued invoice cannot be changed; issue a credit note.")));
            if (changes && change.table == QLatin1String("invoice_lines")) {
                const auto invoice = rows.find(stored.data.value("invoice_id", json::object()).value("cloudId", qint64(0)));
                if (invoice != rows.end() && invoice->second.data.value("status", "") == "issued")
                    return rejected(reject("immutable", QStringLiteral("The lines of an issued invoice cannot be changed.")));
            }
        }

        // Per-field merge (S7): the later (hlc, device) wins; a concurrent different value is kept
        // as a conflict record. Deletion is a tombstone that stays.
        StoredRow merged = isNew ? StoredRow{change.table} : existing->second;
        const Stamp mine{change.hlc, device.deviceId, 0};
        bool changed = isNew || (change.deleted && !merged.deleted);
        std::vector<Conflict> rowConflicts;
        // The clock of one column of this change: its own when the desk sent one (written before
        // the change's latest edit), else the change's.
        const auto stampOf = [&](const std::string &field) {
            const auto own = change.fieldHlc.find(field);
            return own == change.fieldHlc.end() ? mine : Stamp{std::min(own->second, change.hlc), device.deviceId, 0};
        };
        if (isNew) {
            // Nothing to merge with: every column is the pusher's.
            merged.meta.setAll(mine);
            for (const auto &[field, clock] : change.fieldHlc) {
                if (incoming.contains(field))
                    merged.meta.set(field, stampOf(field));
            }
            merged.data = std::move(incoming);
            merged.createdAt = change.createdAt.value_or(0);
        }
        // An existing row: merged column by column (a new one was taken whole above).
        for (auto it = incoming.begin(); !isNew && it != incoming.end(); ++it) {
            const std::string &field = it.key();
            const Stamp ours = stampOf(field);
            const Stamp theirs = merged.meta.get(field);
            const bool has = merged.data.contains(field);
            const bool concurrent = has && theirs.device != device.deviceId && theirs.revision > baseRevision;
            if (!has || ours.newerThan(theirs)) {
                if (has && merged.data[field] == it.value())
                    continue;  // same value: nothing to do (this is what makes retries idempotent)
                if (concurrent && merged.data[field] != it.value())
                    rowConflicts.push_back({change.table, 0, field, it.value(), merged.data[field], device.deviceId, theirs.device, 0});
                merged.data[field] = std::move(it.value());
                merged.meta.set(field, ours);
                changed = true;
            } else if (merged.data[field] != it.value() && theirs.device != device.deviceId) {
                rowConflicts.push_back({change.table, 0, field, merged.data[field], it.value(), theirs.device, device.deviceId, 0});
            }
        }
        if (!changed && rowConflicts.empty()) {
            out.accepted = true;
            out.cloudId = cloudId;
            out.revision = merged.revision;
            return out;
        }
        const Transaction::Mark before = tx.mark();
        const qint64 revision = tx.nextRevision();
        if (isNew && cloudId == 0)
            cloudId = tx.takeCloudId();
        if (change.table == QLatin1String("invoices") && merged.data.value("status", "") == "issued"
            && !claimNumber("invoice", merged.data, cloudId)) {
            tx.rewind(before);
            return rejected(reject("duplicate_number", QStringLiteral("Another invoice of this clinic already has number %1.")
                                                           .arg(QString::fromStdString(merged.data.value("number_text", "")))));
        }
        if (change.table == QLatin1String("credit_notes") && !claimNumber("credit_note", merged.data, cloudId)) {
            tx.rewind(before);
            return rejected(reject("duplicate_number", QStringLiteral("Another credit note of this clinic already has this number.")));
        }
        merged.meta.fillRevision(revision);
        merged.deleted = merged.deleted || change.deleted;
        merged.revision = revision;
        merged.dirty = true;
        merged.created = isNew || (existing != rows.end() && existing->second.created);
        rows[cloudId] = std::move(merged);
        if (isNew) {
            mapping[{change.table, change.localId}] = cloudId;
            newMappings.push_back({change.table, change.localId, cloudId});
        }
        for (Conflict &c : rowConflicts) {
            c.cloudId = cloudId;
            c.revision = revision;
            conflicts.push_back(std::move(c));
        }
        out.accepted = true;
        out.cloudId = cloudId;
        out.revision = revision;
        return out;
    };

    std::vector<PushOutcome> outcomes;
    outcomes.reserve(request.changes.size());
    for (protocol::RowChange &change : request.changes) {
        outcomes.push_back(apply(change));
        if (storageFailed)
            return failure;
    }

    // 4. Write back in multi-row statements.
    const qint64 now = nowMs();
    std::vector<std::pair<qint64, const StoredRow *>> inserts, updates;
    for (const auto &[id, row] : rows) {
        if (row.dirty)
            (row.created ? inserts : updates).push_back({id, &row});
    }
    // Rows per multi-row statement. On SQLite, binding costs the square of a statement's
    // parameter count (Qt's driver and SQLite look each one up by name: 60% of a 1,000-row push
    // went there with 200 rows a statement), so its statements stay small.
    const size_t chunk = m_dialect == Dialect::Sqlite ? 20 : 200;
    // New rows (by COPY on PostgreSQL, see BulkInsert).
    BulkInsert newRecords(db, QStringLiteral("records"),
                          {QStringLiteral("clinic_id"), QStringLiteral("cloud_id"), QStringLiteral("table_name"), QStringLiteral("data"),
                           QStringLiteral("meta"), QStringLiteral("hlc"), QStringLiteral("deleted"), QStringLiteral("revision"),
                           QStringLiteral("origin_device"), QStringLiteral("created_at"), QStringLiteral("updated_at")},
                          chunk);
    for (const auto &[id, row] : inserts)
        newRecords.add({clinic, id, row->table.toStdString(), dataJson(row->data), row->meta.toJson(), row->meta.clocksJson(), row->deleted,
                        row->revision, device.deviceId, row->createdAt > 0 ? row->createdAt : now, now});
    if (auto written = newRecords.finish(); !written) {
        log()->error("{}", written.error().message().toStdString());
        return written.error();
    }
    // Updates too go in multi-row statements: UPDATE ... FROM (VALUES ...), which PostgreSQL and
    // SQLite (3.33+) both run; VALUES columns are column1..6 in both, and the casts type the
    // parameters PostgreSQL would otherwise take for text.
    for (size_t start = 0; start < updates.size(); start += chunk) {
        const size_t end = std::min(updates.size(), start + chunk);
        QStringList values;
        for (size_t i = start; i < end; ++i)
            values << QStringLiteral("(CAST(? AS BIGINT), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS BOOLEAN), CAST(? AS BIGINT))");
        q.prepare(QStringLiteral("UPDATE records SET data = v.column2, meta = v.column3, hlc = v.column4, deleted = v.column5, "
                                 "revision = v.column6, updated_at = ? FROM (VALUES %1) AS v WHERE records.clinic_id = ? AND records.cloud_id = v.column1")
                      .arg(values.join(QLatin1Char(','))));
        // Positional parameters follow the text: updated_at comes first, then the VALUES rows.
        q.addBindValue(now);
        for (size_t i = start; i < end; ++i) {
            const StoredRow &row = *updates[i].second;
            for (const QVariant &v : {QVariant(updates[i].first), QVariant(QString::fromStdString(dataJson(row.data))),
                                      QVariant(QString::fromStdString(row.meta.toJson())), QVariant(QString::fromStdString(row.meta.clocksJson())),
                                      QVariant(row.deleted), QVariant(row.revision)})
                q.addBindValue(v);
        }
        q.addBindValue(clinic);
        if (!q.exec())
            return storageError(q, "update records");
        if (q.numRowsAffected() != int(end - start))
            return domain::Error(domain::ErrorCode::Storage, QStringLiteral("update records: %1 of %2 rows changed").arg(q.numRowsAffected()).arg(end - start));
    }
    BulkInsert mappingsIn(db, QStringLiteral("id_map"),
                          {QStringLiteral("clinic_id"), QStringLiteral("device_id"), QStringLiteral("table_name"), QStringLiteral("local_id"),
                           QStringLiteral("cloud_id")},
                          chunk);
    for (const NewMapping &m : newMappings)
        mappingsIn.add({clinic, device.deviceId, m.table.toStdString(), m.localId, m.cloudId});
    if (auto written = mappingsIn.finish(); !written) {
        log()->error("{}", written.error().message().toStdString());
        return written.error();
    }
    for (const Conflict &c : conflicts) {
        q.prepare(QStringLiteral("INSERT INTO conflicts (clinic_id, conflict_id, table_name, cloud_id, field, winner_value, loser_value, "
                                 "winner_device, loser_device, revision, created_at) SELECT ?, coalesce(max(conflict_id), 0) + 1, "
                                 "?, ?, ?, ?, ?, ?, ?, ?, ? FROM conflicts WHERE clinic_id = ?"));
        for (const QVariant &v : {QVariant(clinic), QVariant(c.table), QVariant(c.cloudId), QVariant(QString::fromStdString(c.field)),
                                  QVariant(QString::fromStdString(c.winner.dump())), QVariant(QString::fromStdString(c.loser.dump())),
                                  QVariant(c.winnerDevice), QVariant(c.loserDevice), QVariant(c.revision), QVariant(now), QVariant(clinic)})
            q.addBindValue(v);
        if (!q.exec())
            return storageError(q, "record conflict");
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    m_insertedSinceAnalyze.fetch_add(qint64(inserts.size() + newMappings.size()));
    return PushResult{std::move(outcomes), tx.revision()};
}

void ServerStore::refreshStatisticsIfDue()
{
    // Without fresh statistics a pull page was planned as "every row after the cursor, then sort"
    // (68 ms a page at 100,000 rows, growing with the feed) and id-map lookups as scans of the
    // device's mappings.
    if (m_dialect != Dialect::Postgres)
        return;
    const qint64 inserted = m_insertedSinceAnalyze.load();
    qint64 threshold = m_analyzeAfter.load();
    if (inserted < threshold || !m_analyzeAfter.compare_exchange_strong(threshold, threshold + inserted))
        return;  // not yet, or another thread is refreshing them now
    m_insertedSinceAnalyze.fetch_sub(inserted);
    // Only the columns queries select or join on: statistics of the JSON columns (data, meta,
    // hlc) plan nothing, and sampling and sorting them was a third of PostgreSQL's work during a
    // first upload.
    QSqlQuery q(QSqlDatabase::database(connectionName(), false));
    if (!q.exec(QStringLiteral("ANALYZE records (clinic_id, cloud_id, table_name, revision, deleted), id_map")))
        log()->warn("refreshing statistics failed: {}", q.lastError().text().toStdString());
    else
        log()->debug("statistics of records and id_map refreshed after {} new rows", inserted);
}

// --- Conflicts -----------------------------------------------------------------------------------

domain::Result<std::vector<ConflictRecord>> ServerStore::conflicts(const DeviceIdentity &device, qint64 since, int limit) const
{
    QSqlQuery q(QSqlDatabase::database(connectionName(), false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT conflict_id, table_name, cloud_id, field, winner_value, loser_value, winner_device, loser_device, revision "
                             "FROM conflicts WHERE clinic_id = ? AND conflict_id > ? ORDER BY conflict_id LIMIT ?"));
    q.addBindValue(device.clinicId);
    q.addBindValue(since);
    q.addBindValue(std::clamp(limit, 1, 1000));
    if (!q.exec())
        return storageError(q, "read conflicts");
    std::vector<ConflictRecord> out;
    while (q.next()) {
        const QString table = q.value(1).toString();
        const protocol::TableSpec *spec = protocol::Schema::instance().table(table);
        if (spec && spec->clinical && !device.seesClinicalData())
            continue;
        out.push_back(ConflictRecord{q.value(0).toLongLong(), table, q.value(2).toLongLong(), q.value(3).toString(),
                                     q.value(4).toString().toUtf8(), q.value(5).toString().toUtf8(), q.value(6).toLongLong(),
                                     q.value(7).toLongLong(), q.value(8).toLongLong()});
    }
    return out;
}

// --- Pull ----------------------------------------------------------------------------------------

domain::Result<PullPage> ServerStore::pull(const DeviceIdentity &device, qint64 since, int limit) const
{
    limit = std::clamp(limit, 1, kMaxPullRows);
    QSqlQuery q(QSqlDatabase::database(connectionName(), false));
    q.setForwardOnly(true);
    // The page is cut from the feed index first and only then joined to the device's mapping, so
    // the cost follows the page size, not the clinic's size (a join over the whole remaining feed
    // made a device with many mapped rows pull slowly on PostgreSQL).
    q.prepare(QStringLiteral("SELECT r.table_name, r.cloud_id, r.revision, r.deleted, r.data, r.hlc, r.created_at, "
                             "(SELECT m.local_id FROM id_map m WHERE m.clinic_id = r.clinic_id AND m.cloud_id = r.cloud_id "
                             "AND m.device_id = ?) FROM (SELECT * FROM records WHERE clinic_id = ? AND revision > ? "
                             "ORDER BY revision LIMIT ?) r ORDER BY r.revision"));
    q.addBindValue(device.deviceId);
    q.addBindValue(device.clinicId);
    q.addBindValue(since);
    q.addBindValue(limit + 1);
    if (!q.exec())
        return storageError(q, "pull");
    PullPage page;
    page.next = since;
    int scanned = 0;
    while (q.next()) {
        if (++scanned > limit) {
            page.hasMore = true;
            break;
        }
        const qint64 revision = q.value(2).toLongLong();
        page.next = revision;  // the cursor passes rows this device may not see, too
        const QString table = q.value(0).toString();
        const protocol::TableSpec *spec = protocol::Schema::instance().table(table);
        if (!spec || (spec->clinical && !device.seesClinicalData()))
            continue;
        PulledRow row;
        row.table = table;
        row.cloudId = q.value(1).toLongLong();
        row.revision = revision;
        row.deleted = q.value(3).toBool();
        row.fieldsJson = q.value(4).toString().toUtf8();
        row.hlcJson = q.value(5).toString().toUtf8();
        row.createdAt = q.value(6).toLongLong();
        if (!q.value(7).isNull())
            row.localId = q.value(7).toLongLong();
        page.rows.push_back(std::move(row));
    }
    return page;
}

} // namespace clinic::server
