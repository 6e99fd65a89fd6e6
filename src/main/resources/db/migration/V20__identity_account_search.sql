-- Administrators find accounts by any part of a name or email: trigram indexes serve LIKE '%...%'.
-- pg_trgm is a trusted extension (PostgreSQL 13+), so the application's own database user can create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX user_account_email_trgm_idx ON user_account USING gin (lower(email) gin_trgm_ops);
CREATE INDEX user_account_display_name_trgm_idx ON user_account USING gin (lower(display_name) gin_trgm_ops);
-- The "locked" filter looks only at the few accounts with a lock set.
CREATE INDEX user_account_locked_until_idx ON user_account (locked_until) WHERE locked_until IS NOT NULL;
