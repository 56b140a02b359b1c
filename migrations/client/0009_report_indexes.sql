-- ClinicDesk client schema 9: indexes for the reports (docs/performance.md, "Reports").
-- Revenue by month / practitioner reads issued invoices by issue time: this index holds every
-- column those reports need, so they never touch the table rows (index-only range scans).
CREATE INDEX invoices_issued_amounts ON invoices (status, issued_at, practitioner_id, subtotal_minor, tax_minor)
    WHERE deleted_at IS NULL;
-- Credit notes by issue time (revenue, tax by rate).
CREATE INDEX credit_notes_issued ON credit_notes (issued_at) WHERE deleted_at IS NULL;
-- New patients and referral sources by registration time.
CREATE INDEX patients_created ON patients (created_at) WHERE deleted_at IS NULL;
