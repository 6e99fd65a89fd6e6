-- Every email Waypoint writes: the outbox a retried send works from, and the record administrators read at
-- /dev/mailbox. PENDING until delivered; SENT by SMTP; CAPTURED when no mail server is configured (the default
-- run); FAILED when the mail server refused or could not be reached (retried with the event publication).
CREATE TABLE email_message
(
    id         UUID PRIMARY KEY,
    dedupe_key VARCHAR(200) NOT NULL UNIQUE,
    recipient  VARCHAR(254) NOT NULL,
    subject    VARCHAR(300) NOT NULL,
    body       TEXT         NOT NULL,
    status     VARCHAR(20)  NOT NULL,
    attempts   INT          NOT NULL DEFAULT 0,
    last_error TEXT,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX email_message_created_idx ON email_message (created_at DESC);
-- Search by recipient is a prefix match on the lower-cased address.
CREATE INDEX email_message_recipient_idx ON email_message (lower(recipient) text_pattern_ops, created_at DESC);
