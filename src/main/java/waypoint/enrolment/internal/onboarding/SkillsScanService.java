package waypoint.enrolment.internal.onboarding;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.catalogue.Ksb;
import waypoint.catalogue.StandardDetails;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.internal.Refusals;
import waypoint.identity.CurrentUser;
import waypoint.shared.audit.RecordChanged;

/**
 * The skills scan: the learner and the employer each rate every KSB of the standard (the learner handbook: the plan
 * “will take into consideration the results of your initial assessment and skills scan”). Where the two ratings differ
 * the page highlights it, for the start-up meeting and prior learning to take up.
 */
@Service
public class SkillsScanService {

    /** The rating scale, lowest first. */
    public static final Map<Integer, String> SCALE = scale();

    private final JdbcClient jdbc;
    private final OnboardingPolicy policy;
    private final OnboardingRules rules;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SkillsScanService(JdbcClient jdbc, OnboardingPolicy policy, OnboardingRules rules, Clock clock,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.rules = rules;
        this.clock = clock;
        this.events = events;
    }

    public enum Rater { LEARNER, EMPLOYER }

    /** A KSB with both ratings (null where not rated yet). */
    public record Row(Ksb ksb, Integer learner, Integer employer) {

        public boolean differs() {
            return learner != null && employer != null && !learner.equals(employer);
        }
    }

    public record Scan(ApprenticeshipSummary apprenticeship, List<Row> rows, Rater raterForViewer) {

        public long differences() {
            return rows.stream().filter(Row::differs).count();
        }

        public boolean ratedBy(Rater rater) {
            return !rows.isEmpty() && rows.stream()
                    .allMatch(r -> (rater == Rater.LEARNER ? r.learner() : r.employer()) != null);
        }
    }

    @Transactional(readOnly = true)
    public Scan scan(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        ApprenticeshipSummary apprenticeship = policy.requireView(user, apprenticeshipId);
        Rater rater = policy.isLearner(user, apprenticeship) ? Rater.LEARNER
                : policy.isEmployer(user, apprenticeship) ? Rater.EMPLOYER : null;
        Map<String, Integer[]> ratings = new HashMap<>();
        jdbc.sql("SELECT ksb_code, rater, rating FROM skills_scan_rating WHERE apprenticeship_id = :id")
                .param("id", apprenticeshipId).query((rs, n) -> {
                    Integer[] pair = ratings.computeIfAbsent(rs.getString(1), k -> new Integer[2]);
                    pair[Rater.valueOf(rs.getString(2)).ordinal()] = rs.getInt(3);
                    return null;
                }).list();
        List<Row> rows = ksbs(apprenticeship).stream().map(ksb -> {
            Integer[] pair = ratings.getOrDefault(ksb.code(), new Integer[2]);
            return new Row(ksb, pair[0], pair[1]);
        }).toList();
        return new Scan(apprenticeship, rows, rater);
    }

    /**
     * Saves the person's own ratings (the learner's or the employer's, by who they are); KSBs left unrated stay so.
     * Field errors name the KSB code.
     */
    @Transactional
    public void rate(CurrentUser user, ApprenticeshipId apprenticeshipId, Map<String, String> typed) {
        ApprenticeshipSummary apprenticeship = policy.requireView(user, apprenticeshipId);
        Rater rater;
        if (policy.isLearner(user, apprenticeship)) {
            rater = Rater.LEARNER;
        } else if (policy.isEmployer(user, apprenticeship)) {
            rater = Rater.EMPLOYER;
        } else {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Only the apprentice and their employer rate the skills scan");
        }
        List<Ksb> ksbs = ksbs(apprenticeship);
        Map<String, Integer> ratings = new LinkedHashMap<>();
        Refusals refusals = new Refusals();
        for (Ksb ksb : ksbs) {
            String value = typed.get(ksb.code());
            if (value == null || value.isBlank()) {
                continue;
            }
            try {
                int rating = Integer.parseInt(value.strip());
                if (!SCALE.containsKey(rating)) {
                    throw new NumberFormatException();
                }
                ratings.put(ksb.code(), rating);
            } catch (NumberFormatException wrong) {
                refusals.refuse(ksb.code(), "Rate " + ksb.code() + " from 1 to 4");
            }
        }
        typed.keySet().stream().filter(code -> ksbs.stream().noneMatch(k -> k.code().equals(code)))
                .forEach(code -> refusals.refuse(code, code + " is not a KSB of this standard"));
        if (ratings.isEmpty() && refusals.none()) {
            refusals.refuse(ksbs.isEmpty() ? "ratings" : ksbs.get(0).code(), "Rate at least one KSB");
        }
        refusals.throwIfAny();
        Timestamp now = Timestamp.from(clock.instant());
        // One statement for every rating; KSB codes are letters and digits from the catalogue, so the array
        // literals need no quoting.
        jdbc.sql("""
                INSERT INTO skills_scan_rating (apprenticeship_id, ksb_code, rater, rating, rated_at, rated_by)
                SELECT :id, r.code, :rater, r.rating, :now, :by
                FROM unnest(CAST(:codes AS text[]), CAST(:ratings AS int[])) AS r(code, rating)
                ON CONFLICT (apprenticeship_id, ksb_code, rater)
                DO UPDATE SET rating = excluded.rating, rated_at = excluded.rated_at, rated_by = excluded.rated_by""")
                .param("id", apprenticeshipId).param("rater", rater.name()).param("now", now).param("by", user.id())
                .param("codes", "{" + String.join(",", ratings.keySet()) + "}")
                .param("ratings", "{" + ratings.values().stream().map(String::valueOf)
                        .collect(java.util.stream.Collectors.joining(",")) + "}")
                .update();
        events.publishEvent(RecordChanged.updated("skills scan", apprenticeshipId.value(), null,
                rater.name().toLowerCase() + " rated " + ratings.size() + " KSBs"));
    }

    private List<Ksb> ksbs(ApprenticeshipSummary apprenticeship) {
        return rules.standard(apprenticeship).map(StandardDetails::ksbs).orElse(List.of());
    }

    private static Map<Integer, String> scale() {
        Map<Integer, String> scale = new LinkedHashMap<>();
        scale.put(1, "New to me");
        scale.put(2, "Some knowledge or experience");
        scale.put(3, "Competent with support");
        scale.put(4, "Confident and competent");
        return java.util.Collections.unmodifiableMap(scale);
    }
}
