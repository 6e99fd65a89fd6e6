-- Each standard version's programme type (docs/domain/programme-types.md): an apprenticeship standard, a foundation
-- apprenticeship or an apprenticeship unit. Every version stored so far is an apprenticeship standard.
ALTER TABLE standard_version
    ADD COLUMN programme_type VARCHAR(30) NOT NULL DEFAULT 'APPRENTICESHIP_STANDARD'
        CHECK (programme_type IN ('APPRENTICESHIP_STANDARD', 'FOUNDATION_APPRENTICESHIP', 'APPRENTICESHIP_UNIT'));

-- Published for other modules (docs/adr/0006): the accountability figures leave foundation apprenticeships out of
-- the achievement rates, and the ILR export returns units as programme type 34. A view of its own, so the
-- catalogue's other published views stay as they are.
CREATE SCHEMA IF NOT EXISTS catalogue;

CREATE VIEW catalogue.standard_programme_type AS
SELECT id AS standard_version_id, reference_number, version, programme_type
FROM standard_version;
