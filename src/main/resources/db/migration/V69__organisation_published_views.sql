-- What other modules may read of the organisation's records, as read-only views in the schema named after the
-- module (docs/adr/0006). Columns are kept or added, never renamed or removed while a reader uses them.
CREATE SCHEMA IF NOT EXISTS organisation;

CREATE VIEW organisation.learner AS
SELECT id, account_id, given_names, family_name, full_name, date_of_birth, uln, email, phone, address_postcode,
       created_at
FROM learner;

CREATE VIEW organisation.employer AS
SELECT id, name, address_town, address_postcode, funding, created_at
FROM employer;

CREATE VIEW organisation.employer_contact AS
SELECT id, employer_id, account_id, name, email, phone
FROM employer_contact;

CREATE VIEW organisation.staff_member AS
SELECT id, account_id, name, email, phone
FROM staff_member;

CREATE VIEW organisation.staff_role AS
SELECT staff_id, role
FROM staff_role;

CREATE VIEW organisation.epao AS
SELECT id, name, epao_id, contact_name, contact_email, contact_phone
FROM epao;

-- The optional equality monitoring answers and the health declaration's answer (never its details), for the
-- anonymised equality report and the ILR.
CREATE VIEW organisation.learner_declaration AS
SELECT learner_id, health_declaration, ethnicity, sex, religion, sexual_orientation
FROM learner_declaration;
