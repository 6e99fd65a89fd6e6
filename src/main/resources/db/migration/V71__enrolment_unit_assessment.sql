-- How an apprenticeship unit ended (docs/domain/programme-types.md): the provider's test, passed on a date, and the
-- employer's validation of it, by whom and when. One row per unit, written with the move to Completed.
CREATE TABLE unit_assessment
(
    apprenticeship_id UUID PRIMARY KEY REFERENCES apprenticeship (id),
    test              VARCHAR(300)             NOT NULL,
    passed_on         DATE                     NOT NULL,
    validated_by      VARCHAR(200)             NOT NULL,
    validated_on      DATE                     NOT NULL,
    recorded_by       UUID,
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
