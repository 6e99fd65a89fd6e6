-- The apprenticeship's price, each with the date it applies from (docs/domain/funding-rules.md, The price): the
-- training price (the ILR's TNP1) and the assessment price (TNP2), as agreed at the start and as changed since. The
-- ILR needs every price with its date; the earnings are worked out from them. Recorded only through the
-- apprenticeship (its changePrice), which keeps training_price and epa_price on the apprenticeship as the latest.
CREATE TABLE apprenticeship_price
(
    apprenticeship_id UUID           NOT NULL REFERENCES apprenticeship (id) ON DELETE CASCADE,
    applies_from      DATE           NOT NULL,
    training_price    NUMERIC(10, 2) NOT NULL CHECK (training_price >= 0),
    assessment_price  NUMERIC(10, 2) NOT NULL CHECK (assessment_price >= 0),
    reason            TEXT,
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by       UUID,
    PRIMARY KEY (apprenticeship_id, applies_from)
);

-- Every price agreed so far applies from the start.
INSERT INTO apprenticeship_price (apprenticeship_id, applies_from, training_price, assessment_price, reason,
                                  recorded_at, recorded_by)
SELECT id, start_date, coalesce(training_price, 0), coalesce(epa_price, 0), 'Agreed at the start', created_at,
       created_by
FROM apprenticeship
WHERE training_price IS NOT NULL OR epa_price IS NOT NULL;

-- Whether the employer was a small employer (fewer than 50 employees) when the apprenticeship started: the 2026 to
-- 2027 payment for small employers depends on it. Null while not recorded (unknown, never "no").
ALTER TABLE apprenticeship
    ADD COLUMN small_employer BOOLEAN;

CREATE SCHEMA IF NOT EXISTS enrolment;

-- Published for the ILR return and the funding forecast: each price with its date (TNP1 training, TNP2 assessment).
CREATE VIEW enrolment.apprenticeship_price AS
SELECT apprenticeship_id, applies_from, training_price, assessment_price
FROM apprenticeship_price;

-- Published for the funding forecast: what the incentives need of an apprenticeship beyond its dates, namely the
-- onboarding eligibility answers (an education, health and care plan; a care leaver, null while not answered) and
-- whether the employer was a small employer at the start (null while not recorded).
CREATE VIEW enrolment.incentive_facts AS
SELECT a.id AS apprenticeship_id, a.small_employer,
       coalesce(e.answers ->> 'ehcPlan' = 'YES', FALSE) AS ehc_plan,
       CASE WHEN coalesce(e.answers ->> 'careLeaver', '') = '' THEN NULL
            ELSE e.answers ->> 'careLeaver' = 'YES' END AS care_leaver
FROM apprenticeship a
         LEFT JOIN onboarding_task e ON e.apprenticeship_id = a.id AND e.task = 'ELIGIBILITY';
