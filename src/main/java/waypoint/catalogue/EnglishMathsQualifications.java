package waypoint.catalogue;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

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

/**
 * The English and maths qualifications the provider delivers, each recorded once by an administrator with its learning
 * aim reference (docs/domain/english-and-maths-aims.md). Staff read the list (to choose one for an apprentice); other
 * modules read it here, unauthorised, as reference data.
 */
@Service
public class EnglishMathsQualifications {

    /**
     * A learning aim reference as the official field definition rules take it ({@code FD_LearnAimRef_AL},
     * {@code FD_LearnAimRef_AP}): letters and digits, at most 8; LARS gives 8, like 60347248 or 5010987X.
     */
    static final String LEARN_AIM_REF = "[A-Z0-9]{1,8}";

    private final JdbcClient jdbc;
    private final CataloguePolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EnglishMathsQualifications(JdbcClient jdbc, CataloguePolicy policy, ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    /** A qualification as typed on the page or sent to the API: every field a text, checked here. */
    public record NewQualification(String title, String awardingOrganisation, String subject, String level,
                                   String kind, String learnAimRef) {
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

    /** Records a qualification the provider delivers: administrators; each field checked, the reference once. */
    @Transactional
    public EnglishMathsQualification record(CurrentUser user, NewQualification typed) {
        policy.requireChange(user);
        return insert(typed, user.id());
    }

    /** For the system (the demo provider's list): the same checks. */
    @Transactional
    public EnglishMathsQualification recordForTheSystem(NewQualification typed) {
        return insert(typed, null);
    }

    private EnglishMathsQualification insert(NewQualification typed, UUID by) {
        Map<String, String> errors = new LinkedHashMap<>();
        String title = text(typed.title(), "title", "Enter the qualification's name, like Functional Skills"
                + " qualification in Mathematics at Level 2", errors);
        String awarding = text(typed.awardingOrganisation(), "awardingOrganisation", "Enter the awarding"
                + " organisation, like Pearson Edexcel or City & Guilds", errors);
        Optional<Subject> subject = EnglishMathsQualification.named(Subject.class, typed.subject(), Subject::label);
        if (subject.isEmpty()) {
            errors.put("subject", "Select the subject: English or maths");
        }
        Optional<Level> level = EnglishMathsQualification.named(Level.class, typed.level(), Level::label);
        if (level.isEmpty()) {
            errors.put("level", "Select the level: Entry Level 3, Level 1 or Level 2");
        }
        Optional<Kind> kind = EnglishMathsQualification.named(Kind.class, typed.kind(), Kind::label);
        if (kind.isEmpty()) {
            errors.put("kind", "Select the kind of qualification: Functional Skills or GCSE");
        }
        String ref = EnglishMathsQualification.normalised(typed.learnAimRef());
        if (ref.isEmpty()) {
            errors.put("learnAimRef", "Enter the learning aim reference from the learning aims database, 8 letters"
                    + " and digits like 60347248");
        } else if (!ref.matches(LEARN_AIM_REF)) {
            errors.put("learnAimRef", "The learning aim reference is letters and digits only, at most 8, like"
                    + " 60347248");
        } else if ("ZPROG001".equals(ref)) {
            errors.put("learnAimRef", "ZPROG001 is the apprenticeship's programme aim, not an English or maths"
                    + " qualification: enter the qualification's own learning aim reference");
        } else if (withAimReference(ref).isPresent()) {
            errors.put("learnAimRef", "The learning aim reference " + ref + " is recorded already");
        }
        if (!errors.isEmpty()) {
            throw new CatalogueRuleException(errors);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO english_maths_qualification (id, learn_aim_ref, title, awarding_organisation,
                                                                 subject, level, kind, recorded_at, recorded_by)
                        VALUES (:id, :ref, :title, :awarding, :subject, :level, :kind, :at, :by)""")
                .param("id", id).param("ref", ref).param("title", title).param("awarding", awarding)
                .param("subject", subject.orElseThrow().name()).param("level", level.orElseThrow().name())
                .param("kind", kind.orElseThrow().name()).param("at", Timestamp.from(clock.instant()))
                .param("by", by).update();
        EnglishMathsQualification saved = new EnglishMathsQualification(id, ref, title, awarding, subject.get(),
                level.get(), kind.get());
        events.publishEvent(RecordChanged.created("English and maths qualification", id, saved.inWords()));
        return saved;
    }

    private static String text(String typed, String field, String message, Map<String, String> errors) {
        String clean = typed == null ? "" : typed.strip();
        if (clean.isEmpty()) {
            errors.put(field, message);
        } else if (clean.length() > 200) {
            errors.put(field, "Keep it to 200 characters");
        }
        return clean;
    }

    private static EnglishMathsQualification row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new EnglishMathsQualification(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                rs.getString(4), Subject.valueOf(rs.getString(5)), Level.valueOf(rs.getString(6)),
                Kind.valueOf(rs.getString(7)));
    }
}
