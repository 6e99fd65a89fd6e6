-- Lists search with ILIKE '%...%' (a name, an email or a ULN anywhere in the text): trigram indexes serve them.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX employer_name_trgm ON employer USING gin (name gin_trgm_ops);
CREATE INDEX epao_name_trgm ON epao USING gin (name gin_trgm_ops);
CREATE INDEX staff_member_name_trgm ON staff_member USING gin (name gin_trgm_ops);
CREATE INDEX staff_member_email_trgm ON staff_member USING gin (email gin_trgm_ops);
CREATE INDEX learner_full_name_trgm ON learner USING gin (full_name gin_trgm_ops);
CREATE INDEX learner_email_trgm ON learner USING gin (email gin_trgm_ops);
CREATE INDEX learner_uln_trgm ON learner USING gin (uln gin_trgm_ops);
