-- ClinicDesk client schema 11: a leaner patient search index, and a birth-date index for the
-- duplicate check (docs/performance.md, "Tenth session").
--
-- The search index keeps only what a search reads: which patients hold a term. It was a full
-- FTS5 table that also stored a copy of its text, the size of every column and two prefix
-- indexes; a new desk's first sync spent more time on it than on the patients themselves. Now:
--   content = ''     no copy of the text (the view patient_search_source is its definition);
--                    an entry is removed with the FTS5 'delete' command and the values it was
--                    indexed with, so the removal runs BEFORE the row changes and reads them from
--                    the view;
--   columnsize = 0   no per-row column sizes (only ranking functions use them; search ranks by
--                    exact phone, then name);
--   no prefix index  a prefix term ("priy"*) is read from the terms themselves; measured, the
--                    slowest (two digits over 100,000 patients' phones) stays near 1 ms.
--   fewer terms    the terms unique to each patient cost the most: phones are indexed once,
--                  as the national number (+91 / +34 dropped; other numbers as their digits),
--                  and the date of birth not at all: a date typed in a search is looked up in
--                  patients_birth_date (below). PatientSearchQuery matches a number typed with
--                  its country code inside a name search ("Priya 9198450") by both forms.
-- Invariant, outside a pulled page's transaction: every patient with deleted_at IS NULL is in the
-- index with exactly its patient_search_source values, and no other row is. Inside a pulled
-- page's transaction (session_context.search_deferred = 1) the triggers do nothing and the sync
-- engine removes and re-adds the page's patients before it commits.
DROP TRIGGER patient_search_insert;
DROP TRIGGER patient_search_update;
DROP TRIGGER patient_search_delete;
DROP TABLE patient_search;
DROP VIEW patient_search_source;

-- What the search index holds for a patient, defined once for the triggers, the sync engine's
-- page reindex and PatientSearchIndex:
--   name    first and last name
--   phone   the national numbers of both phones (digits)
--   number  the clinic's file number
CREATE VIEW patient_search_source AS
SELECT id,
       first_name || ' ' || last_name AS name,
       trim(CASE WHEN phone LIKE '+91%' OR phone LIKE '+34%' THEN substr(phone, 4) ELSE replace(phone, '+', '') END || ' '
            || CASE WHEN alt_phone LIKE '+91%' OR alt_phone LIKE '+34%' THEN substr(alt_phone, 4) ELSE replace(alt_phone, '+', '') END) AS phone,
       patient_number AS number,
       deleted_at
FROM patients;

CREATE VIRTUAL TABLE patient_search USING fts5 (
    name, phone, number,
    tokenize = 'unicode61 remove_diacritics 2',
    content = '',
    columnsize = 0
);
INSERT INTO patient_search (rowid, name, phone, number)
SELECT id, name, phone, number FROM patient_search_source WHERE deleted_at IS NULL;

CREATE TRIGGER patient_search_insert AFTER INSERT ON patients
WHEN NEW.deleted_at IS NULL AND (SELECT search_deferred FROM session_context WHERE id = 1) = 0
BEGIN
    INSERT INTO patient_search (rowid, name, phone, number)
    SELECT id, name, phone, number FROM patient_search_source WHERE id = NEW.id;
END;

-- Before an indexed column changes: the entry goes, with the values it was indexed with.
CREATE TRIGGER patient_search_unindex
BEFORE UPDATE OF first_name, last_name, phone, alt_phone, patient_number, date_of_birth, deleted_at ON patients
WHEN OLD.deleted_at IS NULL AND (SELECT search_deferred FROM session_context WHERE id = 1) = 0
BEGIN
    INSERT INTO patient_search (patient_search, rowid, name, phone, number)
    SELECT 'delete', id, name, phone, number FROM patient_search_source WHERE id = OLD.id;
END;

-- After it changed: the new entry, unless the patient is now deleted.
CREATE TRIGGER patient_search_update
AFTER UPDATE OF first_name, last_name, phone, alt_phone, patient_number, date_of_birth, deleted_at ON patients
WHEN NEW.deleted_at IS NULL AND (SELECT search_deferred FROM session_context WHERE id = 1) = 0
BEGIN
    INSERT INTO patient_search (rowid, name, phone, number)
    SELECT id, name, phone, number FROM patient_search_source WHERE id = NEW.id;
END;

CREATE TRIGGER patient_search_delete BEFORE DELETE ON patients
WHEN OLD.deleted_at IS NULL AND (SELECT search_deferred FROM session_context WHERE id = 1) = 0
BEGIN
    INSERT INTO patient_search (patient_search, rowid, name, phone, number)
    SELECT 'delete', id, name, phone, number FROM patient_search_source WHERE id = OLD.id;
END;

-- The duplicate check (same first and last name and date of birth) and a search by date of birth
-- look patients up by birth date: a handful of rows per date. The old index on
-- (lower(first_name), lower(last_name), date_of_birth) was not used by that query (it scanned the
-- table) and cost a lower() of two names per write.
DROP INDEX patients_name_dob;
CREATE INDEX patients_birth_date ON patients (date_of_birth) WHERE deleted_at IS NULL AND date_of_birth IS NOT NULL;
