package waypoint.portfolio.internal;

import static waypoint.shared.time.GovUkDates.LONDON;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipAccess;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipScope;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.Apprenticeships;
import waypoint.identity.AccountSummary;
import waypoint.identity.Role;
import waypoint.identity.UserAccounts;
import waypoint.identity.CurrentUser;
import waypoint.shared.NotFoundException;

/**
 * Internal quality assurance: a quality assurer samples tutors' assessment decisions and agrees or disagrees, with
 * comments. Only quality staff sample, only decisions on apprenticeships they may see. A disagreement is an action the
 * tutor closes with a response; every sample stays on the record (docs/domain/portfolio.md).
 */
@Service
public class QualitySamples {

    private final JdbcClient jdbc;
    private final PortfolioPolicy policy;
    private final ApprenticeshipAccess access;
    private final Apprenticeships apprenticeships;
    private final UserAccounts accounts;
    private final QualitySampleRepository repository;
    private final Clock clock;

    QualitySamples(JdbcClient jdbc, PortfolioPolicy policy, ApprenticeshipAccess access,
            Apprenticeships apprenticeships, UserAccounts accounts,
            QualitySampleRepository repository, Clock clock) {
        this.jdbc = jdbc;
        this.apprenticeships = apprenticeships;
        this.accounts = accounts;
        this.policy = policy;
        this.access = access;
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * A tutor's decision with every sample of it, oldest first. {@code agrees} is null until sampled and false while
     * any sample disagrees, so a later agreement never hides an earlier disagreement; {@code comments} are the latest.
     */
    public record Decision(UUID id, ApprenticeshipId apprenticeshipId, String learnerName, UUID evidenceId,
            String evidenceTitle, int evidenceNumber, String ksbCode, ClaimDecision decision, String feedback,
            UUID assessorId, String assessorName, Instant decidedAt, Boolean agrees, String comments,
            List<Sample> samples) {

        public java.time.LocalDate decidedOn() {
            return decidedAt.atZone(LONDON).toLocalDate();
        }

        Decision withSamples(List<Sample> all) {
            Boolean allAgree = all.isEmpty() ? null : all.stream().allMatch(Sample::agrees);
            String latest = all.isEmpty() ? null : all.get(all.size() - 1).comments();
            return new Decision(id, apprenticeshipId, learnerName, evidenceId, evidenceTitle, evidenceNumber, ksbCode,
                    decision, feedback, assessorId, assessorName, decidedAt, allAgree, latest, all);
        }
    }

    /**
     * One sample of a decision. A disagreement is an action the tutor closes with their response; until then it is
     * open (docs/domain/portfolio.md, internal quality assurance).
     */
    public record Sample(UUID id, String reviewerName, boolean agrees, String comments, Instant sampledAt,
            Instant closedAt, String closedByName, String response) {

        public boolean open() {
            return !agrees && closedAt == null;
        }

        public java.time.LocalDate sampledOn() {
            return sampledAt.atZone(LONDON).toLocalDate();
        }

        public java.time.LocalDate closedOn() {
            return closedAt == null ? null : closedAt.atZone(LONDON).toLocalDate();
        }
    }

    private static final String SELECT = """
            SELECT d.id, d.apprenticeship_id, l.full_name, d.evidence_id, e.title, d.evidence_number, d.ksb_code,
                   d.decision, d.feedback, d.assessor_id, coalesce(u.display_name, '') AS assessor, d.decided_at
            FROM portfolio_assessment d
                 JOIN portfolio_evidence e ON e.id = d.evidence_id
                 JOIN enrolment.apprenticeship a ON a.id = d.apprenticeship_id
                 JOIN organisation.learner l ON l.id = a.learner_id
                 LEFT JOIN identity.user_account u ON u.id = d.assessor_id
            """;

    /** Decisions the quality assurer may sample, the newest first. */
    public List<Decision> recent(CurrentUser user, int page, int size) {
        ApprenticeshipScope scope = requireSampler(user);
        return withSamples(jdbc.sql(SELECT + " WHERE " + scope.sqlCondition()
                        + " ORDER BY d.decided_at DESC, d.id LIMIT :size OFFSET :offset")
                .params(scope.sqlParameters()).param("size", size).param("offset", (long) page * size)
                .query(QualitySamples::decision).list());
    }

    public long count(CurrentUser user) {
        ApprenticeshipScope scope = requireSampler(user);
        return jdbc.sql("SELECT count(*) FROM portfolio_assessment d JOIN enrolment.apprenticeship a ON a.id = d.apprenticeship_id"
                + " WHERE " + scope.sqlCondition()).params(scope.sqlParameters()).query(Long.class).single();
    }

    /** The decisions on one item, oldest first, with any sample: shown with the evidence to tutor and assurer. */
    public List<Decision> ofEvidence(UUID evidenceId) {
        return withSamples(jdbc.sql(SELECT + " WHERE d.evidence_id = :e ORDER BY d.decided_at, d.id")
                .param("e", evidenceId).query(QualitySamples::decision).list());
    }

    /**
     * A quality assurer samples a decision on an apprenticeship they may see: they agree, or disagree, with their
     * comments (the form has checked both are given).
     */
    @Transactional
    public UUID sample(CurrentUser user, UUID decisionId, boolean agrees, String comments) {
        requireSampler(user);
        Decision decision = decision(user, decisionId).orElseThrow(() -> new NotFoundException("assessment decision"));
        ApprenticeshipSummary a = apprenticeships.find(decision.apprenticeshipId()).orElseThrow();
        QualitySample sample = QualitySample.take(decision, new QualitySample.Person(user.id(), user.displayName()),
                agrees, comments, a.tutorAccountId(),
                accounts.findActiveWithRole(Role.QUALITY).stream().map(AccountSummary::id).toList(), clock.instant());
        repository.save(sample);
        return sample.id();
    }

    private java.util.Optional<Decision> decision(CurrentUser user, UUID decisionId) {
        return jdbc.sql(SELECT + " WHERE d.id = :id").param("id", decisionId).query(QualitySamples::decision)
                .optional().filter(d -> access.canView(user, d.apprenticeshipId()));
    }

    /** Disagreements not yet closed on the apprenticeships this person may see, the oldest first. */
    public List<Decision> openDisagreements(CurrentUser user) {
        if (!user.isStaff()) {
            throw new AccessDeniedException("Quality assurance actions are for staff");
        }
        ApprenticeshipScope scope = access.scopeOf(user);
        return withSamples(jdbc.sql(SELECT + " WHERE " + scope.sqlCondition() + " AND EXISTS (SELECT 1 FROM"
                        + " portfolio_iqa_sample s WHERE s.assessment_id = d.id AND NOT s.agrees AND s.closed_at IS NULL)"
                        + " ORDER BY d.decided_at, d.id LIMIT 200")
                .params(scope.sqlParameters()).query(QualitySamples::decision).list());
    }

    /**
     * The tutor closes a disagreement with their response (what they changed or why the decision stands); the quality
     * assurer who raised it is told. The assessor or staff who manage the apprenticeship close it.
     */
    @Transactional
    public void close(CurrentUser user, UUID sampleId, String response) {
        QualitySample.Row row = repository.find(sampleId)
                .orElseThrow(() -> new NotFoundException("quality assurance sample"));
        Decision d = decision(user, row.decisionId())
                .orElseThrow(() -> new NotFoundException("quality assurance sample"));
        ApprenticeshipSummary a = apprenticeships.find(d.apprenticeshipId()).orElseThrow();
        if (!user.id().equals(d.assessorId()) && !policy.mayAssess(user, a)) {
            throw new AccessDeniedException("The tutor who made the decision closes the disagreement");
        }
        QualitySample sample = QualitySample.of(row, d);
        sample.close(new QualitySample.Person(user.id(), user.displayName()), response, clock.instant());
        repository.save(sample);
    }

    private List<Decision> withSamples(List<Decision> decisions) {
        if (decisions.isEmpty()) {
            return decisions;
        }
        record Row(UUID decisionId, UUID id, UUID reviewer, boolean agrees, String comments, Instant at,
                Instant closedAt, UUID closedBy, String response) {
        }
        List<Row> rows = jdbc.sql("SELECT assessment_id, id, reviewer_id, agrees, comments, sampled_at, closed_at,"
                        + " closed_by, response FROM portfolio_iqa_sample WHERE assessment_id = ANY(:ids)"
                        + " ORDER BY sampled_at, id")
                .param("ids", decisions.stream().map(Decision::id).toArray(UUID[]::new))
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getBoolean(4), rs.getString(5), rs.getTimestamp(6).toInstant(),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant(), rs.getObject(8, UUID.class),
                        rs.getString(9))).list();
        Set<UUID> people = new HashSet<>();
        rows.forEach(r -> {
            people.add(r.reviewer());
            if (r.closedBy() != null) {
                people.add(r.closedBy());
            }
        });
        Map<UUID, String> names = new HashMap<>();
        accounts.findAll(people).forEach(p -> names.put(p.id(), p.displayName()));
        Map<UUID, List<Sample>> byDecision = new HashMap<>();
        rows.forEach(r -> byDecision.computeIfAbsent(r.decisionId(), k -> new ArrayList<>()).add(new Sample(r.id(),
                names.getOrDefault(r.reviewer(), ""), r.agrees(), r.comments(), r.at(), r.closedAt(),
                r.closedBy() == null ? null : names.getOrDefault(r.closedBy(), ""), r.response())));
        return decisions.stream().map(d -> d.withSamples(byDecision.getOrDefault(d.id(), List.of()))).toList();
    }

    /** Only quality staff sample decisions: anyone else is refused before anything they sent is read. */
    public ApprenticeshipScope requireSampler(CurrentUser user) {
        if (!policy.maySample(user)) {
            throw new AccessDeniedException("Internal quality assurance is for quality staff");
        }
        return access.scopeOf(user);
    }

    private static Decision decision(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Decision(rs.getObject("id", UUID.class),
                new ApprenticeshipId(rs.getObject("apprenticeship_id", UUID.class)),
                rs.getString("full_name"), rs.getObject("evidence_id", UUID.class), rs.getString("title"),
                rs.getInt("evidence_number"), rs.getString("ksb_code"), ClaimDecision.valueOf(rs.getString("decision")),
                rs.getString("feedback"), rs.getObject("assessor_id", UUID.class), rs.getString("assessor"),
                rs.getTimestamp("decided_at").toInstant(), null, null, List.of());
    }
}
