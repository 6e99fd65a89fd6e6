-- In-app notifications: what the bell counts and /notifications lists, one row per person told.
-- dedupe_key lets a listener that is retried (the event publication registry re-runs it) deliver only once.
CREATE TABLE notification
(
    id           UUID PRIMARY KEY,
    recipient_id UUID         NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    title        VARCHAR(200) NOT NULL,
    body         TEXT         NOT NULL,
    link         VARCHAR(500),
    dedupe_key   VARCHAR(200) UNIQUE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at      TIMESTAMP WITH TIME ZONE
);
-- The bell: unread count for one person (recipient_id, read_at IS NULL).
CREATE INDEX notification_recipient_unread_idx ON notification (recipient_id, read_at, created_at DESC);
-- The list: one person's notifications, newest first.
CREATE INDEX notification_recipient_created_idx ON notification (recipient_id, created_at DESC);
