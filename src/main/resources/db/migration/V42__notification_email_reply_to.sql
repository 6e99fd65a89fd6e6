-- Where a reply goes, for an email that asks for one: Waypoint sends from a no-reply address, so an email that
-- says "reply to this email" carries a Reply-To (the person who wrote it, or the provider's reply address).
ALTER TABLE email_message ADD COLUMN reply_to VARCHAR(254);
