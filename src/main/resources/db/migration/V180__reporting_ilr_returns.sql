-- Each ILR return exported: who, when, the collection year and return period, its serial number within them, the
-- counts, the file's name, its SHA-256 and where the file store keeps it (never the file itself). Each learner's
-- fields as exported, a map of field path to value keyed by the learner reference number, so the next return can
-- list what changed. See docs/domain/ilr.md, "Each return kept".
CREATE TABLE ilr_return (
    id                    uuid PRIMARY KEY,
    -- the order returns were kept in, even two in the same second
    kept_order            bigint       GENERATED ALWAYS AS IDENTITY,
    collection_year       varchar(7)   NOT NULL,
    return_period         integer      NOT NULL CHECK (return_period BETWEEN 1 AND 14),
    serial_number         integer      NOT NULL CHECK (serial_number BETWEEN 1 AND 99),
    exported_at           timestamptz  NOT NULL,
    exported_by           uuid         NOT NULL,
    exported_by_name      varchar(200) NOT NULL,
    learners              integer      NOT NULL,
    apprenticeship_aims   integer      NOT NULL,
    errors                integer      NOT NULL,
    warnings              integer      NOT NULL,
    file_name             varchar(100) NOT NULL,
    file_id               varchar(200) NOT NULL,
    file_size             bigint       NOT NULL,
    sha256                char(64)     NOT NULL,
    CONSTRAINT ilr_return_serial UNIQUE (collection_year, return_period, serial_number)
);

CREATE INDEX ilr_return_by_year ON ilr_return (collection_year, kept_order DESC);
CREATE INDEX ilr_return_by_order ON ilr_return (kept_order DESC);

CREATE TABLE ilr_return_learner (
    return_id        uuid        NOT NULL REFERENCES ilr_return (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    learn_ref_number varchar(12) NOT NULL,
    learner_id       uuid,
    name             varchar(200),
    fields           jsonb       NOT NULL,
    PRIMARY KEY (return_id, learn_ref_number)
);
