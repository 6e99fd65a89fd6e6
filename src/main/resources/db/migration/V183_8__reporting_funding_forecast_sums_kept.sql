-- The kept funding forecast's sums for the whole provider (docs/performance.md, "The kept funding forecast"): each
-- funding year's totals by month, and by standard, by employer and by tutor, kept with the lines they add up, in the
-- same transaction (the whole forecast worked out, or one apprenticeship brought up to date), so a reader who sees the
-- whole provider and narrows nothing reads them instead of grouping the year's lines on each request. Derived: the
-- provider export leaves it out (it is worked out again from the records).

-- One sum of the year's lines: kind 'P' the whole provider (key ''), 'S' a standard (its reference), 'E' an employer and
-- 'T' a tutor (their ids); the twelve months (month_1 is August), the employer's incentive payments, and how many of
-- the lines are listed (some month's amount is not £0): a group with none is not shown.
CREATE TABLE funding_forecast_sum (
    funding_year        smallint      NOT NULL,
    kind                char(1)       NOT NULL CHECK (kind IN ('P', 'S', 'E', 'T')),
    key                 varchar(40)   NOT NULL,
    month_1             numeric(14,2) NOT NULL,
    month_2             numeric(14,2) NOT NULL,
    month_3             numeric(14,2) NOT NULL,
    month_4             numeric(14,2) NOT NULL,
    month_5             numeric(14,2) NOT NULL,
    month_6             numeric(14,2) NOT NULL,
    month_7             numeric(14,2) NOT NULL,
    month_8             numeric(14,2) NOT NULL,
    month_9             numeric(14,2) NOT NULL,
    month_10            numeric(14,2) NOT NULL,
    month_11            numeric(14,2) NOT NULL,
    month_12            numeric(14,2) NOT NULL,
    employer_incentives numeric(14,2) NOT NULL,
    listed              integer       NOT NULL,
    PRIMARY KEY (funding_year, kind, key)
);

-- What each apprenticeship's lines were counted under in the sums when it was last worked out: its standard, employer
-- and tutor, and its start and planned end (a line counts in a year whose window its dates meet, as a reader's
-- grouping does), so bringing one apprenticeship up to date takes its old lines out of the groups they were in.
ALTER TABLE funding_forecast_apprenticeship
    ADD COLUMN standard_reference varchar(10),
    ADD COLUMN employer_id        uuid,
    ADD COLUMN tutor_id           uuid,
    ADD COLUMN start_date         date,
    ADD COLUMN planned_end_date   date;

-- Whether the sums were kept with the forecast: a forecast kept before them is worked out again at the first start.
ALTER TABLE funding_forecast ADD COLUMN sums_kept boolean NOT NULL DEFAULT false;
