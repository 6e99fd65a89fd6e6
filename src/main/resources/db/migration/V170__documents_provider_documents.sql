-- The provider's own documents (the learner handbook, the complaints policy, the support policy), each a series of
-- versions. A version is never changed once published: a change is a new version, and declarations name the
-- version signed. See docs/domain/provider-documents.md.
CREATE TABLE provider_document_version (
    id                uuid PRIMARY KEY,
    kind              varchar(40)   NOT NULL,
    number            integer       NOT NULL CHECK (number >= 1),
    published_at      timestamptz   NOT NULL,
    published_by      uuid          NOT NULL,
    published_by_name varchar(200)  NOT NULL,
    change_summary    varchar(1000) NOT NULL,
    body              text,
    file_id           varchar(200),
    file_name         varchar(300),
    media_type        varchar(200),
    file_size         bigint,
    sha256            char(64)      NOT NULL,
    CONSTRAINT provider_document_version_number UNIQUE (kind, number),
    CONSTRAINT provider_document_version_text_or_file CHECK ((body IS NULL) <> (file_id IS NULL))
);
