-- The kept accountability figures (docs/domain/accountability.md, "When the figures are calculated"): the dashboard,
-- its drill-down lists and their CSV read one snapshot, worked out from the records the modules publish by the
-- nightly calculation, every hour in working hours, or when someone presses "Recalculate now". A new snapshot and the
-- removal of the old one are one transaction, so a reader sees one whole snapshot or the other. Derived: the provider
-- export leaves it out (it is worked out again from the records).
CREATE TABLE accountability_snapshot (
    id              uuid         PRIMARY KEY,
    calculated_at   timestamptz  NOT NULL,
    -- the day the figures are counted up to (Europe/London): "today" for the year still running
    as_at           date         NOT NULL,
    apprenticeships integer      NOT NULL,
    took_ms         integer      NOT NULL,
    calculated_by   varchar(200) NOT NULL
);

-- One row per year and group (the whole provider is the group '' of the breakdown 'PROVIDER'), with each
-- indicator's figure in the order of the indicators (docs/domain/accountability.md, "The indicators").
CREATE TABLE accountability_snapshot_figure (
    snapshot_id  uuid         NOT NULL REFERENCES accountability_snapshot (id),
    year         smallint     NOT NULL,
    breakdown    varchar(10)  NOT NULL,
    group_key    text NOT NULL,
    group_label  text NOT NULL,
    numerators   integer[]    NOT NULL,
    denominators integer[]    NOT NULL,
    unknowns     integer[]    NOT NULL,
    PRIMARY KEY (snapshot_id, year, breakdown, group_key)
);

-- What the page shows for a year beside the indicators: how far past the planned end, and for the year still running
-- the forecast of the achievement rate.
CREATE TABLE accountability_snapshot_year (
    snapshot_id         uuid     NOT NULL REFERENCES accountability_snapshot (id),
    year                smallint NOT NULL,
    past_up_to_90       integer  NOT NULL,
    past_90_to_179      integer  NOT NULL,
    past_180_or_more    integer  NOT NULL,
    forecast_left       integer,
    forecast_achieved   integer,
    forecast_due        integer,
    forecast_expected   integer,
    PRIMARY KEY (snapshot_id, year)
);

-- The apprenticeships behind the figures, each as the figures read it, with the groups it falls in and, for each year
-- offered and each indicator, whether it is counted and whether it is in the figure (one bit each: the year's place,
-- newest first, times 8 plus the indicator's place), so the drill-down lists exactly the apprentices counted. Not the
-- date of birth: only the age band it gives (key_age).
CREATE TABLE accountability_snapshot_apprenticeship (
    snapshot_id        uuid          NOT NULL REFERENCES accountability_snapshot (id),
    apprenticeship_id  uuid          NOT NULL,
    learner_name       text,
    standard_reference text,
    standard_title     text,
    level              integer,
    foundation         boolean       NOT NULL,
    unit               boolean       NOT NULL,
    tutor_id           uuid,
    tutor_name         text,
    employer_id        uuid,
    employer_name      text,
    start_date         date,
    planned_end_date   date,
    status             text   NOT NULL,
    learning_ended     date,
    achieved           date,
    withdrawn          date,
    withdrawn_from     text,
    -- each break as "first day/day of return" (return empty while it goes on), separated by ";"
    breaks             text          NOT NULL,
    epao_recorded      boolean       NOT NULL,
    planned_otj_hours  numeric(10, 2),
    minimum_otj_hours  numeric(10, 2),
    key_standard       text  NOT NULL,
    key_level          text  NOT NULL,
    key_tutor          text  NOT NULL,
    key_employer       text  NOT NULL,
    key_age            text  NOT NULL,
    counted            bigint        NOT NULL,
    in_figure          bigint        NOT NULL,
    PRIMARY KEY (snapshot_id, apprenticeship_id)
);
