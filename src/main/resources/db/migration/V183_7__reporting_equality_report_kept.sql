-- The equality report, kept: for each characteristic learners declare and each answer given, how many learners gave
-- it and how many of them withdrew, achieved, complained, or reported unfair treatment or bullying or harassment,
-- worked out each night, at the first start and when a reader asks, so the report reads a few counted lines instead
-- of opening every learner's encrypted declaration on each view. Counts only, never a learner: the raw counts are
-- kept and the report shows any under five as "fewer than 5" when it is read. One report at a time: the new one and
-- the removal of the old are one transaction. Derived: the provider export leaves it out (it is worked out again).
CREATE TABLE equality_report
(
    id            smallint     PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    worked_out_at timestamptz  NOT NULL,
    worked_out_by varchar(200) NOT NULL,
    learners      integer      NOT NULL,
    took_ms       integer      NOT NULL
);

-- One line for each answer given to a characteristic (the characteristic's and the answer's stored names; no answer
-- is "not declared"), in the report's order of answers within the characteristic.
CREATE TABLE equality_report_count
(
    characteristic         varchar(40)  NOT NULL,
    position               integer      NOT NULL,
    answer                 varchar(100),
    learners               integer      NOT NULL,
    withdrawn              integer      NOT NULL,
    achieved               integer      NOT NULL,
    complained             integer      NOT NULL,
    unfair_treatment       integer      NOT NULL,
    bullying_or_harassment integer      NOT NULL,
    PRIMARY KEY (characteristic, position)
);
