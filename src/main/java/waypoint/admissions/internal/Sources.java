package waypoint.admissions.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** Where a person heard of the course, as the public forms ask it (optional): the figures count by it. */
public final class Sources {

    public static final String NOT_SAID = "Not said";
    public static final String ENTERED_BY_STAFF = "Entered by staff";

    /** The answers offered, by value. */
    public static final Map<String, String> OFFERED = new LinkedHashMap<>();

    static {
        OFFERED.put("Search engine", "A search engine");
        OFFERED.put("Employer", "My employer");
        OFFERED.put("Social media", "Social media");
        OFFERED.put("Event", "An event or careers fair");
        OFFERED.put("Recommendation", "Someone recommended you");
        OFFERED.put("Other", "Somewhere else");
    }

    private Sources() {
    }

    /** The answer kept: one of those offered, or "Not said". */
    public static String of(String answer) {
        return answer != null && OFFERED.containsKey(answer) ? answer : NOT_SAID;
    }
}
