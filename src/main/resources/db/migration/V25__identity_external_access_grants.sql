-- Time-limited, read-only access for people outside the provider (docs/domain/external-access.md): who they are,
-- the kind of access (funding auditor, inspector, external quality assurer, assessor), what they may see (a funding
-- audit sample, a standard, or named apprenticeships), from and to which day, who granted it, and when and by whom
-- it was ended early. A sample or named apprenticeships are kept as the apprenticeships themselves, so the grant
-- does not change if the sample is made again.
CREATE TABLE external_access_grant
(
    id                 UUID PRIMARY KEY,
    account_id         UUID         NOT NULL UNIQUE REFERENCES user_account (id),
    person_name        VARCHAR(200) NOT NULL,
    email              VARCHAR(254) NOT NULL,
    organisation       VARCHAR(200) NOT NULL,
    kind               VARCHAR(40)  NOT NULL,
    scope_kind         VARCHAR(20)  NOT NULL CHECK (scope_kind IN ('SAMPLE', 'STANDARD', 'APPRENTICESHIPS')),
    scope_label        VARCHAR(300) NOT NULL,
    standard_reference VARCHAR(6),
    starts_on          DATE         NOT NULL,
    ends_on            DATE         NOT NULL CHECK (ends_on >= starts_on),
    granted_by         UUID         NOT NULL,
    granted_by_name    VARCHAR(200) NOT NULL,
    granted_at         TIMESTAMPTZ  NOT NULL,
    ended_at           TIMESTAMPTZ,
    ended_by_name      VARCHAR(200),
    version            INT          NOT NULL DEFAULT 0,
    CHECK ((scope_kind = 'STANDARD') = (standard_reference IS NOT NULL))
);
CREATE INDEX external_access_grant_newest_idx ON external_access_grant (granted_at DESC, id);

CREATE TABLE external_access_grant_apprenticeship
(
    grant_id          UUID NOT NULL REFERENCES external_access_grant (id),
    apprenticeship_id UUID NOT NULL,
    PRIMARY KEY (grant_id, apprenticeship_id)
);

-- Whether the demo's shared logins waived the second factor: people outside the provider always need one otherwise.
ALTER TABLE sign_in_setting ADD COLUMN waived_for_demo BOOLEAN NOT NULL DEFAULT FALSE;
