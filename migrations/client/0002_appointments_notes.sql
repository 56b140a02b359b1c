-- ClinicDesk client schema 2: appointments and clinical notes.

CREATE TABLE appointments (
    id               INTEGER PRIMARY KEY,
    cloud_id         INTEGER UNIQUE,
    patient_id       INTEGER NOT NULL REFERENCES patients (id),
    practitioner_id  INTEGER NOT NULL REFERENCES practitioners (id),
    room_id          INTEGER REFERENCES rooms (id),
    service_id       INTEGER REFERENCES services (id),
    start_at         INTEGER NOT NULL,
    end_at           INTEGER NOT NULL CHECK (end_at > start_at),
    status           TEXT    NOT NULL DEFAULT 'booked' CHECK (status IN
                         ('booked', 'confirmed', 'arrived', 'in_room', 'completed', 'no_show', 'cancelled')),
    arrived_at       INTEGER,
    cancel_reason    TEXT    NOT NULL DEFAULT '',
    cancelled_by     INTEGER REFERENCES users (id),
    cancelled_at     INTEGER,
    notes            TEXT    NOT NULL DEFAULT '',
    series_id        TEXT    NOT NULL DEFAULT '',
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    deleted_at       INTEGER
);
-- Day views read by start time, optionally per practitioner or room; the patient record by patient.
CREATE INDEX appointments_start ON appointments (start_at) WHERE deleted_at IS NULL;
CREATE INDEX appointments_practitioner_start ON appointments (practitioner_id, start_at)
    WHERE deleted_at IS NULL;
CREATE INDEX appointments_room_start ON appointments (room_id, start_at)
    WHERE deleted_at IS NULL AND room_id IS NOT NULL;
CREATE INDEX appointments_patient_start ON appointments (patient_id, start_at);

CREATE TABLE clinical_notes (
    id               INTEGER PRIMARY KEY,
    cloud_id         INTEGER UNIQUE,
    patient_id       INTEGER NOT NULL REFERENCES patients (id),
    practitioner_id  INTEGER NOT NULL REFERENCES practitioners (id),
    appointment_id   INTEGER REFERENCES appointments (id),
    amends_note_id   INTEGER REFERENCES clinical_notes (id),
    subjective       TEXT    NOT NULL DEFAULT '',
    objective        TEXT    NOT NULL DEFAULT '',
    assessment       TEXT    NOT NULL DEFAULT '',
    plan             TEXT    NOT NULL DEFAULT '',
    pain_score       INTEGER CHECK (pain_score BETWEEN 0 AND 10),
    signed_at        INTEGER,
    signed_by        INTEGER REFERENCES users (id),
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    deleted_at       INTEGER
);
CREATE INDEX clinical_notes_patient ON clinical_notes (patient_id, created_at);

-- A signed note is never edited: corrections are amendments (new notes citing it).
-- Only sync bookkeeping (cloud_id, updated_at) may change on a signed note.
CREATE TRIGGER clinical_notes_signed_immutable
BEFORE UPDATE ON clinical_notes
WHEN OLD.signed_at IS NOT NULL AND (
       NEW.patient_id IS NOT OLD.patient_id OR NEW.practitioner_id IS NOT OLD.practitioner_id
    OR NEW.appointment_id IS NOT OLD.appointment_id OR NEW.amends_note_id IS NOT OLD.amends_note_id
    OR NEW.subjective IS NOT OLD.subjective OR NEW.objective IS NOT OLD.objective
    OR NEW.assessment IS NOT OLD.assessment OR NEW.plan IS NOT OLD.plan
    OR NEW.pain_score IS NOT OLD.pain_score OR NEW.signed_at IS NOT OLD.signed_at
    OR NEW.signed_by IS NOT OLD.signed_by OR NEW.deleted_at IS NOT OLD.deleted_at)
BEGIN
    SELECT RAISE(ABORT, 'immutable: a signed clinical note cannot be changed; add an amendment');
END;
