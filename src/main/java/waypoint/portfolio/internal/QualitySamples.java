package waypoint.portfolio.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipAccess;
import waypoint.enrolment.ApprenticeshipScope;
import waypoint.identity.CurrentUser;
import waypoint.shared.NotFoundException;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.web.FieldValidationException;

/**
 * Internal quality assurance (issue 6, Evidence 2): a quality assurer samples tutors' assessment decisions and
 * agrees or disagrees, with comments. Only quality staff sample, only decisions on apprenticeships they may see.
 */
@Service
public class QualitySamples {

    private final JdbcClient jdbc;
    private final PortfolioPolicy policy;
    private final ApprenticeshipAccess access;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;

    QualitySamples(JdbcClient jdbc, PortfolioPolicy policy, ApprenticeshipAccess access,
            org.springframework.context.ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    public record Decision(UUID id, UUID apprenticeshipId, String learnerName, UUID evidenceId, String evidenceTitle,
            int evidenceNumber, String ksbCode, ClaimDecision decision, String feedback, String assessorName,
            Instant decidedAt, Boolean agrees, String comments) {

        public java.time.LocalDate decidedOn() {
            return decidedAt.atZone(java.time.ZoneId.of("Europe/London")).toLocalDate();
        }
    }

    private static final String SELECT = """
            SELECT d.id, d.apprenticeship_id, l.full_name, d.evidence_id, e.title, d.evidence_number, d.ksb_code,
                   d.decision, d.feedback, coalesce(u.display_name, '') AS assessor, d.decided_at, s.agrees, s.comments
            FROM portfolio_assessment d
                 JOIN portfolio_evidence e ON e.id = d.evidence_id
                 JOIN apprenticeship a ON a.id = d.apprenticeship_id
                 JOIN learner l ON l.id = a.learner_id
                 LEFT JOIN user_account u ON u.id = d.assessor_id
                 LEFT JOIN LATERAL (SELECT agrees, comments FROM portfolio_iqa_sample x WHERE x.assessment_id = d.id
                                    ORDER BY x.sampled_at DESC LIMIT 1) s ON TRUE
            """;

    /** Decisions the quality assurer may sample, the newest first. */
    public List<Decision> recent(CurrentUser user, int page, int size) {
        ApprenticeshipScope scope = requireSampler(user);
        return jdbc.sql(SELECT + " WHERE " + scope.sqlCondition()
                        + " ORDER BY d.decided_at DESC, d.id LIMIT :size OFFSET :offset")
                .params(scope.sqlParameters()).param("size", size).param("offset", (long) page * size)
                .query(QualitySamples::decision).list();
    }

    public long count(CurrentUser user) {
        ApprenticeshipScope scope = requireSampler(user);
        return jdbc.sql("SELECT count(*) FROM portfolio_assessment d JOIN apprenticeship a ON a.id = d.apprenticeship_id"
                + " WHERE " + scope.sqlCondition()).params(scope.sqlParameters()).query(Long.class).single();
    }

    /** The decisions on one item, oldest first, with any sample: shown with the evidence to tutor and assurer. */
    public List<Decision> ofEvidence(UUID evidenceId) {
        return jdbc.sql(SELECT + " WHERE d.evidence_id = :e ORDER BY d.decided_at, d.id").param("e", evidenceId)
                .query(QualitySamples::decision).list();
    }

    @Transactional
    public UUID sample(CurrentUser user, UUID decisionId, Boolean agrees, String comments) {
        requireSampler(user);
        UUID apprenticeshipId = jdbc.sql("SELECT apprenticeship_id FROM portfolio_assessment WHERE id = :id")
                .param("id", decisionId).query(UUID.class).optional()
                .filter(a -> access.canView(user, a)).orElseThrow(() -> new NotFoundException("assessment decision"));
        Map<String, String> errors = new LinkedHashMap<>();
        if (agrees == null) {
            errors.put("agrees", "Choose whether you agree with the decision");
        }
        if (comments == null || comments.isBlank()) {
            errors.put("comments", "Enter your comments on the decision");
        } else if (comments.length() > 10_000) {
            errors.put("comments", "The comments must be 10,000 characters or fewer");
        }
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO portfolio_iqa_sample (id, assessment_id, reviewer_id, agrees, comments, sampled_at)"
                        + " VALUES (:id, :d, :by, :agrees, :comments, :at)")
                .param("id", id).param("d", decisionId).param("by", user.id()).param("agrees", agrees)
                .param("comments", comments.strip()).param("at", Timestamp.from(clock.instant())).update();
        events.publishEvent(RecordChanged.created("PortfolioQualitySample", id,
                (agrees ? "agrees" : "disagrees") + " with decision " + decisionId + " on " + apprenticeshipId));
        return id;
    }

    private ApprenticeshipScope requireSampler(CurrentUser user) {
        if (!policy.maySample(user)) {
            throw new AccessDeniedException("Internal quality assurance is for quality staff");
        }
        return access.scopeOf(user);
    }

    private static Decision decision(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Decision(rs.getObject("id", UUID.class), rs.getObject("apprenticeship_id", UUID.class),
                rs.getString("full_name"), rs.getObject("evidence_id", UUID.class), rs.getString("title"),
                rs.getInt("evidence_number"), rs.getString("ksb_code"), ClaimDecision.valueOf(rs.getString("decision")),
                rs.getString("feedback"), rs.getString("assessor"), rs.getTimestamp("decided_at").toInstant(),
                (Boolean) rs.getObject("agrees"), rs.getString("comments"));
    }
}
