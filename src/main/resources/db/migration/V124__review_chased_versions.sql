-- Each version of a review record whose missing signatures have been chased: chased once per version, and the
-- hourly chase goes on to the reviews not chased yet instead of reading the same first ones again.
CREATE TABLE progress_review_chase
(
    review_id      UUID                     NOT NULL REFERENCES progress_review (id) ON DELETE CASCADE,
    record_version INT                      NOT NULL,
    chased_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (review_id, record_version)
);

-- The reviews waiting for signatures, for the chase.
CREATE INDEX progress_review_awaiting_signatures ON progress_review (id) WHERE state = 'AWAITING_SIGNATURES';
