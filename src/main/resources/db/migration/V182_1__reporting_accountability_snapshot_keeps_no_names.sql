-- The kept accountability figures keep no one's name (docs/domain/accountability.md, "When the figures are
-- calculated"): the drill-down and the breakdown by tutor read the learner's, tutor's and employer's names as they are
-- now from the views organisation publishes, so a learner anonymised or erased since the calculation is never listed
-- by their old name. The names an earlier release kept are removed here; the columns stay, empty, while a node of
-- that release may still be writing them (they can be dropped by a later release).
-- Guarded: on a new database this runs before the migration that creates the tables (there is nothing to remove).
DO
$$
    BEGIN
        IF to_regclass('accountability_snapshot_apprenticeship') IS NOT NULL THEN
            UPDATE accountability_snapshot_apprenticeship
            SET learner_name = NULL, tutor_name = NULL, employer_name = NULL
            WHERE learner_name IS NOT NULL OR tutor_name IS NOT NULL OR employer_name IS NOT NULL;
        END IF;
        IF to_regclass('accountability_snapshot_figure') IS NOT NULL THEN
            UPDATE accountability_snapshot_figure SET group_label = '' WHERE breakdown = 'TUTOR' AND group_label <> '';
        END IF;
    END
$$;
