-- An apprentice's English and maths study as the ILR return writes it: for each subject, the qualification chosen from
-- those the provider delivers (catalogue), when the study starts and is planned to end, and the date learning ended
-- with the qualification achieved (docs/domain/english-and-maths-aims.md). One per apprenticeship and subject.
CREATE TABLE english_maths_aim (
    apprenticeship_id UUID        NOT NULL REFERENCES apprenticeship (id),
    subject           TEXT        NOT NULL CHECK (subject IN ('ENGLISH', 'MATHS')),
    qualification_id  UUID        NOT NULL,
    start_date        DATE        NOT NULL,
    planned_end_date  DATE        NOT NULL,
    achieved_on       DATE,
    recorded_at       TIMESTAMPTZ NOT NULL,
    recorded_by       UUID,
    PRIMARY KEY (apprenticeship_id, subject),
    CHECK (planned_end_date > start_date),
    CHECK (achieved_on IS NULL OR achieved_on >= start_date)
);

CREATE SCHEMA IF NOT EXISTS enrolment;

CREATE VIEW enrolment.english_maths_aim AS
SELECT apprenticeship_id, subject, qualification_id, start_date, planned_end_date, achieved_on
FROM english_maths_aim;

COMMENT ON VIEW enrolment.english_maths_aim IS 'Published by enrolment: each apprentice''s English and maths qualification chosen, with its dates, for the ILR return';
