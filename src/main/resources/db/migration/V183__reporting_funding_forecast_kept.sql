-- The kept funding forecast (docs/domain/funding-rules.md, "The forecast"): each apprenticeship's money worked out by
-- the funding rules from what enrolment, organisation and the catalogue publish, kept so that the page, its CSV file and
-- the API are sums and pages of these rows rather than the rules run for every apprenticeship on every request. Worked
-- out whole each night (or when a reader presses "Work out now") and brought up to date for one apprenticeship when
-- its price, dates or status change. Ids only: the learner's, employer's and tutor's names are read as they are now
-- when a page is shown. Derived: the provider export leaves it out (it is worked out again from the records).

-- When the whole forecast was last worked out (one row, or none before the first time): the page's "as at".
CREATE TABLE funding_forecast (
    worked_out_at   timestamptz  NOT NULL,
    apprenticeships integer      NOT NULL,
    took_ms         integer      NOT NULL,
    worked_out_by   varchar(200) NOT NULL
);

-- Each apprenticeship as the forecast last found it: whether its earnings are known and, when not, why (the funding
-- rules' words: no price agreed, no funding band maximum recorded). Never counted as £0 when not known.
CREATE TABLE funding_forecast_apprenticeship (
    apprenticeship_id uuid        PRIMARY KEY,
    earnings_known    boolean     NOT NULL,
    not_known_because text,
    worked_out_at     timestamptz NOT NULL
);

-- An apprenticeship's line for each funding year (August to July, named by the year it starts in) in which it has an
-- amount: the provider's earnings and incentive payments in each of the twelve months (month_1 is August), and the
-- employer's incentive payments, which the provider passes on. in_lines: some month's amount is not £0 (a line the
-- forecast lists; a year with the employer's payments only is counted in their sum and not listed).
CREATE TABLE funding_forecast_line (
    apprenticeship_id   uuid          NOT NULL,
    funding_year        smallint      NOT NULL,
    month_1             numeric(12,2) NOT NULL,
    month_2             numeric(12,2) NOT NULL,
    month_3             numeric(12,2) NOT NULL,
    month_4             numeric(12,2) NOT NULL,
    month_5             numeric(12,2) NOT NULL,
    month_6             numeric(12,2) NOT NULL,
    month_7             numeric(12,2) NOT NULL,
    month_8             numeric(12,2) NOT NULL,
    month_9             numeric(12,2) NOT NULL,
    month_10            numeric(12,2) NOT NULL,
    month_11            numeric(12,2) NOT NULL,
    month_12            numeric(12,2) NOT NULL,
    total               numeric(14,2) NOT NULL,
    employer_incentives numeric(12,2) NOT NULL,
    in_lines            boolean       NOT NULL,
    PRIMARY KEY (funding_year, apprenticeship_id)
);

CREATE INDEX funding_forecast_line_apprenticeship ON funding_forecast_line (apprenticeship_id);
CREATE INDEX funding_forecast_apprenticeship_not_known ON funding_forecast_apprenticeship (apprenticeship_id)
    WHERE NOT earnings_known;
