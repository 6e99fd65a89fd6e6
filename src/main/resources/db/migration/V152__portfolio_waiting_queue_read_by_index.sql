-- The assessment queue as a provider-wide person sees it (all evidence waiting, the oldest first) reads one page from
-- the front of this index instead of sorting every waiting item of the provider (300,000 in the reference data set);
-- a tutor's queue still reads its apprenticeships' items through portfolio_evidence_waiting_idx
-- (docs/domain/portfolio.md, "Lists at scale"; docs/performance.md, "Everyday lists").
CREATE INDEX portfolio_evidence_waiting_oldest_idx ON portfolio_evidence (updated_at, id) WHERE state = 'SUBMITTED';
