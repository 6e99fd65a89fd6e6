package waypoint.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How often teaching, learning and assessment sessions take place by default: “at least every 5 weeks” (the Learning
 * and skills mentor course page,
 * Learning and skills mentor: “at least every 4-5 weeks”), or “2 to 3 a month” (the learner handbook:
 * “approximately 2-3 times per month”). Either or both may be given.
 */
public record DeliveryCadence(Optional<Integer> maxWeeksBetweenSessions, Optional<Integer> minSessionsPerMonth,
        Optional<Integer> maxSessionsPerMonth, Optional<String> source) {

    /** The rules a cadence keeps, by field, so a form can show each against its input. */
    public static Map<String, String> problems(Integer maxWeeksBetween, Integer minPerMonth, Integer maxPerMonth) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (maxWeeksBetween == null && minPerMonth == null && maxPerMonth == null) {
            problems.put("maxWeeksBetweenSessions", "Enter the most weeks between sessions, or how many sessions a month");
        }
        if (maxWeeksBetween != null && (maxWeeksBetween < 1 || maxWeeksBetween > 52)) {
            problems.put("maxWeeksBetweenSessions", "The weeks between sessions must be from 1 to 52");
        }
        if (minPerMonth != null && (minPerMonth < 1 || minPerMonth > 31)) {
            problems.put("minSessionsPerMonth", "The fewest sessions a month must be from 1 to 31");
        }
        if (maxPerMonth != null && (maxPerMonth < 1 || maxPerMonth > 31)) {
            problems.put("maxSessionsPerMonth", "The most sessions a month must be from 1 to 31");
        }
        if (minPerMonth != null && maxPerMonth != null && minPerMonth > maxPerMonth && !problems.containsKey("maxSessionsPerMonth")) {
            problems.put("maxSessionsPerMonth", "The most sessions a month must be the same as or more than the fewest");
        }
        return problems;
    }

    /** In words, for pages and for other modules' explanations. */
    @JsonProperty("description")
    public String describe() {
        List<String> parts = new ArrayList<>();
        maxWeeksBetweenSessions.ifPresent(weeks -> parts.add(weeks == 1
                ? "At least one session every week" : "At least one session every " + weeks + " weeks"));
        Integer min = minSessionsPerMonth.orElse(null);
        Integer max = maxSessionsPerMonth.orElse(null);
        if (min != null && max != null) {
            parts.add(min.equals(max) ? sessions(min) + " a month" : min + " to " + max + " sessions a month");
        } else if (min != null) {
            parts.add("At least " + sessions(min) + " a month");
        } else if (max != null) {
            parts.add("Up to " + sessions(max) + " a month");
        }
        String text = String.join("; ", parts);
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String sessions(int count) {
        return count == 1 ? "1 session" : count + " sessions";
    }
}
