package waypoint.portfolio.internal;

import java.util.List;

/** Evidence as typed on a form or sent to the API, before it is checked. The date is ISO (2026-04-27). */
public record EvidenceDraft(String title, String description, String date, String type, String form, String body,
        String link, List<String> ksbs) {
}
