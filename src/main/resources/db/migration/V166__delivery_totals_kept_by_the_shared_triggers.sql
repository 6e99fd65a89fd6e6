-- The message threads and messages (V164) and the sessions in each state (V165) are counted by the triggers every
-- module shares (V6, docs/adr/0014) instead of the module's own copies of them: the same triggers, by the same names,
-- now naming the shared function. Dropped and created in one transaction, so nothing is written in between.
DROP TRIGGER message_totals_threads_added ON message_thread;
DROP TRIGGER message_totals_threads_removed ON message_thread;
DROP TRIGGER message_totals_threads_emptied ON message_thread;
DROP TRIGGER message_totals_messages_added ON message;
DROP TRIGGER message_totals_messages_removed ON message;
DROP TRIGGER message_totals_messages_emptied ON message;
DROP FUNCTION message_totals_threads_added();
DROP FUNCTION message_totals_threads_removed();
DROP FUNCTION message_totals_messages_added();
DROP FUNCTION message_totals_messages_removed();
DROP FUNCTION message_totals_emptied();

-- One row of totals: no key columns.
CREATE TRIGGER message_totals_threads_added AFTER INSERT ON message_thread REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION totals_kept_by_trigger('message_totals', '', 'threads');
CREATE TRIGGER message_totals_threads_removed AFTER DELETE ON message_thread REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION totals_kept_by_trigger('message_totals', '', 'threads');
CREATE TRIGGER message_totals_threads_emptied AFTER TRUNCATE ON message_thread
    FOR EACH STATEMENT EXECUTE FUNCTION totals_kept_by_trigger('message_totals', '', 'threads');
CREATE TRIGGER message_totals_messages_added AFTER INSERT ON message REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION totals_kept_by_trigger('message_totals', '', 'messages');
CREATE TRIGGER message_totals_messages_removed AFTER DELETE ON message REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION totals_kept_by_trigger('message_totals', '', 'messages');
CREATE TRIGGER message_totals_messages_emptied AFTER TRUNCATE ON message
    FOR EACH STATEMENT EXECUTE FUNCTION totals_kept_by_trigger('message_totals', '', 'messages');

DROP TRIGGER delivery_session_totals_added ON delivery_session;
DROP TRIGGER delivery_session_totals_removed ON delivery_session;
DROP TRIGGER delivery_session_totals_changed ON delivery_session;
DROP TRIGGER delivery_session_totals_emptied ON delivery_session;
DROP FUNCTION delivery_session_totals_added();
DROP FUNCTION delivery_session_totals_removed();
DROP FUNCTION delivery_session_totals_changed();
DROP FUNCTION delivery_session_totals_emptied();
DROP FUNCTION delivery_session_totals_add(JSONB);

CREATE TRIGGER delivery_session_totals_added AFTER INSERT ON delivery_session REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION totals_kept_by_trigger('delivery_session_totals', 'state', 'sessions');
CREATE TRIGGER delivery_session_totals_removed AFTER DELETE ON delivery_session REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION totals_kept_by_trigger('delivery_session_totals', 'state', 'sessions');
CREATE TRIGGER delivery_session_totals_changed AFTER UPDATE ON delivery_session
    REFERENCING OLD TABLE AS removed NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION totals_kept_by_trigger('delivery_session_totals', 'state', 'sessions');
CREATE TRIGGER delivery_session_totals_emptied AFTER TRUNCATE ON delivery_session
    FOR EACH STATEMENT EXECUTE FUNCTION totals_kept_by_trigger('delivery_session_totals', 'state', 'sessions');
