-- One-time links to set a password: an invitation to a new account, or a reset of a forgotten password.
-- Only a hash of the link's secret is kept.
CREATE TABLE one_time_link
(
    id         UUID PRIMARY KEY,
    user_id    UUID        NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    purpose    VARCHAR(20) NOT NULL,
    token_hash CHAR(64)    NOT NULL UNIQUE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX one_time_link_user_idx ON one_time_link (user_id, purpose);
