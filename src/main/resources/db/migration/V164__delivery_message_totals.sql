-- The messages inbox of someone who sees every apprenticeship (docs/performance.md): the page of threads read from the
-- front of an index of the latest first, and the number of threads and of unread messages from a kept total rather than
-- by counting every thread and every message (290,000 and 870,000 at the reference scale: 0.9 s a page).
CREATE INDEX message_thread_latest_idx ON message_thread (last_message_at DESC, id);

-- The messages a person wrote, taken from the total to leave the messages others wrote.
CREATE INDEX message_author_idx ON message (author_account_id, thread_id);

-- The threads a person has read, with up to when.
CREATE INDEX message_read_account_idx ON message_read (account_id, thread_id) INCLUDE (last_read_at);

-- How many threads and messages there are, kept by the database itself on every insert or delete, whoever writes them
-- (a node of the previous release during an upgrade, a bulk load, an import), so it cannot drift from the rows.
CREATE TABLE message_totals (
    id       INT    PRIMARY KEY CHECK (id = 1),
    threads  BIGINT NOT NULL,
    messages BIGINT NOT NULL
);
INSERT INTO message_totals (id, threads, messages)
VALUES (1, (SELECT count(*) FROM message_thread), (SELECT count(*) FROM message));

CREATE FUNCTION message_totals_threads_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE message_totals SET threads = threads + (SELECT count(*) FROM added) WHERE id = 1;
    RETURN NULL;
END $$;

CREATE FUNCTION message_totals_threads_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE message_totals SET threads = threads - (SELECT count(*) FROM removed) WHERE id = 1;
    RETURN NULL;
END $$;

CREATE FUNCTION message_totals_messages_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE message_totals SET messages = messages + (SELECT count(*) FROM added) WHERE id = 1;
    RETURN NULL;
END $$;

CREATE FUNCTION message_totals_messages_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE message_totals SET messages = messages - (SELECT count(*) FROM removed) WHERE id = 1;
    RETURN NULL;
END $$;

CREATE FUNCTION message_totals_emptied() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'message_thread' THEN
        UPDATE message_totals SET threads = 0 WHERE id = 1;
    ELSE
        UPDATE message_totals SET messages = 0 WHERE id = 1;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER message_totals_threads_added AFTER INSERT ON message_thread
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION message_totals_threads_added();
CREATE TRIGGER message_totals_threads_removed AFTER DELETE ON message_thread
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION message_totals_threads_removed();
CREATE TRIGGER message_totals_threads_emptied AFTER TRUNCATE ON message_thread
    FOR EACH STATEMENT EXECUTE FUNCTION message_totals_emptied();
CREATE TRIGGER message_totals_messages_added AFTER INSERT ON message
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION message_totals_messages_added();
CREATE TRIGGER message_totals_messages_removed AFTER DELETE ON message
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION message_totals_messages_removed();
CREATE TRIGGER message_totals_messages_emptied AFTER TRUNCATE ON message
    FOR EACH STATEMENT EXECUTE FUNCTION message_totals_emptied();
