-- The provider's thresholds for the accountability indicators, as percentages, with where each comes from
-- (docs/domain/accountability.md, "Thresholds"). A threshold not set is NULL, and the indicator then shows
-- "no threshold recorded". Changed by an administrator; every change is in the audit trail.
CREATE TABLE accountability_threshold (
    indicator         varchar(40)   PRIMARY KEY,
    at_risk           numeric(5, 2) CHECK (at_risk BETWEEN 0 AND 100),
    needs_improvement numeric(5, 2) CHECK (needs_improvement BETWEEN 0 AND 100),
    source            varchar(500)  NOT NULL,
    example           boolean       NOT NULL,
    changed_at        timestamptz   NOT NULL,
    changed_by        varchar(200)
);

-- Data: example thresholds used by an MIS, shipped until the provider records the DfE's current ones.
INSERT INTO accountability_threshold (indicator, at_risk, needs_improvement, source, example, changed_at)
VALUES ('ACHIEVEMENT', 50, 60, 'Example thresholds used by an MIS (achievement below 50% at risk, 50% to 60% needs improvement)', TRUE, now()),
       ('RETENTION', 52, 62, 'Example thresholds used by an MIS (retention below 52% at risk, 52% to 62% needs improvement)', TRUE, now()),
       ('WITHDRAWALS', 35, 15, 'Example thresholds used by an MIS (withdrawals above 35% at risk, 15% to 35% needs improvement)', TRUE, now());
