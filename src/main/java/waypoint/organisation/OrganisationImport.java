package waypoint.organisation;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import waypoint.identity.Role;
import waypoint.organisation.internal.employer.ContactService;
import waypoint.organisation.internal.employer.EmployerService;
import waypoint.organisation.internal.epao.EpaoService;
import waypoint.organisation.internal.learner.DeclarationDetails;
import waypoint.organisation.internal.learner.DeclarationService;
import waypoint.organisation.internal.learner.Declarations;
import waypoint.organisation.internal.learner.IlrDetailsService;
import waypoint.organisation.internal.learner.LearnerService;
import waypoint.organisation.internal.provider.ProviderService;
import waypoint.organisation.internal.staff.StaffService;

/**
 * Records loaded by the system rather than entered by a person: demo data now, imports later. The details are
 * checked as on the forms (an invalid one throws), but no one is asked for permission and no invitations are sent;
 * a person who already has an account (such as a demo login) is linked to their new record by email. The find
 * methods let a loader add only what is not already there.
 */
@Service
public class OrganisationImport {

    private final ProviderService provider;
    private final ProviderProfile profile;
    private final EmployerService employers;
    private final ContactService contacts;
    private final EpaoService epaos;
    private final StaffService staff;
    private final LearnerService learners;
    private final DeclarationService declarations;
    private final IlrDetailsService ilr;
    private final JdbcClient jdbc;

    /** An employer with a contact, and a tutor, that the provider has recorded. */
    public record ImportExample(String employerName, String contactEmail, String tutorEmail) {
    }

    OrganisationImport(ProviderService provider, ProviderProfile profile, EmployerService employers, ContactService contacts,
            EpaoService epaos, StaffService staff, LearnerService learners, JdbcClient jdbc,
            DeclarationService declarations, IlrDetailsService ilr) {
        this.declarations = declarations;
        this.ilr = ilr;
        this.provider = provider;
        this.profile = profile;
        this.employers = employers;
        this.contacts = contacts;
        this.epaos = epaos;
        this.staff = staff;
        this.learners = learners;
        this.jdbc = jdbc;
    }

    public void provider(ProviderDetails details) {
        provider.save(details);
    }

    /** Names staff roles as the provider does (a blank title keeps the role's standard one). */
    public void jobTitles(Map<Role, String> titles) {
        provider.saveJobTitles(titles);
    }

    public boolean hasProvider() {
        return profile.details().isPresent();
    }

    public EmployerId employer(EmployerDetails details) {
        return employers.register(details);
    }

    public UUID contact(EmployerId employerId, ContactDetails details) {
        return contacts.register(employerId, details);
    }

    public UUID epao(EpaoDetails details) {
        return epaos.register(details);
    }

    public StaffMemberId staff(StaffDetails details) {
        return new StaffMemberId(staff.register(details));
    }

    public LearnerId learner(LearnerDetails details) {
        return new LearnerId(learners.register(details));
    }

    /**
     * A learner's answers the ILR needs (docs/domain/ilr.md, "The learner's facts"): their sex, ethnic group (the
     * ILR code, 31 to 47, 98 or 99) and whether they have a learning difficulty, disability or health problem go to
     * their declarations, the one place each is kept; the rest to their ILR details.
     */
    public void learnerIlrFacts(LearnerId learnerId, IlrLists.IlrSex sex, int ethnicity, boolean difficulty,
            IlrDetails details) {
        declarations.record(learnerId, new DeclarationDetails(
                difficulty ? Declarations.HealthDeclaration.YES : Declarations.HealthDeclaration.NO, null,
                Declarations.Ethnicity.valueOf("E" + ethnicity),
                sex == IlrLists.IlrSex.F ? Declarations.Sex.FEMALE : Declarations.Sex.MALE, null, null));
        ilr.record(learnerId, details);
    }

    /**
     * A learner brought in from another system's ILR file, keeping the learner reference number that system gave them
     * (docs/domain/ilr.md, "The learner's facts"); one another learner has is refused with the rest of what is wrong,
     * as field errors (learnerReference among them).
     */
    public LearnerId learner(LearnerDetails details, String learnerReference) {
        return new LearnerId(learners.register(details, learnerReference));
    }

    /**
     * A learner's facts as an ILR file codes them: sex (F or M), ethnicity (31 to 47, 98, 99) and whether they have a
     * learning difficulty, disability or health problem (1 yes, 2 no, 9 not provided); each may be missing (null) and
     * then stays unanswered. Sex, ethnicity and the declaration go to the declarations; the rest to the ILR details.
     */
    public void learnerIlrFacts(LearnerId learnerId, IlrLists.IlrSex sex, Integer ethnicity, Integer llddHealthProb,
            IlrDetails details) {
        Declarations.HealthDeclaration declared = llddHealthProb == null ? null : switch (llddHealthProb) {
            case 1 -> Declarations.HealthDeclaration.YES;
            case 2 -> Declarations.HealthDeclaration.NO;
            case 9 -> Declarations.HealthDeclaration.NOT_PROVIDED;
            default -> throw new IllegalArgumentException("LLDDHealthProb is 1, 2 or 9");
        };
        declarations.record(learnerId, new DeclarationDetails(declared, null,
                ethnicity == null ? null : Declarations.Ethnicity.valueOf("E" + ethnicity),
                sex == null ? null : sex == IlrLists.IlrSex.F ? Declarations.Sex.FEMALE : Declarations.Sex.MALE,
                null, null));
        ilr.record(learnerId, details);
    }

    /**
     * For a bulk load by COPY (the reference data set, docs/performance.md): a learner's declared answers sealed as
     * the declarations keep them (docs/adr/0012-envelope-encryption-with-tink.md), for the column
     * {@code learner_declaration.answers_enc}; each answer is the stored name of its choice, null when not given.
     */
    public byte[] sealedDeclarations(LearnerId learnerId, DeclaredAnswers.Answers answers) {
        return declarations.sealedForBulkLoad(learnerId, new DeclarationDetails(
                value(Declarations.HealthDeclaration.class, answers.healthDeclaration()), null,
                value(Declarations.Ethnicity.class, answers.ethnicity()),
                value(Declarations.Sex.class, answers.sex()),
                value(Declarations.Religion.class, answers.religion()),
                value(Declarations.SexualOrientation.class, answers.sexualOrientation())));
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    /** Whether an ILR ethnicity code is one the declarations know. */
    public static boolean knownEthnicity(int code) {
        return java.util.Arrays.stream(Declarations.Ethnicity.values()).anyMatch(e -> e.name().equals("E" + code));
    }

    public Optional<LearnerId> findLearnerByReference(String learnerReference) {
        return learners.findByReference(learnerReference).map(LearnerId::new);
    }

    /** The employer with this employer reference number, if recorded. */
    public Optional<EmployerId> findEmployerByReference(String employerReferenceNumber) {
        return employers.findByReferenceNumber(employerReferenceNumber);
    }

    public Optional<EmployerId> findEmployer(String name) {
        return employers.findByName(name);
    }

    public Optional<UUID> findContact(String email) {
        return contacts.findByEmail(email);
    }

    public Optional<UUID> findEpao(String epaoId) {
        return epaos.findByEpaoId(epaoId);
    }

    public Optional<StaffMemberId> findStaff(String email) {
        return staff.findByEmail(email).map(StaffMemberId::new);
    }

    public Optional<LearnerId> findLearner(String email) {
        return learners.findByEmail(email).map(LearnerId::new);
    }

    /**
     * The first employer (by name) with a contact, and the first tutor, so an import template's example row names
     * records this provider has and imports as it stands; empty until there are both.
     */
    public Optional<ImportExample> importExample() {
        return jdbc.sql("""
                SELECT e.name AS employer, c.email AS contact,
                       (SELECT s.email FROM staff_member s JOIN staff_role r ON r.staff_id = s.id AND r.role = 'TUTOR'
                        ORDER BY lower(s.name), s.id LIMIT 1) AS tutor
                FROM employer e JOIN employer_contact c ON c.employer_id = e.id
                ORDER BY lower(e.name), e.id, lower(c.name), c.id LIMIT 1""")
                .query((rs, n) -> new ImportExample(rs.getString("employer"), rs.getString("contact"),
                        rs.getString("tutor")))
                .optional().filter(e -> e.tutorEmail() != null);
    }
}
