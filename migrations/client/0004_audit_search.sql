-- ClinicDesk client schema 4: the audit log and patient search.

-- Append-only record of changes, written by the capture triggers. Synced like any other table.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    cloud_id    INTEGER UNIQUE,
    at          INTEGER NOT NULL,
    user_id     INTEGER,
    device_id   TEXT    NOT NULL,
    table_name  TEXT    NOT NULL,
    row_id      INTEGER NOT NULL,
    action      TEXT    NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    changes     TEXT    NOT NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    deleted_at  INTEGER
);
CREATE INDEX audit_log_record ON audit_log (table_name, row_id);
CREATE INDEX audit_log_at ON audit_log (at);

CREATE TRIGGER audit_log_append_only_update
BEFORE UPDATE ON audit_log
WHEN NEW.at IS NOT OLD.at OR NEW.user_id IS NOT OLD.user_id OR NEW.device_id IS NOT OLD.device_id
  OR NEW.table_name IS NOT OLD.table_name OR NEW.row_id IS NOT OLD.row_id
  OR NEW.action IS NOT OLD.action OR NEW.changes IS NOT OLD.changes
  OR NEW.deleted_at IS NOT OLD.deleted_at
BEGIN
    SELECT RAISE(ABORT, 'immutable: the audit log is append-only');
END;

CREATE TRIGGER audit_log_append_only_delete
BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'immutable: the audit log is append-only');
END;

-- Patient search: accent- and case-insensitive, prefix matching. rowid = patients.id.
--   name    first and last name
--   phone   digits of both phones, with and without the country code (+91 / +34)
--   number  the clinic's file number
--   dob     date of birth as yyyyMMdd
CREATE VIRTUAL TABLE patient_search USING fts5 (
    name, phone, number, dob,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

CREATE TRIGGER patient_search_insert AFTER INSERT ON patients
WHEN NEW.deleted_at IS NULL
BEGIN
    INSERT INTO patient_search (rowid, name, phone, number, dob)
    VALUES (NEW.id,
            NEW.first_name || ' ' || NEW.last_name,
            trim(replace(NEW.phone, '+', '') || ' '
                 || CASE WHEN NEW.phone LIKE '+91%' OR NEW.phone LIKE '+34%' THEN substr(NEW.phone, 4) ELSE '' END
                 || ' ' || replace(NEW.alt_phone, '+', '') || ' '
                 || CASE WHEN NEW.alt_phone LIKE '+91%' OR NEW.alt_phone LIKE '+34%' THEN substr(NEW.alt_phone, 4) ELSE '' END),
            NEW.patient_number,
            coalesce(replace(NEW.date_of_birth, '-', ''), ''));
END;

CREATE TRIGGER patient_search_update AFTER UPDATE ON patients
BEGIN
    DELETE FROM patient_search WHERE rowid = OLD.id;
    INSERT INTO patient_search (rowid, name, phone, number, dob)
    SELECT NEW.id,
           NEW.first_name || ' ' || NEW.last_name,
           trim(replace(NEW.phone, '+', '') || ' '
                || CASE WHEN NEW.phone LIKE '+91%' OR NEW.phone LIKE '+34%' THEN substr(NEW.phone, 4) ELSE '' END
                || ' ' || replace(NEW.alt_phone, '+', '') || ' '
                || CASE WHEN NEW.alt_phone LIKE '+91%' OR NEW.alt_phone LIKE '+34%' THEN substr(NEW.alt_phone, 4) ELSE '' END),
           NEW.patient_number,
           coalesce(replace(NEW.date_of_birth, '-', ''), '')
    WHERE NEW.deleted_at IS NULL;
END;

CREATE TRIGGER patient_search_delete AFTER DELETE ON patients
BEGIN
    DELETE FROM patient_search WHERE rowid = OLD.id;
END;

-- Index any patients that existed before this migration.
INSERT INTO patient_search (rowid, name, phone, number, dob)
SELECT id, first_name || ' ' || last_name,
       trim(replace(phone, '+', '') || ' '
            || CASE WHEN phone LIKE '+91%' OR phone LIKE '+34%' THEN substr(phone, 4) ELSE '' END
            || ' ' || replace(alt_phone, '+', '') || ' '
            || CASE WHEN alt_phone LIKE '+91%' OR alt_phone LIKE '+34%' THEN substr(alt_phone, 4) ELSE '' END),
       patient_number, coalesce(replace(date_of_birth, '-', ''), '')
FROM patients WHERE deleted_at IS NULL;
