CREATE TABLE user_account
(
    id              UUID PRIMARY KEY,
    email           VARCHAR(254) NOT NULL,
    display_name    VARCHAR(200) NOT NULL,
    password_hash   VARCHAR(255),
    status          VARCHAR(20)  NOT NULL,
    failed_sign_ins INT          NOT NULL DEFAULT 0,
    locked_until    TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         INT          NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX user_account_email_uq ON user_account (lower(email));
CREATE INDEX user_account_display_name_idx ON user_account (lower(display_name));

CREATE TABLE user_role
(
    user_id UUID        NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    role    VARCHAR(40) NOT NULL,
    PRIMARY KEY (user_id, role)
);
CREATE INDEX user_role_role_idx ON user_role (role);
