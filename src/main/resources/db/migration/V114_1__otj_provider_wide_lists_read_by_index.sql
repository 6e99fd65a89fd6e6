-- The entries waiting for approval as a provider-wide person sees them on the caseload page (every entry waiting,
-- the oldest first) read one page from the front of this index, as a tutor's do through their apprenticeships,
-- instead of scanning all 10 million entries for the 3% waiting and sorting them
-- (docs/domain/off-the-job-hours.md, "Lists at scale"; docs/performance.md, "Everyday lists").
CREATE INDEX otj_entry_waiting_oldest_idx ON otj_entry (activity_date, id) WHERE state = 'SUBMITTED';
