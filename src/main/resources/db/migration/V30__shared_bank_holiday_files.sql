-- Bank holidays files an administrator uploaded (gov.uk JSON format). The newest row is the one in use, by every
-- app node; with no rows, the copy shipped in resources/calendar/bank-holidays.json is used. Rows are kept, not
-- replaced, so an upload can be traced (the audit trail records who uploaded which).
CREATE TABLE bank_holiday_file
(
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    file_name   VARCHAR(255) NOT NULL,
    content     BYTEA        NOT NULL,
    first_year  INT          NOT NULL,
    last_year   INT          NOT NULL,
    uploaded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    uploaded_by VARCHAR(254) NOT NULL
);
