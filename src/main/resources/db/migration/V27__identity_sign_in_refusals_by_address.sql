-- Single sign-on replies refused without naming an account (a state that matches no sign-in this browser started):
-- counted against the address they came from, which is then throttled for an hour (docs/domain/sign-in.md,
-- "Refused single sign-on"). Addresses are kept only as hashes, and only for a day.
CREATE TABLE identity_sign_in_refusal (
    address_hash TEXT        NOT NULL,
    at           TIMESTAMPTZ NOT NULL
);
CREATE INDEX identity_sign_in_refusal_address ON identity_sign_in_refusal (address_hash, at);
