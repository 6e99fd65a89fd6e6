-- What the caseload board reads of the gateway meeting record's signatures (docs/domain/accountability.md, "The
-- caseload board"; docs/adr/0006): one row for each party still to sign a "ready" meeting record while it can still be
-- signed (at the gateway or in the assessment, as the EPA table allows), and since when the record has waited: the day
-- its first signature was given (the mentor's, when the meeting was recorded), or the day of the meeting when nobody has
-- signed yet. The parties are the epa module's: MENTOR (the training provider's member of staff who held the meeting),
-- EMPLOYER and APPRENTICE. Never the record's text or who signed with what name.
CREATE SCHEMA IF NOT EXISTS epa;

CREATE VIEW epa.gateway_signature_waiting AS
SELECT r.apprenticeship_id, p.party,
       COALESCE((SELECT (min(s.signed_at) AT TIME ZONE 'Europe/London')::date
                 FROM epa_gateway_signature s WHERE s.apprenticeship_id = r.apprenticeship_id),
                r.meeting_held_on) AS waiting_since
FROM epa_record r
         CROSS JOIN (VALUES ('MENTOR'), ('EMPLOYER'), ('APPRENTICE')) AS p (party)
WHERE r.meeting_decision = 'READY'
  AND r.stage IN ('GATEWAY', 'ASSESSMENT')
  AND NOT EXISTS (SELECT 1 FROM epa_gateway_signature s
                  WHERE s.apprenticeship_id = r.apprenticeship_id AND s.party = p.party);

COMMENT ON VIEW epa.gateway_signature_waiting IS 'Published by epa: each party still to sign a ready gateway meeting record, and since when, for the caseload board';
