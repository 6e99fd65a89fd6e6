-- Your support policy (docs/domain/support-policy.md): each formal stage's meetings are dated within the stage, so
-- the case keeps the day its current stage began; and the provider's default client partner, copied in when an
-- apprenticeship names none.
ALTER TABLE support_case ADD COLUMN stage_began_on DATE;

CREATE TABLE support_client_partner_default
(
    id    INT PRIMARY KEY CHECK (id = 1),
    name  TEXT NOT NULL,
    email TEXT NOT NULL
);
