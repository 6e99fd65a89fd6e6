-- What the reporting module's funding audit evidence pack and self-assessment read of the gateway and end-point
-- assessment (docs/adr/0006; docs/domain/audit-and-inspection.md): the gateway meeting's date and decision (never its
-- notes), each graded component's result by attempt, and the progression recorded after completion (its kind and
-- date, never the notes). Columns are kept or added, never renamed or removed while a reader uses them.
CREATE SCHEMA IF NOT EXISTS epa;

CREATE VIEW epa.gateway AS
SELECT apprenticeship_id, stage, meeting_held_on, meeting_decision, certificate_requested_on,
       certificate_received_on, progression_kind, progression_held_on
FROM epa_record;

CREATE VIEW epa.result AS
SELECT apprenticeship_id, component, grade, attempt, assessed_on
FROM epa_result;
