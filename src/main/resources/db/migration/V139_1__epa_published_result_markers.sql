-- Who marked each attempt, for the funding audit's evidence pack (docs/domain/assessment-reform.md, What reads it):
-- under the assessment reform a component may be marked by the training provider (with its marker's name) or by the
-- assessment organisation (its name, and the assessor named on the booked sitting when one was). A result recorded
-- before the reform was marked by the assessment organisation. The view keeps its columns and adds these at the end.
CREATE OR REPLACE VIEW epa.result AS
SELECT r.apprenticeship_id, r.component, r.grade, r.attempt, r.assessed_on,
       COALESCE(r.marked_by, 'ASSESSMENT_ORGANISATION') AS marked_by,
       CASE WHEN r.marked_by = 'PROVIDER' THEN r.marker_name ELSE b.assessor END AS marker_name,
       CASE WHEN r.marked_by = 'PROVIDER' THEN NULL ELSE e.name END AS assessment_organisation
FROM epa_result r
LEFT JOIN epa_booking b ON b.id = r.booking_id
LEFT JOIN organisation.epao e ON e.id = b.epao_id;
