package waypoint.enrolment.internal.apprenticeship;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import waypoint.enrolment.ApprenticeshipStatus;
import waypoint.shared.web.PageOf;

/**
 * What a list of apprenticeships was asked for: a learner name to search, filters by status, tutor (staff id),
 * employer and standard, a sort key from {@link #SORTS} ("-" first for descending) and a page from 0.
 */
public record CaseloadFilter(String q, ApprenticeshipStatus status, UUID tutorId, UUID employerId,
        String standardReference, String sort, int page, int size) {

    public static final int MAXIMUM_SIZE = 100;

    /** Sort keys and the expressions they order by; anything else falls back to the learner's name. */
    static final Map<String, String> SORTS = Map.of(
            "learner", "lower(l.family_name) %1$s, lower(l.given_names) %1$s",
            "employer", "lower(e.name) %1$s",
            "standard", "a.standard_reference %1$s",
            "tutor", "lower(t.name) %1$s",
            "start", "a.start_date %1$s",
            "end", "a.planned_end_date %1$s",
            "status", "a.status %1$s");

    public static final List<String> SORT_KEYS = List.of("learner", "employer", "standard", "tutor", "start", "end",
            "status");

    public CaseloadFilter {
        q = q == null || q.isBlank() ? null : q.strip();
        standardReference = standardReference == null || standardReference.isBlank() ? null
                : standardReference.strip().toUpperCase(java.util.Locale.ROOT);
        page = Math.max(0, Math.min(page, 100_000));
        size = size < 1 ? PageOf.DEFAULT_SIZE : Math.min(size, MAXIMUM_SIZE);
        String key = sort == null ? "" : sort.startsWith("-") ? sort.substring(1) : sort;
        sort = SORTS.containsKey(key) ? sort : "learner";
    }

    public boolean descending() {
        return sort.startsWith("-");
    }

    public String sortKey() {
        return descending() ? sort.substring(1) : sort;
    }

    String orderBy() {
        return String.format(SORTS.get(sortKey()), descending() ? "DESC" : "ASC") + ", a.id";
    }
}
