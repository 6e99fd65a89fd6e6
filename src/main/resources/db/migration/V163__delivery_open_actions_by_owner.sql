-- The open actions of one kind of owner (the apprentice's, the tutor's, the employer's) in date order, so the list
-- of actions and its count read only those rows (docs/performance.md).
CREATE INDEX delivery_action_open_owner_idx ON delivery_action (owner, due_date, id) WHERE status = 'OPEN';
