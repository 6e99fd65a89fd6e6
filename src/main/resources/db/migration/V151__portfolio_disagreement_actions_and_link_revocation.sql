-- A quality assurer's disagreement with an assessment decision is an action the assessing tutor must close, with
-- their response; an agreement needs no action.
ALTER TABLE portfolio_iqa_sample
    ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE,
    ADD COLUMN closed_by UUID,
    ADD COLUMN response  TEXT;
CREATE INDEX portfolio_iqa_sample_open_idx ON portfolio_iqa_sample (assessment_id) WHERE NOT agrees AND closed_at IS NULL;

-- Showcase links are listed to the learner and tutor by an id (the token itself is never kept) and can be revoked.
ALTER TABLE portfolio_showcase_link
    ADD COLUMN id         UUID NOT NULL DEFAULT gen_random_uuid(),
    ADD COLUMN revoked_at TIMESTAMP WITH TIME ZONE,
    ADD COLUMN revoked_by UUID;
CREATE UNIQUE INDEX portfolio_showcase_link_id_idx ON portfolio_showcase_link (id);
