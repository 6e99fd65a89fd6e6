-- The apprenticeships in each status (V73) are counted by the triggers every module shares (V6, docs/adr/0014) instead
-- of enrolment's own copy of them: the same triggers, by the same names, now naming the shared function. Dropped and
-- created in one transaction, so no apprenticeship is written in between.
DROP TRIGGER apprenticeship_totals_added ON apprenticeship;
DROP TRIGGER apprenticeship_totals_removed ON apprenticeship;
DROP TRIGGER apprenticeship_totals_changed ON apprenticeship;
DROP TRIGGER apprenticeship_totals_emptied ON apprenticeship;
DROP FUNCTION apprenticeship_totals_added();
DROP FUNCTION apprenticeship_totals_removed();
DROP FUNCTION apprenticeship_totals_changed();
DROP FUNCTION apprenticeship_totals_emptied();
DROP FUNCTION apprenticeship_totals_add(JSONB);

CREATE TRIGGER apprenticeship_totals_added AFTER INSERT ON apprenticeship REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION totals_kept_by_trigger('apprenticeship_totals', 'status', 'apprenticeships');
CREATE TRIGGER apprenticeship_totals_removed AFTER DELETE ON apprenticeship REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION totals_kept_by_trigger('apprenticeship_totals', 'status', 'apprenticeships');
CREATE TRIGGER apprenticeship_totals_changed AFTER UPDATE ON apprenticeship
    REFERENCING OLD TABLE AS removed NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION totals_kept_by_trigger('apprenticeship_totals', 'status', 'apprenticeships');
CREATE TRIGGER apprenticeship_totals_emptied AFTER TRUNCATE ON apprenticeship
    FOR EACH STATEMENT EXECUTE FUNCTION totals_kept_by_trigger('apprenticeship_totals', 'status', 'apprenticeships');
