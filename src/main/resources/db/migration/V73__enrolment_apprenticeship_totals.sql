-- How many apprenticeships are in each status, kept by the database itself on every insert, change of status or
-- delete, whoever writes them (a node of the previous release during an upgrade, a bulk load, an import), so it cannot
-- drift from the rows (docs/adr/0014). Someone who sees every apprenticeship is told how many their list holds from
-- here (the apprenticeships list and its API with no filter or a status alone, the off-the-job caseload's apprentices
-- in learning): counting 100,000 apprenticeships took as long as reading the page itself.
CREATE TABLE apprenticeship_totals (
    status          VARCHAR(30) PRIMARY KEY,
    apprenticeships BIGINT      NOT NULL
);
-- No apprenticeship is written between the count and the triggers below (a node of the previous release may be
-- writing).
LOCK TABLE apprenticeship IN SHARE ROW EXCLUSIVE MODE;
INSERT INTO apprenticeship_totals (status, apprenticeships)
SELECT status, count(*) FROM apprenticeship GROUP BY status;

-- Each total is changed by itself, in the order of the statuses, so two transactions never wait for each other's
-- rows; a status not yet counted gets its row.
CREATE FUNCTION apprenticeship_totals_add(changes JSONB) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    c RECORD;
BEGIN
    FOR c IN SELECT key AS status, value::bigint AS change FROM jsonb_each_text(changes) ORDER BY key LOOP
        IF c.change <> 0 THEN
            INSERT INTO apprenticeship_totals AS t (status, apprenticeships) VALUES (c.status, c.change)
            ON CONFLICT (status) DO UPDATE SET apprenticeships = t.apprenticeships + excluded.apprenticeships;
        END IF;
    END LOOP;
END $$;

CREATE FUNCTION apprenticeship_totals_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM apprenticeship_totals_add((SELECT coalesce(jsonb_object_agg(status, n), '{}')
        FROM (SELECT status, count(*) AS n FROM added GROUP BY status) x));
    RETURN NULL;
END $$;

CREATE FUNCTION apprenticeship_totals_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM apprenticeship_totals_add((SELECT coalesce(jsonb_object_agg(status, -n), '{}')
        FROM (SELECT status, count(*) AS n FROM removed GROUP BY status) x));
    RETURN NULL;
END $$;

CREATE FUNCTION apprenticeship_totals_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM apprenticeship_totals_add((SELECT coalesce(jsonb_object_agg(status, n), '{}')
        FROM (SELECT status, sum(change) AS n
              FROM (SELECT status, 1 AS change FROM added UNION ALL SELECT status, -1 FROM removed) c
              GROUP BY status) x));
    RETURN NULL;
END $$;

CREATE FUNCTION apprenticeship_totals_emptied() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE apprenticeship_totals SET apprenticeships = 0;
    RETURN NULL;
END $$;

CREATE TRIGGER apprenticeship_totals_added AFTER INSERT ON apprenticeship
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION apprenticeship_totals_added();
CREATE TRIGGER apprenticeship_totals_removed AFTER DELETE ON apprenticeship
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION apprenticeship_totals_removed();
CREATE TRIGGER apprenticeship_totals_changed AFTER UPDATE ON apprenticeship
    REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT
    EXECUTE FUNCTION apprenticeship_totals_changed();
CREATE TRIGGER apprenticeship_totals_emptied AFTER TRUNCATE ON apprenticeship
    FOR EACH STATEMENT EXECUTE FUNCTION apprenticeship_totals_emptied();

CREATE SCHEMA IF NOT EXISTS enrolment;
CREATE VIEW enrolment.apprenticeship_totals AS
SELECT status, apprenticeships FROM apprenticeship_totals;
COMMENT ON VIEW enrolment.apprenticeship_totals IS 'Published by enrolment: how many apprenticeships are in each status, for lists of someone who sees every apprenticeship';
