-- The sessions list of someone who sees every apprenticeship (docs/performance.md). A page of sessions in a state is
-- read from the front of an index in the page's own order, ties of the same start broken by id (many sessions start at
-- the same time: the list sorted 9,409 of them for a page of 25); upcoming and to record the earliest first, recorded
-- and cancelled the latest first.
CREATE INDEX delivery_session_listed_idx ON delivery_session (state, starts_at, id);
CREATE INDEX delivery_session_listed_latest_idx ON delivery_session (state, starts_at DESC, id)
    WHERE state IN ('RECORDED', 'CANCELLED');

-- How many sessions are in each state, kept by the database itself on every insert, change of state or delete, whoever
-- writes them (a node of the previous release during an upgrade, a bulk load, an import), so it cannot drift from the
-- rows: counting 1.6 million recorded sessions took 0.5 s.
CREATE TABLE delivery_session_totals (
    state    VARCHAR(20) PRIMARY KEY,
    sessions BIGINT      NOT NULL
);
INSERT INTO delivery_session_totals (state, sessions)
SELECT s.state, (SELECT count(*) FROM delivery_session d WHERE d.state = s.state)
FROM (VALUES ('SCHEDULED'), ('RECORDED'), ('CANCELLED')) AS s (state);

-- Each total is changed by itself, in the order of the states, so two transactions never wait for each other's rows.
CREATE FUNCTION delivery_session_totals_add(changes JSONB) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    c RECORD;
BEGIN
    FOR c IN SELECT key AS state, value::bigint AS change FROM jsonb_each_text(changes) ORDER BY key LOOP
        IF c.change <> 0 THEN
            UPDATE delivery_session_totals SET sessions = sessions + c.change WHERE state = c.state;
        END IF;
    END LOOP;
END $$;

CREATE FUNCTION delivery_session_totals_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM delivery_session_totals_add(
        (SELECT coalesce(jsonb_object_agg(state, n), '{}') FROM (SELECT state, count(*) AS n FROM added GROUP BY state) x));
    RETURN NULL;
END $$;

CREATE FUNCTION delivery_session_totals_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM delivery_session_totals_add(
        (SELECT coalesce(jsonb_object_agg(state, -n), '{}') FROM (SELECT state, count(*) AS n FROM removed GROUP BY state) x));
    RETURN NULL;
END $$;

CREATE FUNCTION delivery_session_totals_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM delivery_session_totals_add((SELECT coalesce(jsonb_object_agg(state, n), '{}')
        FROM (SELECT state, sum(change) AS n
              FROM (SELECT state, 1 AS change FROM added UNION ALL SELECT state, -1 FROM removed) c
              GROUP BY state) x));
    RETURN NULL;
END $$;

CREATE FUNCTION delivery_session_totals_emptied() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE delivery_session_totals SET sessions = 0;
    RETURN NULL;
END $$;

CREATE TRIGGER delivery_session_totals_added AFTER INSERT ON delivery_session
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION delivery_session_totals_added();
CREATE TRIGGER delivery_session_totals_removed AFTER DELETE ON delivery_session
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION delivery_session_totals_removed();
CREATE TRIGGER delivery_session_totals_changed AFTER UPDATE ON delivery_session
    REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT
    EXECUTE FUNCTION delivery_session_totals_changed();
CREATE TRIGGER delivery_session_totals_emptied AFTER TRUNCATE ON delivery_session
    FOR EACH STATEMENT EXECUTE FUNCTION delivery_session_totals_emptied();
