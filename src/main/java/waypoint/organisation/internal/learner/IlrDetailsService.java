package waypoint.organisation.internal.learner;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Validator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.identity.CurrentUser;
import waypoint.organisation.IlrDetails;
import waypoint.organisation.LearnerId;
import waypoint.organisation.internal.DetailsCheck;
import waypoint.organisation.internal.Viewer;
import waypoint.organisation.internal.Viewers;
import waypoint.organisation.internal.learner.Declarations.HealthDeclaration;
import waypoint.organisation.IlrLists.ContactRestriction;
import waypoint.organisation.IlrLists.LlddCategory;
import waypoint.organisation.IlrLists.PriorLevel;
import waypoint.shared.validation.Format;
import waypoint.shared.NotFoundException;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.audit.SensitiveRecordViewed;
import waypoint.organisation.EmployerId;

/**
 * A learner's ILR facts (docs/domain/ilr.md, "The learner's facts"). They hold the learning difficulty, disability
 * and health problem categories, so they are seen as the declarations are (administrators and the learner's tutor,
 * every view audited) and by the data officer who reports them; administrators and the data officer change them.
 */
@Service
public class IlrDetailsService {

    static final String CATEGORIES_WITHOUT_DECLARATION = "Select kinds of learning difficulty, disability or health "
            + "problem only for a learner who has declared one: their declaration does not say yes";
    static final String MAIN_MISSING = "Select which kind is the main one";
    static final String MAIN_NOT_SELECTED = "The main one must be one of the kinds selected";

    private final LearnerService learners;
    private final LearnerQueries queries;
    private final DeclarationService declarations;
    private final LearnerPolicy policy;
    private final Viewers viewers;
    private final JdbcClient jdbc;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IlrDetailsService(LearnerService learners, LearnerQueries queries, DeclarationService declarations, LearnerPolicy policy,
            Viewers viewers, JdbcClient jdbc, Validator validator, ApplicationEventPublisher events, Clock clock) {
        this.learners = learners;
        this.queries = queries;
        this.declarations = declarations;
        this.policy = policy;
        this.viewers = viewers;
        this.jdbc = jdbc;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the person may see the ILR facts (so a page knows whether to offer the link). */
    @Transactional(readOnly = true)
    public boolean maySee(CurrentUser user, LearnerId learner) {
        UUID learnerId = learner.value();
        Viewer viewer = viewers.of(user);
        return policy.canSeeIlrDetails(viewer, learners.worksWithVisible(viewer, learnerId).tutorId());
    }

    /** Whether the person may change them, and so is told what is missing. */
    @Transactional(readOnly = true)
    public boolean mayChange(CurrentUser user, LearnerId learner) {
        UUID learnerId = learner.value();
        Viewer viewer = viewers.of(user);
        learners.worksWithVisible(viewer, learnerId);
        return policy.canChangeIlrDetails(viewer);
    }

    @Transactional
    public IlrFacts view(CurrentUser user, LearnerId learner) {
        UUID learnerId = learner.value();
        Viewer viewer = viewers.of(user);
        if (!policy.canSeeIlrDetails(viewer, learners.worksWithVisible(viewer, learnerId).tutorId())) {
            throw new AccessDeniedException("Only administrators, the data officer and the learner's tutor see the "
                    + "ILR details");
        }
        IlrFacts facts = facts(learnerId);
        events.publishEvent(new SensitiveRecordViewed("Learner", learnerId.toString(),
                "ILR details, with the kinds of learning difficulty, disability or health problem"));
        return facts;
    }

    /** What the ILR needs of the learner that is not yet captured, in words: no answers are shown, so no audit. */
    @Transactional(readOnly = true)
    public List<IlrFacts.Missing> missing(CurrentUser user, LearnerId learner) {
        if (!mayChange(user, learner)) {
            throw new AccessDeniedException("Only those who may change the learner's record are told what is missing");
        }
        return facts(learner.value()).missing();
    }

    @Transactional
    public void change(CurrentUser user, LearnerId learner, IlrDetails details) {
        if (!mayChange(user, learner)) {
            throw new AccessDeniedException("Only administrators and the data officer change a learner's ILR details");
        }
        record(learner, details);
    }

    /** For the system (demo data, imports): the same checks as a person's change. */
    @Transactional
    public void record(LearnerId learner, IlrDetails details) {
        UUID learnerId = learner.value();
        String reference = reference(learnerId);
        DetailsCheck check = DetailsCheck.of(validator, details);
        if (!details.llddCategories().isEmpty()) {
            if (declarations.read(learnerId).healthDeclaration() != HealthDeclaration.YES) {
                check.reject("llddCategories", CATEGORIES_WITHOUT_DECLARATION);
            } else if (details.mainLlddCategory() == null) {
                check.reject("mainLlddCategory", MAIN_MISSING);
            }
        }
        if (details.mainLlddCategory() != null && !details.llddCategories().contains(details.mainLlddCategory())) {
            check.reject("mainLlddCategory", MAIN_NOT_SELECTED);
        }
        check.throwIfInvalid();
        jdbc.sql("""
                INSERT INTO learner_ilr (learner_id, prior_attainment, postcode_prior, updated_at)
                VALUES (:id, :prior, :postcode, :now)
                ON CONFLICT (learner_id) DO UPDATE SET prior_attainment = excluded.prior_attainment,
                    postcode_prior = excluded.postcode_prior, updated_at = excluded.updated_at""")
                .param("id", learnerId)
                .param("prior", details.priorAttainment() == null ? null : details.priorAttainment().name())
                .param("postcode", Format.POSTCODE.normalise(details.postcodePrior()))
                .param("now", Timestamp.from(clock.instant())).update();
        jdbc.sql("DELETE FROM learner_lldd_category WHERE learner_id = :id").param("id", learnerId).update();
        for (LlddCategory category : details.llddCategories()) {
            jdbc.sql("INSERT INTO learner_lldd_category (learner_id, category, main) VALUES (:id, :category, :main)")
                    .param("id", learnerId).param("category", category.name())
                    .param("main", category == details.mainLlddCategory()).update();
        }
        jdbc.sql("DELETE FROM learner_contact_restriction WHERE learner_id = :id").param("id", learnerId).update();
        for (ContactRestriction restriction : details.contactRestrictions()) {
            jdbc.sql("INSERT INTO learner_contact_restriction (learner_id, restriction) VALUES (:id, :restriction)")
                    .param("id", learnerId).param("restriction", restriction.name()).update();
        }
        events.publishEvent(RecordChanged.updated("LearnerIlrDetails", learnerId, "learner reference " + reference,
                "ILR details recorded (values not logged)"));
    }

    private IlrFacts facts(UUID learnerId) {
        return IlrFacts.of(learnerId, reference(learnerId), declarations.read(learnerId), details(learnerId),
                employerWithoutReference(learnerId));
    }

    /** The employer of the learner's apprenticeship, if it has no employer reference number yet. */
    private UUID employerWithoutReference(UUID learnerId) {
        EmployerId employer = queries.worksWith(learnerId).employerId();
        if (employer == null) {
            return null;
        }
        return jdbc.sql("SELECT id FROM employer WHERE id = :id AND employer_reference_number IS NULL")
                .param("id", employer).query(UUID.class).optional().orElse(null);
    }

    private String reference(UUID learnerId) {
        return jdbc.sql("SELECT learner_reference FROM learner WHERE id = :id").param("id", learnerId)
                .query(String.class).optional().orElseThrow(() -> new NotFoundException("Learner"));
    }

    private IlrDetails details(UUID learnerId) {
        record Row(String prior, String postcode) {
        }
        Row row = jdbc.sql("SELECT prior_attainment, postcode_prior FROM learner_ilr WHERE learner_id = :id")
                .param("id", learnerId).query((rs, n) -> new Row(rs.getString(1), rs.getString(2))).optional()
                .orElse(new Row(null, null));
        Set<LlddCategory> categories = new HashSet<>();
        LlddCategory[] main = {null};
        jdbc.sql("SELECT category, main FROM learner_lldd_category WHERE learner_id = :id").param("id", learnerId)
                .query(rs -> {
                    LlddCategory category = LlddCategory.valueOf(rs.getString("category"));
                    categories.add(category);
                    if (rs.getBoolean("main")) {
                        main[0] = category;
                    }
                });
        Set<ContactRestriction> restrictions = new HashSet<>(jdbc
                .sql("SELECT restriction FROM learner_contact_restriction WHERE learner_id = :id")
                .param("id", learnerId).query((rs, n) -> ContactRestriction.valueOf(rs.getString(1))).list());
        return new IlrDetails(row.prior() == null ? null : PriorLevel.valueOf(row.prior()), row.postcode(),
                categories, main[0], restrictions);
    }
}
