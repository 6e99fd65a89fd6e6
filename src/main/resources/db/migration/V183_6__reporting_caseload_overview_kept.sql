-- The caseload overview, kept (docs/domain/accountability.md, "The caseload board"): every active apprenticeship's
-- signals worked out each night, at the first start and when a member of staff asks, so the overview and its CSV
-- count them by tutor, employer or standard in one grouped query instead of working out every signal on each view.
-- One apprenticeship a line, so each reader's own scope still narrows the counts. One overview at a time: the new one
-- and the removal of the old are one transaction. Ids and the signals' colours only: names are read for the groups
-- shown. Derived: the provider export leaves it out (it is worked out again).
CREATE TABLE caseload_overview
(
    id              smallint     PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    worked_out_at   timestamptz  NOT NULL,
    worked_out_by   varchar(200) NOT NULL,
    apprenticeships integer      NOT NULL,
    took_ms         integer      NOT NULL
);

-- Each active apprenticeship with what the overview groups by and the colour of each of its signals (GREEN, AMBER,
-- RED, or UNKNOWN while not worked out), one column a signal, in the board's column order.
CREATE TABLE caseload_overview_line
(
    apprenticeship_id  uuid        PRIMARY KEY,
    tutor_id           uuid,
    employer_id        uuid        NOT NULL,
    standard_reference varchar(10) NOT NULL,
    off_the_job        varchar(7)  NOT NULL,
    review             varchar(7)  NOT NULL,
    signatures         varchar(7)  NOT NULL,
    sessions           varchar(7)  NOT NULL,
    english_maths      varchar(7)  NOT NULL,
    ksb                varchar(7)  NOT NULL,
    actions            varchar(7)  NOT NULL,
    support            varchar(7)  NOT NULL,
    ilr_errors         varchar(7)  NOT NULL
);

-- The last working out of something reporting keeps whole (the funding forecast, the known funding risks, the
-- caseload overview) that failed since the one kept was worked out: when it began and failed, and what its page
-- tells the reader (plain words and a reference to look for in the server's log, never the error itself). Written in
-- the failed working out's own transaction, still holding its lock; removed when a working out next succeeds.
-- The application's own machinery: the provider export leaves it out.
CREATE TABLE kept_whole_failure
(
    name       varchar(100) PRIMARY KEY,
    began_at   timestamptz  NOT NULL,
    failed_at  timestamptz  NOT NULL,
    message    text         NOT NULL
);
