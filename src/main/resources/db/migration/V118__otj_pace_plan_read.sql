-- Whether an apprenticeship's plan facts have been read into its otj_pace row. Planned hours nobody has set stay
-- null (unknown, never 0), so a null planned_hours no longer tells "not read yet" apart from "read, not known".
ALTER TABLE otj_pace
    ADD COLUMN plan_read BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE otj_pace SET plan_read = TRUE WHERE planned_hours IS NOT NULL;
