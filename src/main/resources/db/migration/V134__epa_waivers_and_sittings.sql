-- A gateway checklist item waived by a named person with the reason (docs/domain/gateway-and-epa.md): it counts as
-- met, and the page and the meeting record say who waived it and why.
CREATE TABLE epa_gateway_waiver (
    apprenticeship_id UUID        NOT NULL REFERENCES apprenticeship (id),
    item_key          TEXT        NOT NULL,
    reason            TEXT        NOT NULL,
    waived_by         UUID        NOT NULL,
    waived_by_name    TEXT        NOT NULL,
    waived_at         TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (apprenticeship_id, item_key)
);

-- The booked sitting a result belongs to (none on results recorded before results needed a booking).
ALTER TABLE epa_result ADD COLUMN booking_id UUID REFERENCES epa_booking (id);
