package waypoint.organisation.internal.learner;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import jakarta.validation.Validator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.identity.CurrentUser;
import waypoint.organisation.internal.DetailsCheck;
import waypoint.organisation.internal.Text;
import waypoint.organisation.internal.Viewer;
import waypoint.organisation.internal.Viewers;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.audit.SensitiveRecordViewed;

/**
 * The learner's sensitive declarations: only administrators and the learner's tutor see or change them (see
 * {@link LearnerPolicy}), every view is reported for the audit trail, and change summaries hold no answers.
 */
@Service
public class DeclarationService {

    private static final String WHAT = "learning difficulty, disability and health declaration and equality answers";

    private final LearnerService learners;
    private final LearnerPolicy policy;
    private final Viewers viewers;
    private final JdbcClient jdbc;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeclarationService(LearnerService learners, LearnerPolicy policy, Viewers viewers, JdbcClient jdbc,
            Validator validator, ApplicationEventPublisher events, Clock clock) {
        this.learners = learners;
        this.policy = policy;
        this.viewers = viewers;
        this.jdbc = jdbc;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the person may see the declarations (so a page knows whether to offer the link). */
    @Transactional(readOnly = true)
    public boolean maySee(CurrentUser user, UUID learnerId) {
        Viewer viewer = viewers.of(user);
        return policy.canSeeDeclarations(viewer, learners.worksWithVisible(viewer, learnerId));
    }

    @Transactional
    public DeclarationDetails view(CurrentUser user, UUID learnerId) {
        requireSee(user, learnerId);
        DeclarationDetails details = read(learnerId);
        events.publishEvent(new SensitiveRecordViewed("Learner", learnerId.toString(), WHAT));
        return details;
    }

    @Transactional
    public void change(CurrentUser user, UUID learnerId, DeclarationDetails details) {
        change(user, learnerId, details, null);
    }

    /**
     * A change with the reason for it, kept in the audit trail with the change (docs/domain/retention.md,
     * "Rectification"); the reason is optional here, since a first recording needs none.
     */
    @Transactional
    public void change(CurrentUser user, UUID learnerId, DeclarationDetails details, String reason) {
        requireSee(user, learnerId);
        if (reason != null && reason.strip().length() > 2000) {
            throw new waypoint.shared.web.FieldValidationException("reason",
                    "The reason must be 2,000 characters or fewer");
        }
        write(learnerId, details, reason == null || reason.isBlank() ? null : reason.strip());
    }

    /** For the system (demo data, imports): the same checks as a person's change. */
    @Transactional
    public void record(UUID learnerId, DeclarationDetails details) {
        write(learnerId, details, null);
    }

    private void write(UUID learnerId, DeclarationDetails details, String reason) {
        DetailsCheck.of(validator, details).throwIfInvalid();
        boolean existed = !read(learnerId).equals(DeclarationDetails.none());
        jdbc.sql("""
                INSERT INTO learner_declaration (learner_id, health_declaration, health_details, ethnicity, sex,
                                                 religion, sexual_orientation, updated_at)
                VALUES (:id, :health, :details, :ethnicity, :sex, :religion, :orientation, :now)
                ON CONFLICT (learner_id) DO UPDATE SET health_declaration = excluded.health_declaration,
                    health_details = excluded.health_details, ethnicity = excluded.ethnicity, sex = excluded.sex,
                    religion = excluded.religion, sexual_orientation = excluded.sexual_orientation,
                    updated_at = excluded.updated_at""")
                .param("id", learnerId).param("health", name(details.healthDeclaration()))
                .param("details", Text.clean(details.healthDetails())).param("ethnicity", name(details.ethnicity()))
                .param("sex", name(details.sex())).param("religion", name(details.religion()))
                .param("orientation", name(details.sexualOrientation()))
                .param("now", Timestamp.from(clock.instant())).update();
        events.publishEvent(RecordChanged.corrected("LearnerDeclaration", learnerId,
                existed ? "declarations recorded" : "no declarations", "declarations recorded (values not logged)",
                reason));
    }

    private void requireSee(CurrentUser user, UUID learnerId) {
        Viewer viewer = viewers.of(user);
        if (!policy.canSeeDeclarations(viewer, learners.worksWithVisible(viewer, learnerId))) {
            throw new AccessDeniedException("Only administrators and the learner's tutor see the declarations");
        }
    }

    DeclarationDetails read(UUID learnerId) {
        return jdbc.sql("SELECT * FROM learner_declaration WHERE learner_id = :id").param("id", learnerId)
                .query((rs, n) -> new DeclarationDetails(
                        value(Declarations.HealthDeclaration.class, rs.getString("health_declaration")),
                        rs.getString("health_details"),
                        value(Declarations.Ethnicity.class, rs.getString("ethnicity")),
                        value(Declarations.Sex.class, rs.getString("sex")),
                        value(Declarations.Religion.class, rs.getString("religion")),
                        value(Declarations.SexualOrientation.class, rs.getString("sexual_orientation"))))
                .optional().orElse(DeclarationDetails.none());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
