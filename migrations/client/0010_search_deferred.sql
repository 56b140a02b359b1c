-- ClinicDesk client schema 10: the sync engine fills the patient search index once per pulled page.
--
-- A row written into patient_search by a trigger makes SQLite open and release a savepoint on the
-- FTS5 table around the statement, and FTS5 flushes its pending terms at every savepoint: a pulled
-- patient cost 62 µs instead of 38 µs (docs/performance.md, "Desk sync engine"). Inside its page
-- transaction the sync engine now sets session_context.search_deferred and, before it commits,
-- reindexes the page's patients in one statement. Every other writer keeps the triggers, and
-- WriteTransaction resets the flag before any commit, so its committed value is always 0.
ALTER TABLE session_context ADD COLUMN search_deferred INTEGER NOT NULL DEFAULT 0 CHECK (search_deferred IN (0, 1));

-- What the search index holds for a patient, defined once for the triggers and the page reindex:
--   name    first and last name
--   phone   digits of both phones, with and without the country code (+91 / +34)
--   number  the clinic's file number
--   dob     date of birth as yyyyMMdd
CREATE VIEW patient_search_source AS
SELECT id,
       first_name || ' ' || last_name AS name,
       trim(replace(phone, '+', '') || ' '
            || CASE WHEN phone LIKE '+91%' OR phone LIKE '+34%' THEN substr(phone, 4) ELSE '' END
            || ' ' || replace(alt_phone, '+', '') || ' '
            || CASE WHEN alt_phone LIKE '+91%' OR alt_phone LIKE '+34%' THEN substr(alt_phone, 4) ELSE '' END) AS phone,
       patient_number AS number,
       coalesce(replace(date_of_birth, '-', ''), '') AS dob,
       deleted_at
FROM patients;

DROP TRIGGER patient_search_insert;
CREATE TRIGGER patient_search_insert AFTER INSERT ON patients
WHEN NEW.deleted_at IS NULL AND (SELECT search_deferred FROM session_context WHERE id = 1) = 0
BEGIN
    INSERT INTO patient_search (rowid, name, phone, number, dob)
    SELECT id, name, phone, number, dob FROM patient_search_source WHERE id = NEW.id;
END;

DROP TRIGGER patient_search_update;
CREATE TRIGGER patient_search_update
AFTER UPDATE OF first_name, last_name, phone, alt_phone, patient_number, date_of_birth, deleted_at ON patients
WHEN (SELECT search_deferred FROM session_context WHERE id = 1) = 0
BEGIN
    DELETE FROM patient_search WHERE rowid = OLD.id;
    INSERT INTO patient_search (rowid, name, phone, number, dob)
    SELECT id, name, phone, number, dob FROM patient_search_source WHERE id = NEW.id AND deleted_at IS NULL;
END;
