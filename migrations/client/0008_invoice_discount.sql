-- ClinicDesk client schema 8: a discount on the whole invoice (architecture.md §5).
-- The invoice keeps the input (an amount or a percentage); InvoiceCalculator spreads it over the
-- lines in proportion to their net (largest remainder), and each line stores its share so that
-- tax is computed on what is really charged and the printed lines still add up to the total.

ALTER TABLE invoices ADD COLUMN invoice_discount_minor INTEGER NOT NULL DEFAULT 0 CHECK (invoice_discount_minor >= 0);
ALTER TABLE invoices ADD COLUMN invoice_discount_bp INTEGER NOT NULL DEFAULT 0 CHECK (invoice_discount_bp BETWEEN 0 AND 10000);
ALTER TABLE invoice_lines ADD COLUMN invoice_discount_minor INTEGER NOT NULL DEFAULT 0 CHECK (invoice_discount_minor >= 0);

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
    OR NEW.chain_hash IS NOT OLD.chain_hash OR NEW.invoice_discount_minor IS NOT OLD.invoice_discount_minor
    OR NEW.invoice_discount_bp IS NOT OLD.invoice_discount_bp)
BEGIN
    SELECT RAISE(ABORT, 'immutable: an issued invoice cannot be changed; issue a credit note');
END;

DROP TRIGGER invoice_lines_issued_immutable_update;
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
    OR NEW.deleted_at IS NOT OLD.deleted_at OR NEW.invoice_discount_minor IS NOT OLD.invoice_discount_minor)
BEGIN
    SELECT RAISE(ABORT, 'immutable: the lines of an issued invoice cannot be changed');
END;
