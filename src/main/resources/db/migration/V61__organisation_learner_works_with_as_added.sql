-- Who a learner works with is recorded on their apprenticeship alone (docs/domain/enrolment.md, "Who an apprentice
-- works with"); the learner record's employer, line manager and tutor go in the next script. So that a learner added
-- before they had an apprenticeship does not lose what their record said, it is kept here, as it stood, to be shown
-- on the learner's page (only while they have no apprenticeship) and suggested when one is recorded. It is never used
-- for lists, counts or access, and nothing writes to it after this script (a removed employer, contact or member
-- of staff is forgotten here, not kept from removal).
CREATE TABLE learner_works_with_as_added
(
    learner_id      UUID PRIMARY KEY REFERENCES learner (id) ON DELETE CASCADE,
    employer_id     UUID REFERENCES employer (id) ON DELETE SET NULL,
    line_manager_id UUID REFERENCES employer_contact (id) ON DELETE SET NULL,
    tutor_id        UUID REFERENCES staff_member (id) ON DELETE SET NULL,
    kept_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

INSERT INTO learner_works_with_as_added (learner_id, employer_id, line_manager_id, tutor_id, kept_at)
SELECT id, employer_id, line_manager_id, tutor_id, now()
FROM learner
WHERE employer_id IS NOT NULL OR line_manager_id IS NOT NULL OR tutor_id IS NOT NULL;
