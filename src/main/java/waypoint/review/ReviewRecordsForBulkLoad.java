package waypoint.review;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import waypoint.enrolment.PlannedFunctionalSkills;
import waypoint.review.ReviewProgressSource.ProgressLine;
import waypoint.review.internal.ReviewContent;
import waypoint.review.internal.ReviewTemplate;
import waypoint.shared.signing.DocumentHash;

/**
 * For a bulk load by COPY (the reference data set, docs/performance.md): one version of a review's record built as
 * the review module builds it when the tutor sends it for signatures (docs/domain/progress-reviews.md), on the
 * provider's standard template, so the review page reads it and each signature on it verifies. Targets name no KSBs:
 * such a target is tracked as a review action alone, never a training plan milestone.
 */
@Component
public class ReviewRecordsForBulkLoad {

    private final JsonMapper json;

    ReviewRecordsForBulkLoad(JsonMapper json) {
        this.json = json;
    }

    /** An action agreed at the last review with how it went: {@code OPEN}, {@code MET}, {@code PARTLY_MET}, {@code NOT_MET}. */
    public record LastAction(String title, LocalDate targetDate, String status) {
    }

    /** A target agreed for the next review. */
    public record Target(String title, LocalDate targetDate) {
    }

    /** The record's content as stored, its canonical text (what is signed) and that text's SHA-256. */
    public record Version(String contentJson, String canonicalText, String sha256) {
    }

    /**
     * Version {@code version} of review {@code number}'s record; {@code sectionText} is written in every section of
     * the standard template.
     */
    public Version version(int number, int version, String apprentice, String employer, String standard,
            String tutor, LocalDate heldOn, String reflection, String sectionText, List<LastAction> lastActions,
            List<Target> targets, LocalDate nextReviewDate) {
        ReviewContent content = new ReviewContent(number, apprentice, employer, standard, tutor, heldOn, reflection,
                List.of(new ProgressLine("Off-the-job training", sectionText)),
                lastActions.stream().map(a -> new ReviewContent.ActionOutcome(a.title(), a.targetDate(), a.status()))
                        .toList(),
                ReviewTemplate.standard().sections().stream()
                        .map(s -> new ReviewContent.Written(s.heading(), sectionText)).toList(),
                targets.stream().map(t -> new ReviewContent.Target(t.title(), t.targetDate(), List.of())).toList(),
                nextReviewDate, PlannedFunctionalSkills.NONE);
        String text = content.canonicalText(version);
        return new Version(json.writeValueAsString(content), text, DocumentHash.of(text));
    }
}
