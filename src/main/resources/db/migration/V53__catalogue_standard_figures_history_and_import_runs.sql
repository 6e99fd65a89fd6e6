-- Standards data (docs/domain/standards-data.md): the figures an administrator recorded on a version are kept
-- against later imports, each import's difference from them waits for an administrator to accept or keep, every
-- change of a figure is kept in the version's change history, and each upload or fetch is kept with what it changed.

-- The figures (by name: maxFunding, minimumHoursForCompliance, typicalDuration, status, approvedForDelivery,
-- retiredOn) an administrator recorded on the version, comma-separated: an import does not overwrite them.
ALTER TABLE standard_version ADD COLUMN administrator_figures VARCHAR(300) NOT NULL DEFAULT '';

-- What the last import's file said of a figure an administrator recorded, when it differs: one row per figure.
-- Kept: the administrator kept their figure against that value, so a file giving it again does not ask again.
CREATE TABLE standard_figure_difference
(
    standard_version_id UUID         NOT NULL REFERENCES standard_version (id) ON DELETE CASCADE,
    figure              VARCHAR(40)  NOT NULL,
    file_value          VARCHAR(100),
    found_by            VARCHAR(300) NOT NULL,
    found_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    kept                BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (standard_version_id, figure)
);

-- Every change of a version's figures, from an upload, a fetch or an administrator's edit: never updated or deleted.
CREATE TABLE standard_figure_change
(
    id                  UUID         PRIMARY KEY,
    standard_version_id UUID         NOT NULL REFERENCES standard_version (id) ON DELETE CASCADE,
    figure              VARCHAR(40)  NOT NULL,
    old_value           VARCHAR(100),
    new_value           VARCHAR(100),
    source              VARCHAR(20)  NOT NULL CHECK (source IN ('UPLOAD', 'FETCH', 'EDIT', 'SHIPPED')),
    changed_by          VARCHAR(300) NOT NULL,
    changed_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX standard_figure_change_version_idx ON standard_figure_change (standard_version_id, changed_at DESC);

-- Each upload and each fetch of a standards file: what it changed, or why nothing was.
CREATE TABLE standard_import_run
(
    id          UUID         PRIMARY KEY,
    source      VARCHAR(20)  NOT NULL CHECK (source IN ('UPLOAD', 'FETCH')),
    started_by  VARCHAR(300) NOT NULL,
    address     VARCHAR(500),
    ran_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    succeeded   BOOLEAN      NOT NULL,
    summary     TEXT         NOT NULL,
    details     TEXT         NOT NULL DEFAULT ''
);
CREATE INDEX standard_import_run_ran_at_idx ON standard_import_run (ran_at DESC);
