package waypoint.reporting.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.organisation.DeclaredAnswers;
import waypoint.organisation.EqualityCharacteristic;
import waypoint.organisation.LearnerId;
import waypoint.safeguarding.ConcernKind;
import waypoint.safeguarding.LearnersWithConcerns;

/**
 * Anonymised equality monitoring: for each characteristic learners declare, how many learners gave each answer and
 * how many of them withdrew, achieved (completed their apprenticeship), complained, or reported unfair treatment or
 * bullying or harassment, so the provider can see whether one group fares differently (the learner handbook, “Equality
 * &amp; Diversity”). Counts only, never names; any count under {@link #SUPPRESS_UNDER} is shown as “fewer than 5” so
 * nobody in a small group can be picked out.
 *
 * <p>Kept whole ({@link KeptWhole}): worked out each night ({@link EqualityReportNightly}), at the first start when
 * none is kept, and in the background when a reader asks ({@link KeptInBackground}), in place of the report before in
 * one transaction. The working out reads apprenticeships and complaints from the views their modules publish, in one
 * query, and the declared answers and the kinds of concerns, encrypted in the database, from their modules' APIs, and
 * counts them here; the raw counts are kept, and the report read is those few lines (opening every learner's
 * declaration took over a second at 100,000 apprenticeships; docs/performance.md). Under five is shown as such when the
 * report is read.
 */
@Service
public class EqualityReport implements KeptWhole {

    public static final int SUPPRESS_UNDER = 5;
    private static final Logger log = LoggerFactory.getLogger(EqualityReport.class);

    private final JdbcClient jdbc;
    private final DeclaredAnswers declared;
    private final LearnersWithConcerns concerns;
    private final Clock clock;
    private final KeptInBackground background;

    EqualityReport(JdbcClient jdbc, DeclaredAnswers declared, LearnersWithConcerns concerns, Clock clock,
            KeptInBackground background) {
        this.jdbc = jdbc;
        this.declared = declared;
        this.concerns = concerns;
        this.clock = clock;
        this.background = background;
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

    /** When the kept report was worked out, by whom (a person's name or the nightly job), over how many learners. */
    public record WorkedOut(Instant at, String by, int learners) {
    }

    /** The kept report: when it was worked out, and a section for each characteristic. */
    public record Kept(WorkedOut workedOut, List<Section> sections) {
    }

    /**
     * The kept report, for a reader; empty when it has not been worked out yet. The header and the counts are read in
     * one snapshot: one working out, never parts of two.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Optional<Kept> report(CurrentUser user) {
        requireReader(user);
        Optional<WorkedOut> workedOut = workedOut();
        if (workedOut.isEmpty()) {
            return Optional.empty();
        }
        Map<EqualityCharacteristic, List<Row>> rows = new LinkedHashMap<>();
        for (EqualityCharacteristic c : EqualityCharacteristic.values()) {
            rows.put(c, new ArrayList<>());
        }
        jdbc.sql("""
                        SELECT characteristic, answer, learners, withdrawn, achieved, complained, unfair_treatment,
                               bullying_or_harassment
                        FROM equality_report_count ORDER BY characteristic, position""")
                .query(rs -> {
                    EqualityCharacteristic c = EqualityCharacteristic.valueOf(rs.getString("characteristic"));
                    rows.get(c).add(new Row(c.wordsFor(rs.getString("answer")), new Count(rs.getLong("learners")),
                            new Count(rs.getLong("withdrawn")), new Count(rs.getLong("achieved")),
                            new Count(rs.getLong("complained")), new Count(rs.getLong("unfair_treatment")),
                            new Count(rs.getLong("bullying_or_harassment"))));
                });
        List<Section> sections = new ArrayList<>();
        rows.forEach((c, r) -> sections.add(new Section(c, List.copyOf(r))));
        return Optional.of(new Kept(workedOut.get(), List.copyOf(sections)));
    }

    /**
     * "Work out the report again now", for a reader: worked out in the background, answering at once; while one is
     * under way (the night's, someone else's) nothing more is started.
     */
    public KeptInBackground.Press workOutNow(CurrentUser user) {
        requireReader(user);
        return background.press(EqualityReport.class, user);
    }

    /** How the report stands: since when it has been being worked out again, and its last working out if it failed. */
    public KeptInBackground.Standing standing() {
        return background.standing(EqualityReport.class);
    }

    /** When the kept report was worked out; empty when it has not been yet. */
    @Transactional(readOnly = true)
    public Optional<WorkedOut> workedOut() {
        return jdbc.sql("SELECT worked_out_at, worked_out_by, learners FROM equality_report")
                .query((rs, n) -> new WorkedOut(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2),
                        rs.getInt(3)))
                .optional();
    }

    @Override
    public String name() {
        return "equality report";
    }

    @Override
    public boolean isKept() {
        return workedOut().isPresent();
    }

    /**
     * Every learner counted by what they declared, and kept in place of the report before, in the caller's
     * transaction. As at the moment the records are read.
     */
    @Override
    @Transactional
    public void workOutAndKeep(String by) {
        long began = System.nanoTime();
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
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
        Map<LearnerId, DeclaredAnswers.Answers> answers = declared.ofEveryLearner();
        Set<UUID> unfair = learnerIds(concerns.about(ConcernKind.UNFAIR_TREATMENT));
        Set<UUID> bullying = learnerIds(concerns.about(ConcernKind.BULLYING_OR_HARASSMENT));
        jdbc.sql("DELETE FROM equality_report_count").update();
        for (EqualityCharacteristic c : EqualityCharacteristic.values()) {
            int position = 0;
            for (Map.Entry<String, long[]> counted : counts(c, learners, answers, unfair, bullying).entrySet()) {
                long[] n = counted.getValue();
                jdbc.sql("""
                                INSERT INTO equality_report_count (characteristic, position, answer, learners,
                                    withdrawn, achieved, complained, unfair_treatment, bullying_or_harassment)
                                VALUES (:characteristic, :position, :answer, :learners, :withdrawn, :achieved,
                                    :complained, :unfair, :bullying)""")
                        .param("characteristic", c.name()).param("position", position++)
                        .param("answer", counted.getKey()).param("learners", n[0]).param("withdrawn", n[1])
                        .param("achieved", n[2]).param("complained", n[3]).param("unfair", n[4])
                        .param("bullying", n[5]).update();
            }
        }
        int took = (int) Math.min(Integer.MAX_VALUE, Duration.ofNanos(System.nanoTime() - began).toMillis());
        jdbc.sql("""
                        INSERT INTO equality_report (id, worked_out_at, worked_out_by, learners, took_ms)
                        VALUES (1, :at, :by, :learners, :took)
                        ON CONFLICT (id) DO UPDATE SET worked_out_at = EXCLUDED.worked_out_at,
                            worked_out_by = EXCLUDED.worked_out_by, learners = EXCLUDED.learners,
                            took_ms = EXCLUDED.took_ms""")
                .param("at", at.atOffset(ZoneOffset.UTC)).param("by", by).param("learners", learners.size())
                .param("took", took).update();
        log.info("Equality report worked out for {} learners in {} ms", learners.size(), took);
    }

    private void requireReader(CurrentUser user) {
        if (!canRead(user)) {
            throw new AccessDeniedException("Only quality, directors and the safeguarding lead read the equality report");
        }
    }

    /** The learners' ids as the rows count them. */
    private static Set<UUID> learnerIds(Set<LearnerId> learners) {
        return learners.stream().map(LearnerId::value).collect(Collectors.toSet());
    }

    private record Learner(UUID id, boolean withdrawn, boolean achieved, boolean complained) {
    }

    /**
     * The counts of each answer given to the characteristic, in the report's order of answers (no answer last): the
     * learners, and how many of them withdrew, achieved, complained, reported unfair treatment, reported bullying.
     */
    private static Map<String, long[]> counts(EqualityCharacteristic characteristic, List<Learner> learners,
            Map<LearnerId, DeclaredAnswers.Answers> answers, Set<UUID> unfair, Set<UUID> bullying) {
        Map<String, long[]> counts = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        for (Learner l : learners) {
            String answer = answers.getOrDefault(new LearnerId(l.id()), DeclaredAnswers.Answers.NONE).of(characteristic);
            long[] c = counts.computeIfAbsent(answer, a -> new long[6]);
            c[0]++;
            c[1] += l.withdrawn() ? 1 : 0;
            c[2] += l.achieved() ? 1 : 0;
            c[3] += l.complained() ? 1 : 0;
            c[4] += unfair.contains(l.id()) ? 1 : 0;
            c[5] += bullying.contains(l.id()) ? 1 : 0;
        }
        return counts;
    }
}
