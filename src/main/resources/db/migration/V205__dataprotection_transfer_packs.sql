-- A learner's record moving with them to another provider (docs/domain/transfer-pack.md): each transfer pack made,
-- with the learner's agreement (when and how they gave it, who recorded it), and each pack brought in here.
CREATE TABLE transfer_pack_export
(
    id                 uuid PRIMARY KEY,
    learner_id         uuid          NOT NULL,
    learner_name       varchar(201)  NOT NULL,
    recipient          varchar(500)  NOT NULL,
    agreement_given_on date          NOT NULL,
    agreement_how      varchar(30)   NOT NULL,
    agreement_note     varchar(2000),
    exported_by        uuid          NOT NULL,
    exported_by_name   varchar(200)  NOT NULL,
    exported_at        timestamptz   NOT NULL
);

CREATE INDEX transfer_pack_export_learner_idx ON transfer_pack_export (learner_id, exported_at);

CREATE TABLE transfer_pack_import
(
    id                uuid PRIMARY KEY,
    learner_id        uuid          NOT NULL,
    learner_name      varchar(201)  NOT NULL,
    previous_provider varchar(500)  NOT NULL,
    pack_exported_at  varchar(40)   NOT NULL,
    imported_by       uuid,
    imported_by_name  varchar(200)  NOT NULL,
    imported_at       timestamptz   NOT NULL,
    summary           varchar(2000) NOT NULL
);

CREATE UNIQUE INDEX transfer_pack_import_learner_idx ON transfer_pack_import (learner_id);

-- What the previous provider recorded that has no place of its own here: their progress reviews (signed there,
-- kept as they were written) and the knowledge, skills and behaviours they signed off.
CREATE TABLE transfer_pack_record
(
    id            uuid PRIMARY KEY,
    import_id     uuid          NOT NULL REFERENCES transfer_pack_import (id),
    apprenticeship_id uuid      NOT NULL,
    kind          varchar(30)   NOT NULL,
    position      integer       NOT NULL,
    heading       varchar(500)  NOT NULL,
    fields        text          NOT NULL
);

CREATE INDEX transfer_pack_record_import_idx ON transfer_pack_record (import_id, kind, position);
