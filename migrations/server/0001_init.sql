-- clinicdesk-server schema 1, for PostgreSQL and SQLite alike (plain SQL both accept; SQLite
-- stores BOOLEAN as 0/1). Every table carries clinic_id first in its primary key and indexes, so
-- the database can be sharded by clinic (e.g. Citus, clinic_id as distribution column) without
-- code changes.

CREATE TABLE clinics (
    clinic_id    BIGINT PRIMARY KEY,
    name         TEXT   NOT NULL,
    created_at   BIGINT NOT NULL
);

-- One row per clinic: the change-feed revision and the cloud id counter. Every write transaction
-- of a clinic locks this row first (PostgreSQL: SELECT ... FOR UPDATE; SQLite: BEGIN IMMEDIATE
-- holds the database write lock), which serialises that clinic's writers,
-- so revisions are assigned in commit order and a pull cursor never skips a row (S6).
CREATE TABLE clinic_state (
    clinic_id      BIGINT PRIMARY KEY REFERENCES clinics (clinic_id),
    revision       BIGINT NOT NULL DEFAULT 0,
    next_cloud_id  BIGINT NOT NULL DEFAULT 1
);

CREATE TABLE devices (
    clinic_id    BIGINT NOT NULL REFERENCES clinics (clinic_id),
    device_id    BIGINT NOT NULL,
    device_uid   TEXT   NOT NULL,
    name         TEXT   NOT NULL,
    scope        TEXT   NOT NULL CHECK (scope IN ('full', 'front_desk')),
    token_hash   TEXT   NOT NULL,
    created_at   BIGINT NOT NULL,
    revoked_at   BIGINT,
    PRIMARY KEY (clinic_id, device_id)
);
CREATE UNIQUE INDEX devices_token ON devices (token_hash);

CREATE TABLE enrollment_codes (
    code_hash    TEXT   PRIMARY KEY,
    clinic_id    BIGINT NOT NULL REFERENCES clinics (clinic_id),
    scope        TEXT   NOT NULL CHECK (scope IN ('full', 'front_desk')),
    created_at   BIGINT NOT NULL,
    expires_at   BIGINT NOT NULL,
    used_at      BIGINT,
    used_by      BIGINT
);

-- Every synced row of every clinic. data: the row's columns as JSON, references already in wire
-- form {"cloudId": n}, so a pull sends the stored text as is; meta: per column [hlc, device_id,
-- revision] of the write that set it (per-field merge, S7); hlc: the per-column clocks as sent to
-- desks ({"*": latest, "column": other} for columns set at another time).
CREATE TABLE records (
    clinic_id      BIGINT NOT NULL,
    cloud_id       BIGINT NOT NULL,
    table_name     TEXT   NOT NULL,
    data           TEXT   NOT NULL,
    meta           TEXT   NOT NULL,
    hlc            TEXT   NOT NULL,
    deleted        BOOLEAN NOT NULL DEFAULT FALSE,
    revision       BIGINT NOT NULL,
    origin_device  BIGINT NOT NULL,
    created_at     BIGINT NOT NULL,
    updated_at     BIGINT NOT NULL,
    PRIMARY KEY (clinic_id, cloud_id)
);
CREATE UNIQUE INDEX records_feed ON records (clinic_id, revision);

-- (clinic, device, table, local id) -> cloud id: a create retried after a lost answer gets the
-- same cloud id (S4), and {"localId": n} references resolve through it (S5).
CREATE TABLE id_map (
    clinic_id   BIGINT NOT NULL,
    device_id   BIGINT NOT NULL,
    table_name  TEXT   NOT NULL,
    local_id    BIGINT NOT NULL,
    cloud_id    BIGINT NOT NULL,
    PRIMARY KEY (clinic_id, device_id, table_name, local_id)
);
CREATE INDEX id_map_cloud ON id_map (clinic_id, cloud_id);

-- The losing value of a concurrent edit to the same field, kept for review (S7).
CREATE TABLE conflicts (
    clinic_id      BIGINT NOT NULL,
    conflict_id    BIGINT NOT NULL,
    table_name     TEXT   NOT NULL,
    cloud_id       BIGINT NOT NULL,
    field          TEXT   NOT NULL,
    winner_value   TEXT   NOT NULL,
    loser_value    TEXT   NOT NULL,
    winner_device  BIGINT NOT NULL,
    loser_device   BIGINT NOT NULL,
    revision       BIGINT NOT NULL,
    created_at     BIGINT NOT NULL,
    PRIMARY KEY (clinic_id, conflict_id)
);
CREATE INDEX conflicts_revision ON conflicts (clinic_id, revision);

-- Issued invoice and credit note numbers are unique per clinic.
CREATE TABLE document_numbers (
    clinic_id    BIGINT NOT NULL,
    kind         TEXT   NOT NULL,
    series       TEXT   NOT NULL,
    fiscal_year  TEXT   NOT NULL,
    number       BIGINT NOT NULL,
    cloud_id     BIGINT NOT NULL,
    PRIMARY KEY (clinic_id, kind, series, fiscal_year, number)
);
