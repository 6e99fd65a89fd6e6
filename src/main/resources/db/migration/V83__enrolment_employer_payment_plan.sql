-- The employer's payment plan for its share of an apprenticeship's price (docs/domain/funding-rules.md, The
-- employer's payment plan): instalments with an amount and a due date, each due until staff record it paid, and the
-- day the employer was reminded of it. Changed only through PaymentInstalment's own methods.
CREATE TABLE employer_payment_instalment
(
    id                UUID PRIMARY KEY,
    apprenticeship_id UUID           NOT NULL REFERENCES apprenticeship (id) ON DELETE CASCADE,
    due_on            DATE           NOT NULL,
    amount            NUMERIC(10, 2) NOT NULL CHECK (amount > 0),
    state             VARCHAR(10)    NOT NULL CHECK (state IN ('DUE', 'PAID')),
    paid_on           DATE,
    reminded_on       DATE,
    planned_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    planned_by        UUID,
    paid_recorded_by  UUID,
    version           INT            NOT NULL
);
CREATE INDEX employer_payment_instalment_apprenticeship_idx ON employer_payment_instalment (apprenticeship_id, due_on);
CREATE INDEX employer_payment_instalment_due_idx ON employer_payment_instalment (due_on) WHERE state = 'DUE';
