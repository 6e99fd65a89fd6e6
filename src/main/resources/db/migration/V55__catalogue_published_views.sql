-- What other modules may read of the standards catalogue, as read-only views in the schema named after the module
-- (docs/adr/0006). Columns are kept or added, never renamed or removed while a reader uses them.
CREATE SCHEMA IF NOT EXISTS catalogue;

CREATE VIEW catalogue.standard_version AS
SELECT id, reference_number, version, latest, title, level, lars_code, typical_duration_months, max_funding, route,
       status, approved_for_delivery, retired_on, published_minimum_otj_hours
FROM standard_version;

CREATE VIEW catalogue.standard_ksb AS
SELECT standard_version_id, kind, position, source_id, text
FROM standard_ksb;
