-- Passkeys (WebAuthn credentials), in the tables Spring Security's JDBC repositories read and write: one WebAuthn
-- user entity per account (named by the account's email address), and each passkey with its public key, signature
-- counter, the name its owner gave it, and when it was created and last used. Ids are base64url text.
CREATE TABLE user_entities
(
    id           VARCHAR(1000) PRIMARY KEY,
    name         VARCHAR(320)  NOT NULL UNIQUE,
    display_name VARCHAR(200)
);

CREATE TABLE user_credentials
(
    credential_id                VARCHAR(1000) PRIMARY KEY,
    user_entity_user_id          VARCHAR(1000) NOT NULL REFERENCES user_entities (id) ON DELETE CASCADE,
    public_key                   BYTEA         NOT NULL,
    signature_count              BIGINT,
    uv_initialized               BOOLEAN,
    backup_eligible              BOOLEAN       NOT NULL,
    authenticator_transports     VARCHAR(1000),
    public_key_credential_type   VARCHAR(100),
    backup_state                 BOOLEAN       NOT NULL,
    attestation_object           BYTEA,
    attestation_client_data_json BYTEA,
    created                      TIMESTAMP WITH TIME ZONE,
    last_used                    TIMESTAMP WITH TIME ZONE,
    label                        VARCHAR(1000) NOT NULL
);
CREATE INDEX user_credentials_user ON user_credentials (user_entity_user_id);
