package waypoint.otj.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * An entry to check against the rules, however it arrives: read from the page's form or the API's body once what was
 * typed is checked there, or given by another module, an import or the demo. Either a start and end time, or a
 * duration in {@code minutes} (a fraction when the hours typed were not whole minutes, which the rules refuse).
 * {@code portfolioEvidenceId} is the id of one of the apprenticeship's portfolio evidence items, or null.
 */
public record EntryDraft(LocalDate date, LocalTime startTime, LocalTime endTime, BigDecimal minutes,
        String activityType, String description, List<String> ksbs, String evidenceLink, UUID portfolioEvidenceId) {

    public EntryDraft {
        ksbs = ksbs == null ? List.of() : ksbs.stream().filter(k -> k != null && !k.isBlank()).map(String::strip)
                .distinct().toList();
    }

    /** An entry that points to no portfolio evidence. */
    public EntryDraft(LocalDate date, LocalTime startTime, LocalTime endTime, BigDecimal minutes, String activityType,
            String description, List<String> ksbs, String evidenceLink) {
        this(date, startTime, endTime, minutes, activityType, description, ksbs, evidenceLink, null);
    }

    /** A duration of whole minutes, without times, pointing to no evidence (another module's, an import's). */
    public static EntryDraft lasting(LocalDate date, int minutes, String activityType, String description,
            List<String> ksbs) {
        return new EntryDraft(date, null, null, BigDecimal.valueOf(minutes), activityType, description, ksbs, null);
    }

    /** The same entry on another day (a weekly study day's later weeks). */
    EntryDraft on(LocalDate day) {
        return new EntryDraft(day, startTime, endTime, minutes, activityType, description, ksbs, evidenceLink,
                portfolioEvidenceId);
    }
}
