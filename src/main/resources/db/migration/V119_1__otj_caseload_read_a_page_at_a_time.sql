-- The off-the-job caseload of someone who sees every apprenticeship (docs/performance.md). The page of apprentices,
-- the largest shortfall first, is read from the front of this index instead of sorting the pace of all 100,000
-- apprenticeships for each page (118 ms at the reference scale).
CREATE INDEX otj_pace_shortfall_idx ON otj_pace (shortfall_hours DESC, apprenticeship_id);

-- How many entries are in each state, kept by the database itself on every insert, change of state or delete,
-- whoever writes them (a node of the previous release during an upgrade, a bulk load, an import), so it cannot drift
-- from the rows (docs/adr/0014): counting the 340,000 entries waiting for approval among 11.5 million took 52 ms.
CREATE TABLE otj_entry_totals (
    state   VARCHAR(30) PRIMARY KEY,
    entries BIGINT      NOT NULL
);
-- No entry is written between the count and the triggers below (a node of the previous release may be writing).
LOCK TABLE otj_entry IN SHARE ROW EXCLUSIVE MODE;
INSERT INTO otj_entry_totals (state, entries)
SELECT state, count(*) FROM otj_entry GROUP BY state;
INSERT INTO otj_entry_totals (state, entries)
VALUES ('APPROVED', 0), ('MORE_DETAIL_REQUESTED', 0), ('REJECTED', 0), ('SUBMITTED', 0)
ON CONFLICT (state) DO NOTHING;

-- Each total is changed by itself, in the order of the states, so two transactions never wait for each other's rows;
-- a state not yet counted gets its row.
CREATE FUNCTION otj_entry_totals_add(changes JSONB) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    c RECORD;
BEGIN
    FOR c IN SELECT key AS state, value::bigint AS change FROM jsonb_each_text(changes) ORDER BY key LOOP
        IF c.change <> 0 THEN
            INSERT INTO otj_entry_totals AS t (state, entries) VALUES (c.state, c.change)
            ON CONFLICT (state) DO UPDATE SET entries = t.entries + excluded.entries;
        END IF;
    END LOOP;
END $$;

CREATE FUNCTION otj_entry_totals_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM otj_entry_totals_add(
        (SELECT coalesce(jsonb_object_agg(state, n), '{}') FROM (SELECT state, count(*) AS n FROM added GROUP BY state) x));
    RETURN NULL;
END $$;

CREATE FUNCTION otj_entry_totals_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM otj_entry_totals_add(
        (SELECT coalesce(jsonb_object_agg(state, -n), '{}') FROM (SELECT state, count(*) AS n FROM removed GROUP BY state) x));
    RETURN NULL;
END $$;

CREATE FUNCTION otj_entry_totals_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM otj_entry_totals_add((SELECT coalesce(jsonb_object_agg(state, n), '{}')
        FROM (SELECT state, sum(change) AS n
              FROM (SELECT state, 1 AS change FROM added UNION ALL SELECT state, -1 FROM removed) c
              GROUP BY state) x));
    RETURN NULL;
END $$;

CREATE FUNCTION otj_entry_totals_emptied() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE otj_entry_totals SET entries = 0;
    RETURN NULL;
END $$;

CREATE TRIGGER otj_entry_totals_added AFTER INSERT ON otj_entry
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION otj_entry_totals_added();
CREATE TRIGGER otj_entry_totals_removed AFTER DELETE ON otj_entry
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION otj_entry_totals_removed();
CREATE TRIGGER otj_entry_totals_changed AFTER UPDATE ON otj_entry
    REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT
    EXECUTE FUNCTION otj_entry_totals_changed();
CREATE TRIGGER otj_entry_totals_emptied AFTER TRUNCATE ON otj_entry
    FOR EACH STATEMENT EXECUTE FUNCTION otj_entry_totals_emptied();
