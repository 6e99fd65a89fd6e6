package waypoint.audit.web;

import java.time.ZoneId;
import java.time.ZonedDateTime;

import waypoint.audit.AuditEntry;

/** An audit entry as the page shows it: the time in the clock's zone (Europe/London) and the action in words. */
record AuditRow(AuditEntry entry, ZonedDateTime when, String action) {

    static AuditRow of(AuditEntry entry, ZoneId zone) {
        return new AuditRow(entry, entry.occurredAt().atZone(zone), label(entry.action()));
    }

    /** SIGN_IN_FAILED reads "Sign in failed". */
    static String label(String action) {
        String words = action.replace('_', ' ').toLowerCase();
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
