-- Progress reviews an apprentice had with a previous training provider, brought in with their transfer pack
-- (docs/domain/progress-reviews.md, "Reviews with a previous provider"): kept as that provider recorded them, never
-- changed afterwards (the retention period may anonymise one). The review schedule counts from the last one held.
CREATE TABLE prior_review (
    id                 uuid         PRIMARY KEY,
    apprenticeship_id  uuid         NOT NULL REFERENCES apprenticeship (id),
    previous_provider  varchar(500) NOT NULL,
    previous_ukprn     varchar(8),
    number             int,
    held_on            date         NOT NULL,
    due_date           date,
    -- the record as the previous provider wrote it: [{"label": ..., "value": ...}] in reading order
    content            jsonb        NOT NULL DEFAULT '[]'::jsonb,
    -- who signed it there: [{"party": ..., "name": ..., "signedAt": ...}]
    signatures         jsonb        NOT NULL DEFAULT '[]'::jsonb,
    source             varchar(200) NOT NULL,
    recorded_at        timestamptz  NOT NULL,
    recorded_by_name   varchar(200) NOT NULL,
    anonymised_at      timestamptz,
    UNIQUE (apprenticeship_id, source)
);
CREATE INDEX prior_review_apprenticeship ON prior_review (apprenticeship_id, held_on);
