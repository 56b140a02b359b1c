-- ClinicDesk client schema 5: this desk's sync bookkeeping (local only, never synced).

-- key/value: pull_cursor, and later the server URL and device identity.
CREATE TABLE sync_state (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);

-- Rows the server refused, with its reason, for the user to fix or discard (S8). A later edit of
-- the row is captured again and retried; the rejection stays on record until resolved.
CREATE TABLE sync_rejections (
    id           INTEGER PRIMARY KEY,
    table_name   TEXT    NOT NULL,
    row_id       INTEGER NOT NULL,
    code         TEXT    NOT NULL,
    field        TEXT    NOT NULL DEFAULT '',
    message      TEXT    NOT NULL,
    rejected_at  INTEGER NOT NULL,
    resolved_at  INTEGER
);
CREATE INDEX sync_rejections_open ON sync_rejections (table_name, row_id) WHERE resolved_at IS NULL;

-- Pulled rows whose parent has not arrived yet (a parent edited after its child was created comes
-- later in the feed). Applied as soon as the parent exists locally. (Not named cloud_id: a table
-- with a cloud_id column is a synced table.)
CREATE TABLE sync_deferred (
    table_name  TEXT    NOT NULL,
    remote_id   INTEGER NOT NULL,
    payload     TEXT    NOT NULL,
    PRIMARY KEY (table_name, remote_id)
);

-- Concurrent edits the server resolved, as the desks see them (S7): the losing value is kept for
-- the user to review and, if they choose, restore (a new edit). conflict_id is the server's id.
CREATE TABLE sync_conflicts (
    conflict_id    INTEGER PRIMARY KEY,
    table_name     TEXT    NOT NULL,
    row_id         INTEGER,            -- local id, when the row exists on this desk
    remote_id      INTEGER NOT NULL,   -- the row's cloud id
    field          TEXT    NOT NULL,
    winner_value   TEXT    NOT NULL,   -- JSON
    loser_value    TEXT    NOT NULL,   -- JSON
    received_at    INTEGER NOT NULL,
    resolved_at    INTEGER
);
