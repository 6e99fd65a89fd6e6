-- The apprentice's employment status records for the ILR (docs/domain/ilr.md, "Employment status"): each applies
-- from its date until the next. The employer is the apprenticeship's employer on that date, set by the
-- apprenticeship itself (a change of employer adds a record dated from the change), never typed.
CREATE TABLE apprenticeship_employment_status
(
    apprenticeship_id    UUID        NOT NULL REFERENCES apprenticeship (id) ON DELETE CASCADE,
    applies_from         DATE        NOT NULL,
    status               VARCHAR(40) NOT NULL,
    employer_id          UUID,
    length_of_employment VARCHAR(40),
    benefits             VARCHAR(40),
    PRIMARY KEY (apprenticeship_id, applies_from)
);

CREATE SCHEMA IF NOT EXISTS enrolment;

-- Published for the ILR return: hours per week are the apprenticeship's own weekly hours (the ILR's employment
-- intensity band is read from them).
CREATE VIEW enrolment.apprenticeship_employment_status AS
SELECT s.apprenticeship_id, s.applies_from, s.status, s.employer_id, s.length_of_employment, s.benefits,
       a.weekly_hours
FROM apprenticeship_employment_status s
         JOIN apprenticeship a ON a.id = s.apprenticeship_id;
