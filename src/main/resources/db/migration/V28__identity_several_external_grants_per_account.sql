-- Someone outside the provider keeps one account for every grant they are given (docs/domain/external-access.md,
-- "Several grants"): an inspector who comes back next year, or an auditor with two samples, holds several grants, each
-- with its own kind, scope and dates. The one-grant-per-account rule of V25 goes; grants are found by account.
DO $$
DECLARE
    unique_on_account TEXT;
BEGIN
    SELECT c.conname INTO unique_on_account
    FROM pg_constraint c
    WHERE c.conrelid = 'external_access_grant'::regclass AND c.contype = 'u'
      AND c.conkey = ARRAY[(SELECT attnum FROM pg_attribute
                            WHERE attrelid = 'external_access_grant'::regclass AND attname = 'account_id')]::int2[];
    IF unique_on_account IS NOT NULL THEN
        EXECUTE format('ALTER TABLE external_access_grant DROP CONSTRAINT %I', unique_on_account);
    END IF;
END $$;

CREATE INDEX external_access_grant_account_idx ON external_access_grant (account_id, starts_on DESC);
