-- Totals kept beside their rows by the database itself, on every insert, update, delete or truncate, whoever writes
-- the rows (docs/adr/0014): written once here, for every module that keeps such totals. A module creates its totals
-- table (a primary key on the key columns, a BIGINT for the rows counted and for each column summed) and four triggers
-- on the counted table, each naming the shared function below with the same arguments:
--
--   CREATE TRIGGER otj_entry_totals_added AFTER INSERT ON otj_entry REFERENCING NEW TABLE AS added
--       FOR EACH STATEMENT EXECUTE FUNCTION totals_kept_by_trigger('otj_entry_totals', 'state', 'entries');
--   ... _removed AFTER DELETE (REFERENCING OLD TABLE AS removed), _changed AFTER UPDATE (REFERENCING OLD TABLE AS
--   removed NEW TABLE AS added), _emptied AFTER TRUNCATE (no transition table).
--
-- The arguments:
--   1. the totals table, in the schema of the table the trigger is on;
--   2. its key columns, separated by commas, named as in the counted table (such as 'state'); '' for a totals table of
--      one row, which is then updated whole;
--   3. the totals column counting the rows;
--   4. and on: each column summed, named alike in the counted table and in the totals table (such as 'minutes').
--
-- Every copy this replaces behaved the same way, kept here: a change that leaves a key's totals as they were does not
-- touch its row (an update of other columns takes no lock on the totals); the keys are changed one at a time in the
-- order of the keys, so two transactions never wait for each other's rows the other way round; a key not yet counted
-- gets its row; a truncate sets the totals to zero.
CREATE FUNCTION totals_kept_by_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    totals  TEXT   := format('%I.%I', TG_TABLE_SCHEMA, TG_ARGV[0]);
    keys    TEXT[] := '{}';
    kept    TEXT[] := '{}'; -- the count and each sum, as the totals table names them
    plus    TEXT[] := '{}'; -- what a row added adds to each: one to the count, its value to a sum
    minus   TEXT[] := '{}'; -- what a row removed takes away
    sums    TEXT[] := '{}';
    changed TEXT[] := '{}';
    sum_up  TEXT[] := '{}'; -- each total with its change
    zeroes  TEXT[] := '{}';
    key_list TEXT;
    changes  TEXT;
    c        TEXT;
BEGIN
    -- The statement is put together from plain expressions (no query of its own), so a statement writing one row pays
    -- for little more than the one query that changes the totals.
    FOREACH c IN ARRAY string_to_array(TG_ARGV[1], ',') LOOP
        keys := keys || quote_ident(btrim(c));
    END LOOP;
    FOR i IN 2 .. TG_NARGS - 1 LOOP
        c := quote_ident(TG_ARGV[i]);
        kept := kept || c;
        plus := plus || (CASE WHEN i = 2 THEN '1' ELSE c END || ' AS ' || c);
        minus := minus || (CASE WHEN i = 2 THEN '-1' ELSE '-' || c END || ' AS ' || c);
        sums := sums || ('sum(' || c || ') AS ' || c);
        changed := changed || ('sum(' || c || ') <> 0');
        sum_up := sum_up || (c || ' = t.' || c || ' + excluded.' || c);
        zeroes := zeroes || (c || ' = 0');
    END LOOP;

    IF TG_OP = 'TRUNCATE' THEN
        EXECUTE format('UPDATE %s SET %s', totals, array_to_string(zeroes, ', '));
        RETURN NULL;
    END IF;

    key_list := array_to_string(keys, ', ');
    changes := concat_ws(' UNION ALL ',
        CASE WHEN TG_OP <> 'DELETE' THEN format('SELECT %s FROM added', array_to_string(keys || plus, ', ')) END,
        CASE WHEN TG_OP <> 'INSERT' THEN format('SELECT %s FROM removed', array_to_string(keys || minus, ', ')) END);
    IF cardinality(keys) = 0 THEN
        -- The one row of totals, changed by the sums of the rows (named "excluded" as in the upsert below).
        EXECUTE format('UPDATE %s AS t SET %s FROM (SELECT %s FROM (%s) AS r HAVING %s) AS excluded', totals,
                array_to_string(sum_up, ', '), array_to_string(sums, ', '), changes, array_to_string(changed, ' OR '));
    ELSE
        -- One statement, its rows in the order of the keys: each key's row is locked as its turn comes.
        EXECUTE format('INSERT INTO %s AS t (%s) SELECT %s FROM (%s) AS r GROUP BY %s HAVING %s ORDER BY %s '
                       'ON CONFLICT (%s) DO UPDATE SET %s', totals, array_to_string(keys || kept, ', '),
                array_to_string(keys || sums, ', '), changes, key_list, array_to_string(changed, ' OR '), key_list,
                key_list, array_to_string(sum_up, ', '));
    END IF;
    RETURN NULL;
END $$;

COMMENT ON FUNCTION totals_kept_by_trigger() IS
    'Keeps totals beside the rows they count (docs/adr/0014): the totals table, its keys, the count, each sum';
