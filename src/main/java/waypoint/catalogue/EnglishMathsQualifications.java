package waypoint.catalogue;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.catalogue.EnglishMathsQualification.Kind;
import waypoint.catalogue.EnglishMathsQualification.Level;
import waypoint.catalogue.EnglishMathsQualification.Subject;
import waypoint.catalogue.internal.CataloguePolicy;
import waypoint.catalogue.internal.CatalogueRuleException;
import waypoint.identity.CurrentUser;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.validation.OneOf;

/**
 * The English and maths qualifications the provider delivers, each recorded once by an administrator with its learning
 * aim reference (docs/domain/english-and-maths-aims.md). Staff read the list (to choose one for an apprentice); other
 * modules read it here, unauthorised, as reference data.
 */
@Service
public class EnglishMathsQualifications {

    private final JdbcClient jdbc;
    private final CataloguePolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Validator validator;

    EnglishMathsQualifications(JdbcClient jdbc, CataloguePolicy policy, ApplicationEventPublisher events,
            Clock clock, Validator validator) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
        this.validator = validator;
    }

    /**
     * A qualification as typed on the page or sent to the API: every field a text, with what each must hold. The
     * choices are the names of the subjects, levels and kinds (ENGLISH, LEVEL_2, FUNCTIONAL_SKILLS). A learning aim
     * reference is letters and digits, at most 8, as the official field definition rules take it
     * ({@code FD_LearnAimRef_AL}, {@code FD_LearnAimRef_AP}; LARS gives 8, like 60347248 or 5010987X); spaces in it
     * are dropped and its letters read as capitals.
     */
    public record NewQualification(
            @NotBlank(message = "Enter the qualification's name, like Functional Skills qualification in Mathematics"
                    + " at Level 2")
            @Size(max = 200, message = "The qualification's name must be 200 characters or fewer") String title,
            @NotBlank(message = "Enter the awarding organisation, like Pearson Edexcel or City & Guilds")
            @Size(max = 200, message = "The awarding organisation must be 200 characters or fewer")
            String awardingOrganisation,
            @NotBlank(message = NewQualification.SUBJECT)
            @OneOf(value = Subject.class, message = NewQualification.SUBJECT) String subject,
            @NotBlank(message = NewQualification.LEVEL) @OneOf(value = Level.class, message = NewQualification.LEVEL)
            String level,
            @NotBlank(message = NewQualification.KIND) @OneOf(value = Kind.class, message = NewQualification.KIND)
            String kind,
            @NotBlank(message = "Enter the learning aim reference from the learning aims database, 8 letters and"
                    + " digits like 60347248")
            @Pattern(regexp = "(\\s*[A-Za-z0-9]){1,8}\\s*", message = "The learning aim reference is letters and"
                    + " digits only, at most 8, like 60347248") String learnAimRef) {

        static final String SUBJECT = "Select the subject: English or maths";
        static final String LEVEL = "Select the level: Entry Level 3, Level 1 or Level 2";
        static final String KIND = "Select the kind of qualification: Functional Skills or GCSE";

        String reference() {
            return EnglishMathsQualification.normalised(learnAimRef);
        }
    }

    /** The list for a member of staff, English first, then by level and name. */
    @Transactional(readOnly = true)
    public List<EnglishMathsQualification> list(CurrentUser user) {
        policy.requireView(user);
        return all();
    }

    /** Every qualification recorded, for the modules that read it (reference data: not authorised here). */
    @Transactional(readOnly = true)
    public List<EnglishMathsQualification> all() {
        return jdbc.sql("""
                        SELECT id, learn_aim_ref, title, awarding_organisation, subject, level, kind
                        FROM english_maths_qualification ORDER BY subject, level, title, learn_aim_ref""")
                .query((rs, n) -> row(rs)).list();
    }

    @Transactional(readOnly = true)
    public Optional<EnglishMathsQualification> find(UUID id) {
        return jdbc.sql("""
                        SELECT id, learn_aim_ref, title, awarding_organisation, subject, level, kind
                        FROM english_maths_qualification WHERE id = :id""")
                .param("id", id).query((rs, n) -> row(rs)).optional();
    }

    /** The qualification of a learning aim reference, as an ILR file gives it. */
    @Transactional(readOnly = true)
    public Optional<EnglishMathsQualification> withAimReference(String learnAimRef) {
        return jdbc.sql("""
                        SELECT id, learn_aim_ref, title, awarding_organisation, subject, level, kind
                        FROM english_maths_qualification WHERE learn_aim_ref = :ref""")
                .param("ref", EnglishMathsQualification.normalised(learnAimRef)).query((rs, n) -> row(rs)).optional();
    }

    /**
     * Records a qualification the provider delivers: administrators, with what was typed checked on the form
     * ({@link NewQualification}'s constraints); the reference once.
     */
    @Transactional
    public EnglishMathsQualification record(CurrentUser user, NewQualification typed) {
        policy.requireChange(user);
        return insert(typed, user.id());
    }

    /** For the system (the demo provider's list): a qualification as a form would send it, checked the same way. */
    @Transactional
    public EnglishMathsQualification recordForTheSystem(NewQualification typed) {
        Set<ConstraintViolation<NewQualification>> wrong = validator.validate(typed);
        if (!wrong.isEmpty()) {
            throw new IllegalArgumentException("Not a qualification a form would send: " + wrong.iterator().next()
                    .getMessage());
        }
        return insert(typed, null);
    }

    /** The list's own rules: the reference is not the programme aim, and names a qualification not recorded yet. */
    private EnglishMathsQualification insert(NewQualification typed, UUID by) {
        String ref = typed.reference();
        if ("ZPROG001".equals(ref)) {
            throw new CatalogueRuleException("learnAimRef", "ZPROG001 is the apprenticeship's programme aim, not an"
                    + " English or maths qualification: enter the qualification's own learning aim reference");
        }
        if (withAimReference(ref).isPresent()) {
            throw new CatalogueRuleException("learnAimRef", "The learning aim reference " + ref
                    + " is recorded already");
        }
        EnglishMathsQualification saved = new EnglishMathsQualification(UUID.randomUUID(), ref, typed.title().strip(),
                typed.awardingOrganisation().strip(), OneOf.Choices.named(Subject.class, typed.subject()),
                OneOf.Choices.named(Level.class, typed.level()), OneOf.Choices.named(Kind.class, typed.kind()));
        jdbc.sql("""
                        INSERT INTO english_maths_qualification (id, learn_aim_ref, title, awarding_organisation,
                                                                 subject, level, kind, recorded_at, recorded_by)
                        VALUES (:id, :ref, :title, :awarding, :subject, :level, :kind, :at, :by)""")
                .param("id", saved.id()).param("ref", ref).param("title", saved.title())
                .param("awarding", saved.awardingOrganisation()).param("subject", saved.subject().name())
                .param("level", saved.level().name()).param("kind", saved.kind().name())
                .param("at", Timestamp.from(clock.instant())).param("by", by).update();
        events.publishEvent(RecordChanged.created("English and maths qualification", saved.id(), saved.inWords()));
        return saved;
    }

    private static EnglishMathsQualification row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new EnglishMathsQualification(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                rs.getString(4), Subject.valueOf(rs.getString(5)), Level.valueOf(rs.getString(6)),
                Kind.valueOf(rs.getString(7)));
    }
}
