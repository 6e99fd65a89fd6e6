-- When each apprentice last attended a teaching session (attended or late, at a recorded session), kept beside the
-- attendance it is worked out from and written in the same transaction as that attendance, so the provider's list
-- of cadence gaps reads one row per apprenticeship rather than every session each has had.
CREATE TABLE delivery_last_attendance (
    apprenticeship_id UUID PRIMARY KEY REFERENCES apprenticeship (id),
    attended_on DATE NOT NULL
);

INSERT INTO delivery_last_attendance (apprenticeship_id, attended_on)
SELECT dl.apprenticeship_id, max((s.starts_at AT TIME ZONE 'Europe/London')::date)
FROM delivery_session s JOIN delivery_session_learner dl ON dl.session_id = s.id
WHERE s.state = 'RECORDED' AND dl.attendance IN ('ATTENDED', 'LATE')
GROUP BY dl.apprenticeship_id;
