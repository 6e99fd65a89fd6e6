-- How long a signed-in session lasts: ended after this many minutes without a request (idle), and after this many
-- hours whatever happens (absolute).
ALTER TABLE sign_in_setting ADD COLUMN idle_minutes INT NOT NULL DEFAULT 60 CHECK (idle_minutes BETWEEN 5 AND 480);
ALTER TABLE sign_in_setting ADD COLUMN absolute_hours INT NOT NULL DEFAULT 12 CHECK (absolute_hours BETWEEN 1 AND 24);
