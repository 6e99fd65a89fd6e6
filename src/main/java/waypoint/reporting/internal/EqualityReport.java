package waypoint.reporting.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.organisation.DeclaredAnswers;
import waypoint.organisation.EqualityCharacteristic;
import waypoint.safeguarding.ConcernKind;
import waypoint.safeguarding.LearnersWithConcerns;

/**
 * Anonymised equality monitoring: for each characteristic learners declare, how many learners gave each answer and
 * how many of them withdrew, achieved (completed their apprenticeship), complained, or reported unfair treatment or
 * bullying or harassment, so the provider can see whether one group fares differently (the learner handbook, “Equality
 * &amp;
 * Diversity”). Counts only, never names; any count under {@link #SUPPRESS_UNDER} is shown as “fewer than 5” so
 * nobody in a small group can be picked out. Apprenticeships and complaints are read from the views their modules
 * publish, in one query; the declared answers and the kinds of concerns, encrypted in the database, from their
 * modules' APIs, and counted here.
 */
@Service
public class EqualityReport {

    public static final int SUPPRESS_UNDER = 5;

    private final JdbcClient jdbc;
    private final DeclaredAnswers declared;
    private final LearnersWithConcerns concerns;

    EqualityReport(JdbcClient jdbc, DeclaredAnswers declared, LearnersWithConcerns concerns) {
        this.jdbc = jdbc;
        this.declared = declared;
        this.concerns = concerns;
    }

    /** Who reads the equality report: the Reports page lists it for them. */
    public static final Set<Role> READERS = Set.of(Role.QUALITY, Role.DIRECTOR, Role.SAFEGUARDING_LEAD);

    public boolean canRead(CurrentUser user) {
        return READERS.stream().anyMatch(user::has);
    }

    /** A count, or "fewer than 5" when it is under the threshold (zero included: an empty group is a small group). */
    public record Count(long value) {
        public boolean suppressed() {
            return value < SUPPRESS_UNDER;
        }

        public String text() {
            return suppressed() ? "fewer than " + SUPPRESS_UNDER : String.valueOf(value);
        }
    }

    public record Row(String answer, Count learners, Count withdrawn, Count achieved, Count complained,
            Count unfairTreatment, Count bullyingOrHarassment) {
    }

    public record Section(EqualityCharacteristic characteristic, List<Row> rows) {
    }

    @Transactional(readOnly = true)
    public List<Section> report(CurrentUser user) {
        if (!canRead(user)) {
            throw new AccessDeniedException("Only quality, directors and the safeguarding lead read the equality report");
        }
        List<Learner> learners = jdbc.sql("""
                SELECT l.id,
                       EXISTS (SELECT 1 FROM enrolment.apprenticeship a WHERE a.learner_id = l.id
                                                       AND a.status = 'WITHDRAWN') AS withdrawn,
                       EXISTS (SELECT 1 FROM enrolment.apprenticeship a WHERE a.learner_id = l.id
                                                       AND a.status = 'COMPLETED') AS achieved,
                       EXISTS (SELECT 1 FROM feedback.feedback f WHERE f.learner_id = l.id
                                                       AND f.kind = 'COMPLAINT') AS complained
                FROM organisation.learner l""")
                .query((rs, n) -> new Learner(rs.getObject("id", UUID.class), rs.getBoolean("withdrawn"),
                        rs.getBoolean("achieved"), rs.getBoolean("complained")))
                .list();
        // answers and concern kinds are encrypted in the database (docs/adr/0012-envelope-encryption-with-tink.md):
        // their modules decrypt them, and the counting is done here
        Map<UUID, DeclaredAnswers.Answers> answers = declared.ofEveryLearner();
        Set<UUID> unfair = concerns.about(ConcernKind.UNFAIR_TREATMENT);
        Set<UUID> bullying = concerns.about(ConcernKind.BULLYING_OR_HARASSMENT);
        return Arrays.stream(EqualityCharacteristic.values())
                .map(c -> new Section(c, rows(c, learners, answers, unfair, bullying))).toList();
    }

    private record Learner(UUID id, boolean withdrawn, boolean achieved, boolean complained) {
    }

    private static List<Row> rows(EqualityCharacteristic characteristic, List<Learner> learners,
            Map<UUID, DeclaredAnswers.Answers> answers, Set<UUID> unfair, Set<UUID> bullying) {
        Map<String, long[]> counts = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        for (Learner l : learners) {
            String answer = answers.getOrDefault(l.id(), DeclaredAnswers.Answers.NONE).of(characteristic);
            long[] c = counts.computeIfAbsent(answer, a -> new long[6]);
            c[0]++;
            c[1] += l.withdrawn() ? 1 : 0;
            c[2] += l.achieved() ? 1 : 0;
            c[3] += l.complained() ? 1 : 0;
            c[4] += unfair.contains(l.id()) ? 1 : 0;
            c[5] += bullying.contains(l.id()) ? 1 : 0;
        }
        List<Row> rows = new ArrayList<>();
        counts.forEach((answer, c) -> rows.add(new Row(characteristic.wordsFor(answer), new Count(c[0]),
                new Count(c[1]), new Count(c[2]), new Count(c[3]), new Count(c[4]), new Count(c[5]))));
        return rows;
    }
}
