-- Apprenticeships in learning by the end of their practical period, the earliest first: the gateway readiness
-- dashboard counts and pages those ending within three months from this index (13,600 of 100,000 in the reference
-- data set) instead of reading every apprenticeship (docs/domain/gateway-and-epa.md, "The readiness dashboard at
-- scale"; docs/performance.md, "Everyday lists").
CREATE INDEX apprenticeship_in_learning_end_idx ON apprenticeship (planned_end_date, id)
    INCLUDE (standard_reference, standard_version, tutor_id, employer_id) WHERE status = 'IN_LEARNING';
