-- The evidence items in each state (V154) are counted by the triggers every module shares (V6, docs/adr/0014) instead
-- of the module's own copy of them: the same triggers, by the same names, now naming the shared function. Dropped and
-- created in one transaction, so no item is written in between.
DROP TRIGGER portfolio_evidence_totals_added ON portfolio_evidence;
DROP TRIGGER portfolio_evidence_totals_removed ON portfolio_evidence;
DROP TRIGGER portfolio_evidence_totals_changed ON portfolio_evidence;
DROP TRIGGER portfolio_evidence_totals_emptied ON portfolio_evidence;
DROP FUNCTION portfolio_evidence_totals_added();
DROP FUNCTION portfolio_evidence_totals_removed();
DROP FUNCTION portfolio_evidence_totals_changed();
DROP FUNCTION portfolio_evidence_totals_emptied();
DROP FUNCTION portfolio_evidence_totals_add(JSONB);

CREATE TRIGGER portfolio_evidence_totals_added AFTER INSERT ON portfolio_evidence REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION totals_kept_by_trigger('portfolio_evidence_totals', 'state', 'items');
CREATE TRIGGER portfolio_evidence_totals_removed AFTER DELETE ON portfolio_evidence REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION totals_kept_by_trigger('portfolio_evidence_totals', 'state', 'items');
CREATE TRIGGER portfolio_evidence_totals_changed AFTER UPDATE ON portfolio_evidence
    REFERENCING OLD TABLE AS removed NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION totals_kept_by_trigger('portfolio_evidence_totals', 'state', 'items');
CREATE TRIGGER portfolio_evidence_totals_emptied AFTER TRUNCATE ON portfolio_evidence
    FOR EACH STATEMENT EXECUTE FUNCTION totals_kept_by_trigger('portfolio_evidence_totals', 'state', 'items');
