-- The audit trail: every change, and every view of a sensitive record, with who, when, from where, and a short
-- account of before and after. Append-only: the trigger below refuses UPDATE, DELETE and TRUNCATE for everyone,
-- the application included, so a row once written cannot be altered or removed from within the database's users.
CREATE TABLE audit_event
(
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id       UUID,
    actor_name     VARCHAR(200) NOT NULL,
    actor_email    VARCHAR(254),
    remote_address VARCHAR(100),
    record_type    VARCHAR(100) NOT NULL,
    record_id      VARCHAR(100),
    action         VARCHAR(40)  NOT NULL,
    before_summary TEXT,
    after_summary  TEXT,
    sensitive      BOOLEAN      NOT NULL
);

-- Newest first, with (occurred_at, id) as the keyset cursor; one index per filter, each ending in the sort order.
CREATE INDEX audit_event_newest_idx ON audit_event (occurred_at DESC, id DESC);
CREATE INDEX audit_event_record_type_idx ON audit_event (lower(record_type), occurred_at DESC, id DESC);
CREATE INDEX audit_event_record_id_idx ON audit_event (record_id, occurred_at DESC, id DESC);
CREATE INDEX audit_event_action_idx ON audit_event (action, occurred_at DESC, id DESC);
CREATE INDEX audit_event_actor_id_idx ON audit_event (actor_id, occurred_at DESC, id DESC);

-- "Who" is searched as text within the name or email: a trigram index serves a contains-search.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX audit_event_actor_text_idx ON audit_event
    USING gin ((lower(actor_name || ' ' || coalesce(actor_email, ''))) gin_trgm_ops);

CREATE FUNCTION audit_event_is_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP;
END;
$$;

-- Statement-level, so it fires even when no row matches, and for TRUNCATE, which row triggers never see.
CREATE TRIGGER audit_event_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();
