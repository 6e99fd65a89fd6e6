-- The payment of a foundation apprenticeship's own, as the provider records it from the funding rules
-- (docs/domain/programme-types.md, Incentives): the funding rules Waypoint holds do not give its figure. One row for
-- the apprenticeships starting from a date: the amount, who it is paid to, after how many days in learning, and the
-- document it comes from with its address. No row applies to a start before the earliest: the payment is then unknown
-- (a warning, never 0). Recorded by an administrator; every record is in the audit trail.
CREATE TABLE foundation_incentive (
    starts_from    date          PRIMARY KEY,
    amount         numeric(10, 2) NOT NULL CHECK (amount > 0),
    paid_to        varchar(20)   NOT NULL CHECK (paid_to IN ('EMPLOYER', 'PROVIDER')),
    after_days     integer       NOT NULL CHECK (after_days BETWEEN 1 AND 730),
    source         varchar(300)  NOT NULL,
    source_address varchar(500)  NOT NULL,
    recorded_at    timestamptz   NOT NULL,
    recorded_by    varchar(200)  NOT NULL
);
