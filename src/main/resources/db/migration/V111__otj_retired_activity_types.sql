-- A provider retires an activity type it added: no longer offered for new entries; entries already logged keep it.
ALTER TABLE otj_activity_type ADD COLUMN retired BOOLEAN NOT NULL DEFAULT FALSE;
