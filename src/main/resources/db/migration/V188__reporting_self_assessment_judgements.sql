-- The inspection self-assessment's judgements (docs/domain/audit-and-inspection.md, "Self-assessment"): a leader's
-- words for one area of the inspection framework, each save a new version with who and when. A version is never
-- changed or removed (the trigger below), so the history of a judgement is kept whole.
CREATE TABLE self_assessment_judgement
(
    area            TEXT        NOT NULL,
    version         INT         NOT NULL CHECK (version >= 1),
    judgement       TEXT        NOT NULL,
    written_by      UUID        NOT NULL,
    written_by_name TEXT        NOT NULL,
    written_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (area, version)
);

CREATE FUNCTION self_assessment_judgement_is_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'a self-assessment judgement is never changed: save a new version instead';
END $$;

CREATE TRIGGER self_assessment_judgement_kept
    BEFORE UPDATE OR DELETE ON self_assessment_judgement
    FOR EACH ROW EXECUTE FUNCTION self_assessment_judgement_is_kept();
