-- The provider's ratings as the Apprenticeship Service publishes them (docs/domain/accountability.md, "Apprentice and
-- employer feedback"): the apprentice and employer ratings (stars out of 4), how many reviews each rests on, the day
-- they were published and where, as recorded by quality or an administrator. Each recording is kept; the newest
-- publication is the one shown. A rating not published (too few reviews) is NULL with its count.
CREATE TABLE accountability_feedback_rating (
    id                 uuid         PRIMARY KEY,
    published_on       date         NOT NULL,
    apprentice_rating  numeric(2, 1) CHECK (apprentice_rating BETWEEN 1 AND 4),
    apprentice_reviews integer      CHECK (apprentice_reviews >= 0),
    employer_rating    numeric(2, 1) CHECK (employer_rating BETWEEN 1 AND 4),
    employer_reviews   integer      CHECK (employer_reviews >= 0),
    source_link        varchar(500) NOT NULL,
    recorded_at        timestamptz  NOT NULL,
    recorded_by        uuid         NOT NULL,
    recorded_by_name   varchar(200) NOT NULL
);

CREATE INDEX accountability_feedback_rating_newest ON accountability_feedback_rating (published_on DESC, recorded_at DESC);
