-- Numbered 69.1 so it follows the view it extends (V69), within the organisation's V60s.
-- The ILR carries the learner's National Insurance number and the lines of their address (docs/domain/ilr.md, "The
-- learner's facts"); the learner record has kept them from the start. They are added to the published learner view,
-- after its existing columns, which stay as they were (docs/adr/0006).
CREATE OR REPLACE VIEW organisation.learner AS
SELECT id, account_id, given_names, family_name, full_name, date_of_birth, uln, email, phone, address_postcode,
       created_at, ni_number, address_line1, address_line2, address_town
FROM learner;
