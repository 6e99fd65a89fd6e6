-- The apprenticeship standards catalogue. One row per published version of a standard: a new version is stored
-- beside the old, because an apprenticeship keeps the version it started on. Duties, KSBs, EPA methods, the
-- grading table and the gateway checklist belong to a version. Short value lists inside an aggregate (a method's
-- grades, a duty's KSB codes) are kept as comma-separated text: nothing queries them.
CREATE TABLE standard_version
(
    id                          UUID PRIMARY KEY,
    reference_number            VARCHAR(6)   NOT NULL,
    version                     VARCHAR(10)  NOT NULL,
    version_major               INT          NOT NULL,
    version_minor               INT          NOT NULL,
    -- The highest version of the reference number, kept by the importer, so lists need no window query.
    latest                      BOOLEAN      NOT NULL DEFAULT FALSE,
    title                       VARCHAR(300) NOT NULL,
    level                       SMALLINT     NOT NULL CHECK (level BETWEEN 1 AND 7),
    lars_code                   INT,
    typical_duration_months     INT,
    max_funding                 NUMERIC(10, 2),
    route                       VARCHAR(200),
    status                      VARCHAR(100),
    approved_for_delivery       DATE,
    retired_on                  DATE,
    published_minimum_otj_hours INT,
    overview                    TEXT,
    standard_page_url           VARCHAR(500),
    grading_basis               VARCHAR(20)  NOT NULL DEFAULT 'METHODS',
    grading_overall_grades      VARCHAR(300) NOT NULL DEFAULT '',
    grading_note                TEXT,
    grading_verified            BOOLEAN      NOT NULL DEFAULT FALSE,
    cadence_max_weeks_between   INT,
    cadence_min_per_month       INT,
    cadence_max_per_month       INT,
    cadence_source              TEXT,
    shipped_plan_applied        BOOLEAN      NOT NULL DEFAULT FALSE,
    imported_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    lock_version                INT          NOT NULL DEFAULT 0,
    CONSTRAINT standard_version_uq UNIQUE (reference_number, version)
);
-- The list shows the latest versions, searched by reference or title, filtered by level or status, sorted by
-- reference, title or level. The catalogue holds a few thousand rows at most, so a title search by ILIKE scans.
CREATE INDEX standard_version_latest_reference_idx ON standard_version (latest, reference_number);
CREATE INDEX standard_version_latest_title_idx ON standard_version (latest, lower(title));
CREATE INDEX standard_version_latest_level_idx ON standard_version (latest, level, reference_number);
CREATE INDEX standard_version_status_idx ON standard_version (status);

CREATE TABLE standard_ksb
(
    standard_version_id UUID    NOT NULL REFERENCES standard_version (id) ON DELETE CASCADE,
    kind                CHAR(1) NOT NULL CHECK (kind IN ('K', 'S', 'B')),
    position            INT     NOT NULL,
    source_id           VARCHAR(100),
    text                TEXT,
    text_added_by_administrator BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (standard_version_id, kind, position)
);

CREATE TABLE standard_duty
(
    standard_version_id UUID NOT NULL REFERENCES standard_version (id) ON DELETE CASCADE,
    position            INT  NOT NULL,
    source_id           VARCHAR(100),
    text                TEXT,
    core                BOOLEAN,
    ksb_codes           TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (standard_version_id, position)
);

CREATE TABLE standard_epa_method
(
    standard_version_id UUID         NOT NULL REFERENCES standard_version (id) ON DELETE CASCADE,
    position            INT          NOT NULL,
    name                VARCHAR(200) NOT NULL,
    duration_minutes    INT,
    minimum_questions   INT,
    grades              VARCHAR(300) NOT NULL DEFAULT '',
    assessed_ksb_codes  TEXT         NOT NULL DEFAULT '',
    details             TEXT,
    source              TEXT,
    PRIMARY KEY (standard_version_id, position)
);

-- The criteria a holistic scheme grades (for example ST0122's "the what / the how / the with whom"); a scheme
-- graded by its EPA methods takes its components from the methods instead.
CREATE TABLE standard_grading_component
(
    standard_version_id UUID         NOT NULL REFERENCES standard_version (id) ON DELETE CASCADE,
    position            INT          NOT NULL,
    name                VARCHAR(200) NOT NULL,
    grades              VARCHAR(300) NOT NULL,
    PRIMARY KEY (standard_version_id, position)
);

-- One row of the grading table: the components' grades, in component order and joined by '|', give an overall grade.
CREATE TABLE standard_grading_row
(
    standard_version_id UUID          NOT NULL REFERENCES standard_version (id) ON DELETE CASCADE,
    position            INT           NOT NULL,
    combination         VARCHAR(1000) NOT NULL,
    overall_grade       VARCHAR(100)  NOT NULL,
    PRIMARY KEY (standard_version_id, position)
);

CREATE TABLE standard_gateway_item
(
    standard_version_id UUID         NOT NULL REFERENCES standard_version (id) ON DELETE CASCADE,
    position            INT          NOT NULL,
    kind                VARCHAR(40)  NOT NULL,
    description         VARCHAR(500) NOT NULL,
    source              TEXT,
    PRIMARY KEY (standard_version_id, position)
);

CREATE TABLE standard_on_programme_requirement
(
    standard_version_id UUID         NOT NULL REFERENCES standard_version (id) ON DELETE CASCADE,
    position            INT          NOT NULL,
    kind                VARCHAR(40)  NOT NULL,
    description         VARCHAR(500) NOT NULL,
    source              TEXT,
    PRIMARY KEY (standard_version_id, position)
);
