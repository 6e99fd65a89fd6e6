package waypoint.otj.internal;

import java.util.List;

/**
 * An entry as typed (form or API): text, so that what was typed can be shown back with its errors. The date is ISO
 * or day/month/year; times are {@code 09:30}; the duration is hours ({@code 1.5}, {@code 1:30}) when no times are given.
 * {@code portfolioEvidenceId} is the id of one of the apprenticeship's portfolio evidence items, or empty.
 */
public record EntryDraft(String date, String startTime, String endTime, String duration, String activityType,
        String description, List<String> ksbs, String evidenceLink, String portfolioEvidenceId) {

    public EntryDraft {
        ksbs = ksbs == null ? List.of() : ksbs.stream().filter(k -> k != null && !k.isBlank()).map(String::strip)
                .distinct().toList();
    }

    /** An entry that points to no portfolio evidence. */
    public EntryDraft(String date, String startTime, String endTime, String duration, String activityType,
            String description, List<String> ksbs, String evidenceLink) {
        this(date, startTime, endTime, duration, activityType, description, ksbs, evidenceLink, null);
    }
}
