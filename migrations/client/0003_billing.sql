-- ClinicDesk client schema 3: invoices, lines, payments, credit notes and number series.
-- Money is integer minor units. Amounts computed by clinic::domain::InvoiceCalculator are stored.

CREATE TABLE invoices (
    id               INTEGER PRIMARY KEY,
    cloud_id         INTEGER UNIQUE,
    patient_id       INTEGER NOT NULL REFERENCES patients (id),
    practitioner_id  INTEGER REFERENCES practitioners (id),
    appointment_id   INTEGER REFERENCES appointments (id),
    status           TEXT    NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'issued')),
    series           TEXT    NOT NULL DEFAULT '',
    fiscal_year      TEXT    NOT NULL DEFAULT '',
    number           INTEGER,
    number_text      TEXT    NOT NULL DEFAULT '',
    issued_at        INTEGER,
    currency         TEXT    NOT NULL,
    notes            TEXT    NOT NULL DEFAULT '',
    subtotal_minor   INTEGER NOT NULL DEFAULT 0,
    discount_minor   INTEGER NOT NULL DEFAULT 0,
    tax_minor        INTEGER NOT NULL DEFAULT 0,
    total_minor      INTEGER NOT NULL DEFAULT 0,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    deleted_at       INTEGER,
    CHECK ((status = 'draft' AND number IS NULL) OR (status = 'issued' AND number IS NOT NULL))
);
CREATE UNIQUE INDEX invoices_number ON invoices (series, fiscal_year, number) WHERE number IS NOT NULL;
CREATE INDEX invoices_patient ON invoices (patient_id);
CREATE INDEX invoices_status_issued ON invoices (status, issued_at) WHERE deleted_at IS NULL;

CREATE TABLE invoice_lines (
    id                INTEGER PRIMARY KEY,
    cloud_id          INTEGER UNIQUE,
    invoice_id        INTEGER NOT NULL REFERENCES invoices (id),
    position          INTEGER NOT NULL,
    service_id        INTEGER REFERENCES services (id),
    description       TEXT    NOT NULL,
    quantity          INTEGER NOT NULL CHECK (quantity > 0),
    unit_price_minor  INTEGER NOT NULL CHECK (unit_price_minor >= 0),
    discount_minor    INTEGER NOT NULL DEFAULT 0 CHECK (discount_minor >= 0),
    discount_bp       INTEGER NOT NULL DEFAULT 0 CHECK (discount_bp BETWEEN 0 AND 10000),
    tax_rate_bp       INTEGER NOT NULL DEFAULT 0 CHECK (tax_rate_bp BETWEEN 0 AND 10000),
    tax_code          TEXT    NOT NULL DEFAULT '',
    gross_minor       INTEGER NOT NULL,
    net_minor         INTEGER NOT NULL,
    tax_minor         INTEGER NOT NULL,
    total_minor       INTEGER NOT NULL,
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    deleted_at        INTEGER
);
CREATE INDEX invoice_lines_invoice ON invoice_lines (invoice_id, position);

-- An issued invoice never changes (corrections by credit note). Only sync bookkeeping may change.
CREATE TRIGGER invoices_issued_immutable
BEFORE UPDATE ON invoices
WHEN OLD.status = 'issued' AND (
       NEW.patient_id IS NOT OLD.patient_id OR NEW.practitioner_id IS NOT OLD.practitioner_id
    OR NEW.appointment_id IS NOT OLD.appointment_id OR NEW.status IS NOT OLD.status
    OR NEW.series IS NOT OLD.series OR NEW.fiscal_year IS NOT OLD.fiscal_year
    OR NEW.number IS NOT OLD.number OR NEW.number_text IS NOT OLD.number_text
    OR NEW.issued_at IS NOT OLD.issued_at OR NEW.currency IS NOT OLD.currency
    OR NEW.notes IS NOT OLD.notes OR NEW.subtotal_minor IS NOT OLD.subtotal_minor
    OR NEW.discount_minor IS NOT OLD.discount_minor OR NEW.tax_minor IS NOT OLD.tax_minor
    OR NEW.total_minor IS NOT OLD.total_minor OR NEW.deleted_at IS NOT OLD.deleted_at)
BEGIN
    SELECT RAISE(ABORT, 'immutable: an issued invoice cannot be changed; issue a credit note');
END;

CREATE TRIGGER invoice_lines_issued_immutable_update
BEFORE UPDATE ON invoice_lines
WHEN (SELECT status FROM invoices WHERE id = OLD.invoice_id) = 'issued' AND (
       NEW.invoice_id IS NOT OLD.invoice_id OR NEW.position IS NOT OLD.position
    OR NEW.service_id IS NOT OLD.service_id OR NEW.description IS NOT OLD.description
    OR NEW.quantity IS NOT OLD.quantity OR NEW.unit_price_minor IS NOT OLD.unit_price_minor
    OR NEW.discount_minor IS NOT OLD.discount_minor OR NEW.discount_bp IS NOT OLD.discount_bp
    OR NEW.tax_rate_bp IS NOT OLD.tax_rate_bp OR NEW.tax_code IS NOT OLD.tax_code
    OR NEW.gross_minor IS NOT OLD.gross_minor OR NEW.net_minor IS NOT OLD.net_minor
    OR NEW.tax_minor IS NOT OLD.tax_minor OR NEW.total_minor IS NOT OLD.total_minor
    OR NEW.deleted_at IS NOT OLD.deleted_at)
BEGIN
    SELECT RAISE(ABORT, 'immutable: the lines of an issued invoice cannot be changed');
END;

CREATE TRIGGER invoice_lines_issued_immutable_insert
BEFORE INSERT ON invoice_lines
WHEN (SELECT status FROM invoices WHERE id = NEW.invoice_id) = 'issued'
     AND (SELECT capture FROM session_context WHERE id = 1) = 1
BEGIN
    SELECT RAISE(ABORT, 'immutable: lines cannot be added to an issued invoice');
END;

CREATE TABLE payments (
    id            INTEGER PRIMARY KEY,
    cloud_id      INTEGER UNIQUE,
    patient_id    INTEGER NOT NULL REFERENCES patients (id),
    invoice_id    INTEGER REFERENCES invoices (id),
    kind          TEXT    NOT NULL DEFAULT 'payment' CHECK (kind IN ('payment', 'refund')),
    method        TEXT    NOT NULL CHECK (method IN ('cash', 'card', 'upi', 'bank_transfer', 'other')),
    amount_minor  INTEGER NOT NULL CHECK (amount_minor > 0),
    currency      TEXT    NOT NULL,
    reference     TEXT    NOT NULL DEFAULT '',
    received_at   INTEGER NOT NULL,
    received_by   INTEGER REFERENCES users (id),
    notes         TEXT    NOT NULL DEFAULT '',
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    deleted_at    INTEGER
);
CREATE INDEX payments_received ON payments (received_at) WHERE deleted_at IS NULL;
CREATE INDEX payments_patient ON payments (patient_id);
CREATE INDEX payments_invoice ON payments (invoice_id) WHERE invoice_id IS NOT NULL;

CREATE TABLE credit_notes (
    id              INTEGER PRIMARY KEY,
    cloud_id        INTEGER UNIQUE,
    invoice_id      INTEGER NOT NULL REFERENCES invoices (id),
    patient_id      INTEGER NOT NULL REFERENCES patients (id),
    series          TEXT    NOT NULL,
    fiscal_year     TEXT    NOT NULL,
    number          INTEGER NOT NULL,
    number_text     TEXT    NOT NULL,
    issued_at       INTEGER NOT NULL,
    currency        TEXT    NOT NULL,
    reason          TEXT    NOT NULL,
    subtotal_minor  INTEGER NOT NULL,
    tax_minor       INTEGER NOT NULL,
    total_minor     INTEGER NOT NULL CHECK (total_minor > 0),
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    deleted_at      INTEGER
);
CREATE UNIQUE INDEX credit_notes_number ON credit_notes (series, fiscal_year, number);
CREATE INDEX credit_notes_invoice ON credit_notes (invoice_id);

-- Last number taken per (document kind, series, fiscal year). Local to this device (each device
-- has its own series); bumped in the same transaction that issues the document, so numbers are
-- gap-free. Invoices and credit notes never share a counter.
CREATE TABLE number_series (
    kind         TEXT    NOT NULL CHECK (kind IN ('invoice', 'credit_note')),
    series       TEXT    NOT NULL,
    fiscal_year  TEXT    NOT NULL,
    last_number  INTEGER NOT NULL,
    PRIMARY KEY (kind, series, fiscal_year)
);

-- The one definition of what is owed (architecture.md §5), used by every query that needs it.
-- Invoice: outstanding = total - credit notes - payments on it + refunds on it.
CREATE VIEW invoice_balances AS
SELECT i.id AS invoice_id,
       i.patient_id,
       i.total_minor,
       coalesce((SELECT sum(c.total_minor) FROM credit_notes c
                 WHERE c.invoice_id = i.id AND c.deleted_at IS NULL), 0) AS credited_minor,
       coalesce((SELECT sum(y.amount_minor) FROM payments y
                 WHERE y.invoice_id = i.id AND y.kind = 'payment' AND y.deleted_at IS NULL), 0) AS paid_minor,
       coalesce((SELECT sum(y.amount_minor) FROM payments y
                 WHERE y.invoice_id = i.id AND y.kind = 'refund' AND y.deleted_at IS NULL), 0) AS refunded_minor
FROM invoices i
WHERE i.status = 'issued' AND i.deleted_at IS NULL;

-- Patient: balance = invoiced - credited - paid + refunded (payments held as credit included).
-- Positive: the patient owes the clinic; negative: the clinic holds credit for the patient.
CREATE VIEW patient_balances AS
SELECT p.id AS patient_id,
       coalesce((SELECT sum(i.total_minor) FROM invoices i
                 WHERE i.patient_id = p.id AND i.status = 'issued' AND i.deleted_at IS NULL), 0) AS invoiced_minor,
       coalesce((SELECT sum(c.total_minor) FROM credit_notes c
                 WHERE c.patient_id = p.id AND c.deleted_at IS NULL), 0) AS credited_minor,
       coalesce((SELECT sum(y.amount_minor) FROM payments y
                 WHERE y.patient_id = p.id AND y.kind = 'payment' AND y.deleted_at IS NULL), 0) AS paid_minor,
       coalesce((SELECT sum(y.amount_minor) FROM payments y
                 WHERE y.patient_id = p.id AND y.kind = 'refund' AND y.deleted_at IS NULL), 0) AS refunded_minor
FROM patients p;
