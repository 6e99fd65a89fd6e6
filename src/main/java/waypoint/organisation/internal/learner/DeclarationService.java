package waypoint.organisation.internal.learner;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Properties;
import java.util.UUID;

import jakarta.validation.Validator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.identity.CurrentUser;
import waypoint.organisation.LearnerId;
import waypoint.organisation.internal.DetailsCheck;
import waypoint.organisation.internal.Text;
import waypoint.organisation.internal.Viewer;
import waypoint.organisation.internal.Viewers;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.audit.SensitiveRecordViewed;
import waypoint.shared.crypto.FieldCipher;

/**
 * The learner's sensitive declarations: only administrators and the learner's tutor see or change them (see
 * {@link LearnerPolicy}), every view is reported for the audit trail, change summaries hold no answers, and the
 * answers are encrypted in the database ({@link DeclarationCipher}).
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
    private final DeclarationCipher cipher;

    DeclarationService(LearnerService learners, LearnerPolicy policy, Viewers viewers, JdbcClient jdbc,
            Validator validator, ApplicationEventPublisher events, Clock clock, DeclarationCipher cipher) {
        this.cipher = cipher;
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
    public boolean maySee(CurrentUser user, LearnerId learner) {
        Viewer viewer = viewers.of(user);
        return policy.canSeeDeclarations(viewer, learners.worksWithVisible(viewer, learner.value()));
    }

    @Transactional
    public DeclarationDetails view(CurrentUser user, LearnerId learner) {
        UUID learnerId = learner.value();
        requireSee(user, learnerId);
        DeclarationDetails details = read(learnerId);
        events.publishEvent(new SensitiveRecordViewed("Learner", learnerId.toString(), WHAT));
        return details;
    }

    @Transactional
    public void change(CurrentUser user, LearnerId learner, DeclarationDetails details) {
        change(user, learner, details, null);
    }

    /**
     * A change with the reason for it, kept in the audit trail with the change (docs/domain/retention.md,
     * "Rectification"); the reason is optional here, since a first recording needs none.
     */
    @Transactional
    public void change(CurrentUser user, LearnerId learner, DeclarationDetails details, String reason) {
        UUID learnerId = learner.value();
        requireSee(user, learnerId);
        if (reason != null && reason.strip().length() > 2000) {
            throw new waypoint.shared.web.FieldValidationException("reason",
                    "The reason must be 2,000 characters or fewer");
        }
        write(learnerId, details, reason == null || reason.isBlank() ? null : reason.strip());
    }

    /** For the system (demo data, imports): the same checks as a person's change. */
    @Transactional
    public void record(LearnerId learner, DeclarationDetails details) {
        write(learner.value(), details, null);
    }

    private void write(UUID learnerId, DeclarationDetails details, String reason) {
        DetailsCheck.of(validator, details).throwIfInvalid();
        boolean existed = !read(learnerId).equals(DeclarationDetails.none());
        store(learnerId, new DeclarationDetails(details.healthDeclaration(), Text.clean(details.healthDetails()),
                details.ethnicity(), details.sex(), details.religion(), details.sexualOrientation()));
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
                .query((rs, n) -> details(rs)).optional().orElse(DeclarationDetails.none());
    }

    /** Writes the declarations sealed as one value (docs/adr/0012-envelope-encryption-with-tink.md). */
    void store(UUID learnerId, DeclarationDetails details) {
        jdbc.sql("""
                INSERT INTO learner_declaration (learner_id, answers_enc, updated_at)
                VALUES (:id, :answers, :now)
                ON CONFLICT (learner_id) DO UPDATE SET answers_enc = excluded.answers_enc,
                    updated_at = excluded.updated_at""")
                .param("id", learnerId).param("answers", seal(cipher, learnerId, details))
                .param("now", Timestamp.from(clock.instant())).update();
    }

    /** For a bulk load by COPY (the reference data set): the declarations sealed as {@link #store} keeps them. */
    public byte[] sealedForBulkLoad(LearnerId learner, DeclarationDetails details) {
        DetailsCheck.of(validator, details).throwIfInvalid();
        return seal(cipher, learner.value(), details);
    }

    /** The health details forgotten, the answers kept (anonymisation: docs/domain/retention.md). */
    void forgetHealthDetails(UUID learnerId) {
        DeclarationDetails d = read(learnerId);
        if (d.healthDetails() != null) {
            store(learnerId, new DeclarationDetails(d.healthDeclaration(), null, d.ethnicity(), d.sex(), d.religion(),
                    d.sexualOrientation()));
        }
    }

    /** The declarations of a row of learner_declaration, opened. */
    DeclarationDetails details(java.sql.ResultSet rs) throws java.sql.SQLException {
        byte[] sealed = rs.getBytes("answers_enc");
        return sealed == null ? DeclarationDetails.none() : unseal(rs.getObject("learner_id", UUID.class), sealed);
    }

    static String context(UUID learnerId) {
        return "learner_declaration:" + learnerId + ":answers";
    }

    /**
     * The declarations as they are kept: all six answers in one value, sealed with a data key of its own and bound to
     * the learner; also used to seal the plain answers an older release left before their columns are dropped
     * ({@link PlainDeclarationsSealed}).
     */
    static byte[] seal(FieldCipher cipher, UUID learnerId, DeclarationDetails d) {
        Properties answers = new Properties();
        put(answers, "health_declaration", name(d.healthDeclaration()));
        put(answers, "health_details", d.healthDetails());
        put(answers, "ethnicity", name(d.ethnicity()));
        put(answers, "sex", name(d.sex()));
        put(answers, "religion", name(d.religion()));
        put(answers, "sexual_orientation", name(d.sexualOrientation()));
        StringWriter text = new StringWriter();
        try {
            answers.store(text, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cipher.encrypt(text.toString(), context(learnerId));
    }

    private DeclarationDetails unseal(UUID learnerId, byte[] sealed) {
        Properties answers = new Properties();
        try {
            answers.load(new StringReader(cipher.decrypt(sealed, context(learnerId))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DeclarationDetails(
                value(Declarations.HealthDeclaration.class, answers.getProperty("health_declaration")),
                answers.getProperty("health_details"),
                value(Declarations.Ethnicity.class, answers.getProperty("ethnicity")),
                value(Declarations.Sex.class, answers.getProperty("sex")),
                value(Declarations.Religion.class, answers.getProperty("religion")),
                value(Declarations.SexualOrientation.class, answers.getProperty("sexual_orientation")));
    }

    private static void put(Properties answers, String key, String value) {
        if (value != null) {
            answers.setProperty(key, value);
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
