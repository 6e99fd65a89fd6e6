-- "Or earlier on request" (issue 10, item 1): staff put an apprenticeship on the gateway readiness dashboard before
-- the last three months of its practical period, saying why; removing the request deletes the row (audited).
CREATE TABLE epa_readiness_request (
    apprenticeship_id UUID PRIMARY KEY REFERENCES apprenticeship (id),
    reason            TEXT        NOT NULL,
    requested_by      UUID        NOT NULL,
    requested_by_name TEXT        NOT NULL,
    requested_at      TIMESTAMPTZ NOT NULL
);
