-- ClinicDesk client schema 7: tamper evidence for issued documents (architecture.md §5).
-- Each issued invoice and credit note stores chain_hash = SHA-256 of the previous document's
-- hash in its series and of its own canonical content (clinic::domain::DocumentChain); the basis
-- for Spain's VERI*FACTU records. `clinicdesk-admin verify-chain` recomputes every chain.

ALTER TABLE invoices ADD COLUMN chain_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE credit_notes ADD COLUMN chain_hash TEXT NOT NULL DEFAULT '';

DROP TRIGGER invoices_issued_immutable;
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
    OR NEW.total_minor IS NOT OLD.total_minor OR NEW.deleted_at IS NOT OLD.deleted_at
    OR NEW.chain_hash IS NOT OLD.chain_hash)
BEGIN
    SELECT RAISE(ABORT, 'immutable: an issued invoice cannot be changed; issue a credit note');
END;

-- A credit note is issued complete and never changes; only sync bookkeeping (cloud_id,
-- updated_at) may.
CREATE TRIGGER credit_notes_immutable
BEFORE UPDATE ON credit_notes
WHEN NEW.invoice_id IS NOT OLD.invoice_id OR NEW.patient_id IS NOT OLD.patient_id
    OR NEW.series IS NOT OLD.series OR NEW.fiscal_year IS NOT OLD.fiscal_year
    OR NEW.number IS NOT OLD.number OR NEW.number_text IS NOT OLD.number_text
    OR NEW.issued_at IS NOT OLD.issued_at OR NEW.currency IS NOT OLD.currency
    OR NEW.reason IS NOT OLD.reason OR NEW.subtotal_minor IS NOT OLD.subtotal_minor
    OR NEW.tax_minor IS NOT OLD.tax_minor OR NEW.total_minor IS NOT OLD.total_minor
    OR NEW.deleted_at IS NOT OLD.deleted_at OR NEW.chain_hash IS NOT OLD.chain_hash
BEGIN
    SELECT RAISE(ABORT, 'immutable: a credit note cannot be changed');
END;
