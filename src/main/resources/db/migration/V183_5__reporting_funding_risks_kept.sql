-- The known funding risks, kept (docs/domain/audit-and-inspection.md, "Known risks"): every apprenticeship past
-- onboarding judged by the nightly job or when someone asks, so the risk list and its CSV read a page of findings
-- instead of judging thousands of apprenticeships on each view. One list at a time: the new one and the removal of
-- the old are one transaction, so a reader sees one whole list or the other. Ids, dates and the rules' words only:
-- names are read for the page shown. Derived: the provider export leaves it out (it is worked out again).
CREATE TABLE funding_risk_list
(
    id              smallint     PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    worked_out_at   timestamptz  NOT NULL,
    worked_out_by   varchar(200) NOT NULL,
    apprenticeships integer      NOT NULL,
    took_ms         integer      NOT NULL
);

-- Each apprenticeship judged, in the list's order when it was worked out (place: the oldest start first, then the
-- apprentice's name), with what the filters narrow by and whether any risk is flagged.
CREATE TABLE funding_risk_line
(
    apprenticeship_id  uuid        PRIMARY KEY,
    place              integer     NOT NULL,
    start_date         date        NOT NULL,
    standard_reference varchar(10) NOT NULL,
    status             varchar(30) NOT NULL,
    flagged            boolean     NOT NULL
);
CREATE INDEX funding_risk_line_flagged_idx ON funding_risk_line (place) WHERE flagged;
CREATE INDEX funding_risk_line_start_idx ON funding_risk_line (start_date, place);

-- The findings that need attention (at risk, or unknown: a figure the rule needs was never recorded); a risk with no
-- row here was clear.
CREATE TABLE funding_risk_finding
(
    apprenticeship_id uuid        NOT NULL REFERENCES funding_risk_line (apprenticeship_id) ON DELETE CASCADE,
    risk              varchar(30) NOT NULL,
    verdict           varchar(10) NOT NULL CHECK (verdict IN ('FLAGGED', 'UNKNOWN')),
    words             text        NOT NULL,
    PRIMARY KEY (apprenticeship_id, risk)
);
CREATE INDEX funding_risk_finding_risk_idx ON funding_risk_finding (risk, verdict, apprenticeship_id);
