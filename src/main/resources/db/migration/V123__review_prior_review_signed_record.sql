-- The signed record of a progress review held with a previous provider: the PDF that provider's Waypoint printed of
-- the record all three signed, brought in with the transfer pack (docs/domain/transfer-pack.md) and kept in the file
-- store beside the review. Kept once, never replaced; the retention period removes it with the record's words.
ALTER TABLE prior_review ADD COLUMN signed_record_file_id   varchar(64);
ALTER TABLE prior_review ADD COLUMN signed_record_name      varchar(200);
ALTER TABLE prior_review ADD COLUMN signed_record_size      bigint;
ALTER TABLE prior_review ADD COLUMN signed_record_sha256    varchar(64);
