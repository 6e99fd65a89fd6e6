-- The audit trail stays append-only, with one exception: events older than the provider's retention period for the
-- audit trail are deleted by the nightly retention job (docs/domain/retention.md). The job says so for its own
-- transaction (SET LOCAL waypoint.audit_retention = 'on'); every other DELETE, any UPDATE and TRUNCATE are still
-- refused, for everyone.
DROP TRIGGER audit_event_append_only ON audit_event;

CREATE FUNCTION audit_event_is_append_only_but_for_retention() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'DELETE' AND coalesce(current_setting('waypoint.audit_retention', true), '') = 'on' THEN
        RETURN NULL;
    END IF;
    RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP;
END;
$$;

CREATE TRIGGER audit_event_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only_but_for_retention();

-- The reason a person gave for correcting someone's details (UK GDPR article 16, rectification), kept with the change.
ALTER TABLE audit_event ADD COLUMN reason VARCHAR(2000);
