package waypoint.otj.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * An entry that passed every rule, with any warnings to show (a day above the contracted daily hours), and the
 * portfolio evidence it points to, checked to be the same apprenticeship's (or null).
 */
public record ValidEntry(LocalDate date, LocalTime startTime, LocalTime endTime, int minutes, String activityType,
        String description, List<String> ksbs, String evidenceLink, List<String> warnings,
        java.util.UUID portfolioEvidenceId) {

    public ValidEntry(LocalDate date, LocalTime startTime, LocalTime endTime, int minutes, String activityType,
            String description, List<String> ksbs, String evidenceLink, List<String> warnings) {
        this(date, startTime, endTime, minutes, activityType, description, ksbs, evidenceLink, warnings, null);
    }

    ValidEntry withPortfolioEvidence(java.util.UUID id) {
        return new ValidEntry(date, startTime, endTime, minutes, activityType, description, ksbs, evidenceLink,
                warnings, id);
    }
}
