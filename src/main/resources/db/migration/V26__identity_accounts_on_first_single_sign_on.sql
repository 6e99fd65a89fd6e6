-- Accounts created the first time someone signs in through the provider's identity provider, when the provider turns
-- that on (docs/domain/sign-in.md, "Accounts on first single sign-on"): off by default; when on, the one staff role
-- given and the email domains (comma-separated, lower case) whose people may have an account made this way.
ALTER TABLE sign_in_setting ADD COLUMN first_sign_on_creates_accounts BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE sign_in_setting ADD COLUMN first_sign_on_role VARCHAR(40);
ALTER TABLE sign_in_setting ADD COLUMN first_sign_on_domains VARCHAR(2000);
ALTER TABLE sign_in_setting ADD CONSTRAINT sign_in_setting_first_sign_on_complete
    CHECK (NOT first_sign_on_creates_accounts
        OR (first_sign_on_role IN ('TUTOR', 'LEAD') AND first_sign_on_domains IS NOT NULL AND first_sign_on_domains <> ''));

-- When an account was created by its owner's first single sign-on (null for every account an administrator, an
-- import or the demo made): the administrators' list of accounts says so.
ALTER TABLE user_account ADD COLUMN created_on_first_sign_on_at TIMESTAMP WITH TIME ZONE;
