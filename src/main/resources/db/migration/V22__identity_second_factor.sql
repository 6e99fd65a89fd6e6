-- A person's authenticator app (RFC 6238 codes): the shared secret sealed with AES-GCM, and the last time step used,
-- so a code cannot be used twice. Recovery codes are kept as SHA-256 hashes and marked when used.
CREATE TABLE account_second_factor
(
    user_id          UUID PRIMARY KEY REFERENCES user_account (id) ON DELETE CASCADE,
    totp_secret      BYTEA                    NOT NULL,
    confirmed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    last_time_step   BIGINT                   NOT NULL,
    version          INT                      NOT NULL DEFAULT 0
);

CREATE TABLE account_recovery_code
(
    user_id   UUID     NOT NULL REFERENCES account_second_factor (user_id) ON DELETE CASCADE,
    code_hash CHAR(64) NOT NULL,
    used_at   TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (user_id, code_hash)
);

-- The provider's sign-in settings: one row. Which roles must have a second factor (role names, comma-separated);
-- by default every privileged role.
CREATE TABLE sign_in_setting
(
    id                  INT PRIMARY KEY CHECK (id = 1),
    second_factor_roles VARCHAR(500) NOT NULL,
    changed_at          TIMESTAMP WITH TIME ZONE
);
INSERT INTO sign_in_setting (id, second_factor_roles)
VALUES (1, 'ADMINISTRATOR,SAFEGUARDING_LEAD,QUALITY,DIRECTOR,HEAD_OF_DELIVERY');
