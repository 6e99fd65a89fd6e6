-- The off-the-job entries in each state (V119_1) are counted by the triggers every module shares (V6,
-- docs/adr/0014) instead of the module's own copy of them: the same triggers, by the same names, now naming the shared
-- function. Dropped and created in one transaction, so no entry is written in between.
DROP TRIGGER otj_entry_totals_added ON otj_entry;
DROP TRIGGER otj_entry_totals_removed ON otj_entry;
DROP TRIGGER otj_entry_totals_changed ON otj_entry;
DROP TRIGGER otj_entry_totals_emptied ON otj_entry;
DROP FUNCTION otj_entry_totals_added();
DROP FUNCTION otj_entry_totals_removed();
DROP FUNCTION otj_entry_totals_changed();
DROP FUNCTION otj_entry_totals_emptied();
DROP FUNCTION otj_entry_totals_add(JSONB);

CREATE TRIGGER otj_entry_totals_added AFTER INSERT ON otj_entry REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION totals_kept_by_trigger('otj_entry_totals', 'state', 'entries');
CREATE TRIGGER otj_entry_totals_removed AFTER DELETE ON otj_entry REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION totals_kept_by_trigger('otj_entry_totals', 'state', 'entries');
CREATE TRIGGER otj_entry_totals_changed AFTER UPDATE ON otj_entry
    REFERENCING OLD TABLE AS removed NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION totals_kept_by_trigger('otj_entry_totals', 'state', 'entries');
CREATE TRIGGER otj_entry_totals_emptied AFTER TRUNCATE ON otj_entry
    FOR EACH STATEMENT EXECUTE FUNCTION totals_kept_by_trigger('otj_entry_totals', 'state', 'entries');
