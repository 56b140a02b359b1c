-- The search index is rebuilt for a patient only when a column it holds changes (or the row is
-- deleted or restored). Before, every UPDATE of a patient reindexed it, including the sync
-- engine's write of the cloud id after a push, which made mapping a pushed patient cost 57 µs
-- instead of 11 µs.
DROP TRIGGER patient_search_update;

CREATE TRIGGER patient_search_update
AFTER UPDATE OF first_name, last_name, phone, alt_phone, patient_number, date_of_birth, deleted_at ON patients
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
