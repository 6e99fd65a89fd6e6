-- The e-portfolio (issue 6): evidence claimed against KSBs, each submission kept as a version, the tutor's decision
-- on each claim, KSBs signed off, internal quality assurance samples, the learning journal, documents and the
-- showcase links an end-point assessor opens.
CREATE TABLE portfolio_evidence
(
    id                UUID PRIMARY KEY,
    apprenticeship_id UUID         NOT NULL REFERENCES apprenticeship (id) ON DELETE CASCADE,
    title             VARCHAR(200) NOT NULL,
    description       TEXT,
    evidence_date     DATE         NOT NULL,
    evidence_type     VARCHAR(40)  NOT NULL,
    form              VARCHAR(10)  NOT NULL CHECK (form IN ('FILE', 'LINK', 'TEXT')),
    state             VARCHAR(20)  NOT NULL,
    current_number    INT          NOT NULL DEFAULT 1,
    in_showcase       BOOLEAN      NOT NULL DEFAULT FALSE,
    added_by          UUID         NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    lock_version      INT          NOT NULL DEFAULT 0
);
-- The portfolio page lists an apprenticeship's evidence newest first; the assessment queue finds submitted items.
CREATE INDEX portfolio_evidence_apprenticeship_idx ON portfolio_evidence (apprenticeship_id, evidence_date DESC, id DESC);
CREATE INDEX portfolio_evidence_waiting_idx ON portfolio_evidence (apprenticeship_id, updated_at) WHERE state = 'SUBMITTED';

-- Every submission is kept: a resubmission adds a version, never overwrites one.
CREATE TABLE portfolio_evidence_version
(
    evidence_id  UUID        NOT NULL REFERENCES portfolio_evidence (id) ON DELETE CASCADE,
    number       INT         NOT NULL,
    body         TEXT,
    link         VARCHAR(2000),
    file_id      VARCHAR(32),
    file_name    VARCHAR(200),
    media_type   VARCHAR(200),
    file_size    BIGINT,
    sha256       VARCHAR(64),
    scan         VARCHAR(20) NOT NULL DEFAULT 'NOT_SCANNED' CHECK (scan IN ('NOT_SCANNED', 'CLEAN', 'QUARANTINED')),
    note         TEXT,
    submitted_by UUID        NOT NULL,
    submitted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (evidence_id, number)
);

-- The KSBs an item claims, with the tutor's latest decision on each claim.
CREATE TABLE portfolio_claim
(
    evidence_id       UUID        NOT NULL REFERENCES portfolio_evidence (id) ON DELETE CASCADE,
    apprenticeship_id UUID        NOT NULL,
    ksb_code          VARCHAR(10) NOT NULL,
    decision          VARCHAR(20) NOT NULL DEFAULT 'PENDING' CHECK (decision IN ('PENDING', 'ACCEPTED', 'REFERRED_BACK')),
    feedback          TEXT,
    PRIMARY KEY (evidence_id, ksb_code)
);
-- The KSB matrix groups an apprenticeship's claims by KSB in one query.
CREATE INDEX portfolio_claim_apprenticeship_idx ON portfolio_claim (apprenticeship_id, ksb_code);

-- Every assessment decision, dated, on the version it judged: what an internal quality assurer samples.
CREATE TABLE portfolio_assessment
(
    id                UUID PRIMARY KEY,
    evidence_id       UUID        NOT NULL REFERENCES portfolio_evidence (id) ON DELETE CASCADE,
    apprenticeship_id UUID        NOT NULL,
    evidence_number   INT         NOT NULL,
    ksb_code          VARCHAR(10) NOT NULL,
    decision          VARCHAR(20) NOT NULL,
    feedback          TEXT,
    assessor_id       UUID        NOT NULL,
    decided_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX portfolio_assessment_evidence_idx ON portfolio_assessment (evidence_id, decided_at);
CREATE INDEX portfolio_assessment_recent_idx ON portfolio_assessment (decided_at DESC);

CREATE TABLE portfolio_iqa_sample
(
    id            UUID PRIMARY KEY,
    assessment_id UUID    NOT NULL REFERENCES portfolio_assessment (id) ON DELETE CASCADE,
    reviewer_id   UUID    NOT NULL,
    agrees        BOOLEAN NOT NULL,
    comments      TEXT    NOT NULL,
    sampled_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX portfolio_iqa_sample_assessment_idx ON portfolio_iqa_sample (assessment_id);

CREATE TABLE portfolio_ksb_sign_off
(
    apprenticeship_id UUID        NOT NULL REFERENCES apprenticeship (id) ON DELETE CASCADE,
    ksb_code          VARCHAR(10) NOT NULL,
    signed_off_by     UUID        NOT NULL,
    signed_off_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (apprenticeship_id, ksb_code)
);

CREATE TABLE portfolio_journal_entry
(
    id                   UUID PRIMARY KEY,
    apprenticeship_id    UUID         NOT NULL REFERENCES apprenticeship (id) ON DELETE CASCADE,
    entry_date           DATE         NOT NULL,
    title                VARCHAR(200) NOT NULL,
    reflection           TEXT         NOT NULL,
    minutes              INT CHECK (minutes IS NULL OR minutes > 0),
    shared_with_employer BOOLEAN      NOT NULL DEFAULT FALSE,
    written_by           UUID         NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    lock_version         INT          NOT NULL DEFAULT 0
);
CREATE INDEX portfolio_journal_apprenticeship_idx ON portfolio_journal_entry (apprenticeship_id, entry_date DESC, id DESC);

CREATE TABLE portfolio_document
(
    id                UUID PRIMARY KEY,
    apprenticeship_id UUID         NOT NULL REFERENCES apprenticeship (id) ON DELETE CASCADE,
    document_type     VARCHAR(30)  NOT NULL,
    title             VARCHAR(200) NOT NULL,
    expires_on        DATE,
    file_id           VARCHAR(32)  NOT NULL,
    file_name         VARCHAR(200) NOT NULL,
    media_type        VARCHAR(200) NOT NULL,
    file_size         BIGINT       NOT NULL,
    sha256            VARCHAR(64)  NOT NULL,
    scan              VARCHAR(20)  NOT NULL DEFAULT 'NOT_SCANNED',
    uploaded_by       UUID         NOT NULL,
    uploaded_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX portfolio_document_apprenticeship_idx ON portfolio_document (apprenticeship_id, uploaded_at DESC);

-- A time-limited read-only link to the showcase: only the SHA-256 of the token is kept.
CREATE TABLE portfolio_showcase_link
(
    token_sha256      VARCHAR(64) PRIMARY KEY,
    apprenticeship_id UUID        NOT NULL REFERENCES apprenticeship (id) ON DELETE CASCADE,
    created_by        UUID        NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX portfolio_showcase_link_apprenticeship_idx ON portfolio_showcase_link (apprenticeship_id);
