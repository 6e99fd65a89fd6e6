package waypoint.admissions.internal;

import java.util.UUID;

/**
 * A standard the provider offers, with its page's words as an administrator wrote them. The standard's own facts
 * (title, level, typical duration, assessment plan) come from the catalogue when the page is shown.
 */
public record Course(UUID id, String slug, String standardReference, boolean published, CourseWords words,
        int version) {

    /** The page's words, one per section. */
    public record CourseWords(String summary, String overview, String jobRoles, String entryRequirements,
            String englishAndMaths, String duration, String delivery, String assessment, String progression) {
    }
}
