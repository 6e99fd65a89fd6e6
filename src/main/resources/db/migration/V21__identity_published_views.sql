-- What other modules may read of user accounts, as read-only views in the schema named after the module
-- (docs/adr/0006): never a password hash or a sign-in counter.
CREATE SCHEMA IF NOT EXISTS identity;

CREATE VIEW identity.user_account AS
SELECT id, email, display_name, status, created_at
FROM user_account;

CREATE VIEW identity.user_role AS
SELECT user_id, role
FROM user_role;
