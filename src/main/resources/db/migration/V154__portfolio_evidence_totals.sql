-- How many evidence items are in each state, kept by the database itself on every insert, change of state or delete,
-- whoever writes them (a node of the previous release during an upgrade, a bulk load, an import), so it cannot drift
-- from the rows (docs/adr/0014). The assessment queue of someone who sees every apprenticeship (a lead, the head of
-- delivery) reads the number waiting from here: counting the 300,000 waiting among 3 million took 50 ms or more.
CREATE TABLE portfolio_evidence_totals (
    state VARCHAR(20) PRIMARY KEY,
    items BIGINT      NOT NULL
);
-- No item is written between the count and the triggers below (a node of the previous release may be writing).
LOCK TABLE portfolio_evidence IN SHARE ROW EXCLUSIVE MODE;
INSERT INTO portfolio_evidence_totals (state, items)
SELECT state, count(*) FROM portfolio_evidence GROUP BY state;
INSERT INTO portfolio_evidence_totals (state, items)
VALUES ('ACCEPTED', 0), ('QUARANTINED', 0), ('REFERRED_BACK', 0), ('SIGNED_OFF', 0), ('SUBMITTED', 0)
ON CONFLICT (state) DO NOTHING;

-- Each total is changed by itself, in the order of the states, so two transactions never wait for each other's rows;
-- a state not yet counted gets its row.
CREATE FUNCTION portfolio_evidence_totals_add(changes JSONB) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    c RECORD;
BEGIN
    FOR c IN SELECT key AS state, value::bigint AS change FROM jsonb_each_text(changes) ORDER BY key LOOP
        IF c.change <> 0 THEN
            INSERT INTO portfolio_evidence_totals AS t (state, items) VALUES (c.state, c.change)
            ON CONFLICT (state) DO UPDATE SET items = t.items + excluded.items;
        END IF;
    END LOOP;
END $$;

CREATE FUNCTION portfolio_evidence_totals_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM portfolio_evidence_totals_add(
        (SELECT coalesce(jsonb_object_agg(state, n), '{}') FROM (SELECT state, count(*) AS n FROM added GROUP BY state) x));
    RETURN NULL;
END $$;

CREATE FUNCTION portfolio_evidence_totals_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM portfolio_evidence_totals_add(
        (SELECT coalesce(jsonb_object_agg(state, -n), '{}') FROM (SELECT state, count(*) AS n FROM removed GROUP BY state) x));
    RETURN NULL;
END $$;

CREATE FUNCTION portfolio_evidence_totals_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM portfolio_evidence_totals_add((SELECT coalesce(jsonb_object_agg(state, n), '{}')
        FROM (SELECT state, sum(change) AS n
              FROM (SELECT state, 1 AS change FROM added UNION ALL SELECT state, -1 FROM removed) c
              GROUP BY state) x));
    RETURN NULL;
END $$;

CREATE FUNCTION portfolio_evidence_totals_emptied() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE portfolio_evidence_totals SET items = 0;
    RETURN NULL;
END $$;

CREATE TRIGGER portfolio_evidence_totals_added AFTER INSERT ON portfolio_evidence
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION portfolio_evidence_totals_added();
CREATE TRIGGER portfolio_evidence_totals_removed AFTER DELETE ON portfolio_evidence
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION portfolio_evidence_totals_removed();
CREATE TRIGGER portfolio_evidence_totals_changed AFTER UPDATE ON portfolio_evidence
    REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT
    EXECUTE FUNCTION portfolio_evidence_totals_changed();
CREATE TRIGGER portfolio_evidence_totals_emptied AFTER TRUNCATE ON portfolio_evidence
    FOR EACH STATEMENT EXECUTE FUNCTION portfolio_evidence_totals_emptied();
