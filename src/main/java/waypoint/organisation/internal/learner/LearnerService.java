package waypoint.organisation.internal.learner;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Validator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.organisation.LearnerDetails;
import waypoint.organisation.LearnerId;
import waypoint.organisation.LearnerScope;
import waypoint.organisation.internal.Address;
import waypoint.organisation.internal.DetailsCheck;
import waypoint.organisation.internal.ListRequest;
import waypoint.organisation.internal.PersonAccounts;
import waypoint.organisation.internal.Text;
import waypoint.organisation.internal.Viewer;
import waypoint.organisation.internal.Viewers;
import waypoint.shared.validation.BirthDate;
import waypoint.shared.validation.Format;
import waypoint.shared.NotFoundException;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.web.PageOf;

/**
 * Learners: every read and change is authorised by the {@link LearnerPolicy}. A learner the person may not see is
 * "not found", never shown; a change they may not make is refused.
 */
@Service
public class LearnerService {

    private static final Set<Role> ROLES = Set.of(Role.LEARNER);
    static final String ULN_IN_USE = "A learner with this ULN is already recorded";

    private final LearnerRepository learners;
    private final LearnerQueries queries;
    private final LearnerPolicy policy;
    private final Viewers viewers;
    private final PersonAccounts accounts;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LearnerService(LearnerRepository learners, LearnerQueries queries, LearnerPolicy policy, Viewers viewers,
            PersonAccounts accounts, Validator validator, ApplicationEventPublisher events, Clock clock) {
        this.learners = learners;
        this.queries = queries;
        this.policy = policy;
        this.viewers = viewers;
        this.accounts = accounts;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
    }

    /** The learners the person may see that match; a learner (who sees only themselves) has no list. */
    @Transactional(readOnly = true)
    public PageOf<LearnerRow> list(CurrentUser user, ListRequest request, LearnerQueries.Filter filter) {
        Viewer viewer = viewers.of(user);
        if (!policy.canList(viewer)) {
            throw new AccessDeniedException("Learners see only their own record");
        }
        return queries.list(policy.scopeOf(viewer), request, filter);
    }

    @Transactional(readOnly = true)
    public LearnerView view(CurrentUser user, LearnerId id) {
        Viewer viewer = viewers.of(user);
        Learner learner = visible(viewer, id.value());
        LearnerView view = queries.view(learner.id()).orElseThrow(() -> new NotFoundException("Learner"));
        return policy.canSeePersonalDetails(viewer) ? view : view.withoutPersonalDetails();
    }

    public boolean maySeePersonalDetails(CurrentUser user) {
        return policy.canSeePersonalDetails(viewers.of(user));
    }

    /**
     * Adds a learner and invites them to set a password. Their employer, line manager and tutor come with their
     * apprenticeship, recorded next (docs/domain/enrolment.md, "Who an apprentice works with").
     */
    @Transactional
    public LearnerId create(CurrentUser user, LearnerDetails details) {
        requireChange(user);
        return new LearnerId(enrol(details, true));
    }

    /** For the system (demo data, imports): links an existing account with the email, and sends no invitation. */
    @Transactional
    public UUID register(LearnerDetails details) {
        return enrol(details, false);
    }

    /** What the ILR allows as a learner reference number: 1 to 12 letters, digits or spaces. */
    private static final java.util.regex.Pattern REFERENCE = java.util.regex.Pattern.compile("[A-Za-z0-9 ]{1,12}");
    static final String REFERENCE_IN_USE = "Another learner in Waypoint already has this learner reference number";

    /**
     * For an import from another system's ILR file: the learner keeps the reference number that system gave them, so
     * the next return matches its last one (docs/domain/ilr.md, "The learner's facts"). A reference number another
     * learner has is refused, with the rest of what is wrong with the details.
     */
    @Transactional
    public UUID register(LearnerDetails details, String learnerReference) {
        String reference = learnerReference == null ? "" : learnerReference;
        DetailsCheck check = DetailsCheck.of(validator, details);
        if (!REFERENCE.matcher(reference).matches() || reference.isBlank()) {
            check.reject("learnerReference", "The learner reference number must be 1 to 12 letters, digits or"
                    + " spaces");
        } else if (learners.findIdByReference(reference).isPresent()) {
            check.reject("learnerReference", REFERENCE_IN_USE);
        }
        try {
            // a learner from another system's file is someone new: an email already someone's account is refused,
            // never linked to theirs
            check(details, null, null, true);
        } catch (waypoint.shared.web.FieldValidationException invalid) {
            invalid.errors().forEach((field, message) -> {
                if (check.isFine(field)) {
                    check.reject(field, message);
                }
            });
        }
        check.throwIfInvalid();
        UUID id = enrol(details, false);
        learners.keepReference(id, reference);
        java.util.regex.Matcher ours = java.util.regex.Pattern.compile("WP(\\d{10})").matcher(reference);
        if (ours.matches()) {
            learners.numberAfter(Long.parseLong(ours.group(1)));
        }
        return id;
    }

    @Transactional(readOnly = true)
    public Optional<UUID> findByReference(String learnerReference) {
        return learnerReference == null ? Optional.empty() : learners.findIdByReference(learnerReference);
    }

    /**
     * Corrects the learner's own details, with the reason for the change, which the audit trail keeps with it
     * (docs/domain/retention.md, "Rectification").
     */
    @Transactional
    public void change(CurrentUser user, LearnerId learnerId, LearnerDetails details, String reason) {
        UUID id = learnerId.value();
        requireChange(user);
        Learner learner = learners.findById(id).orElseThrow(() -> new NotFoundException("Learner"));
        DetailsCheck check = checked(details, learner.accountId(), id, true);
        if (reason == null || reason.isBlank()) {
            check.reject("reason", "Enter the reason for the change, such as what the learner told you");
        } else if (reason.strip().length() > 2000) {
            check.reject("reason", "The reason must be 2,000 characters or fewer");
        }
        check.throwIfInvalid();
        String before = learner.summary();
        learner.change(person(details), address(details));
        accounts.changeDetails(learner.accountId(), learner.person().email(), learner.person().fullName());
        learners.save(learner);
        events.publishEvent(RecordChanged.corrected("Learner", id, before, learner.summary(), reason.strip()));
    }

    @Transactional(readOnly = true)
    public LearnerScope scopeOf(CurrentUser user) {
        return policy.scopeOf(viewers.of(user));
    }

    @Transactional(readOnly = true)
    public boolean mayChange(CurrentUser user) {
        return policy.canChange(viewers.of(user));
    }

    @Transactional(readOnly = true)
    public Optional<UUID> findByEmail(String email) {
        return learners.findByEmail(email).map(Learner::id);
    }

    /** The learner, if the viewer may see them; otherwise "not found", as if there were none. */
    @Transactional(readOnly = true)
    public Learner visible(Viewer viewer, UUID id) {
        return learners.findById(id).filter(learner -> policy.canView(viewer, new LearnerId(id), queries.worksWith(id)))
                .orElseThrow(() -> new NotFoundException("Learner"));
    }

    /** Who the learner works with (from their apprenticeship), if the viewer may see them; else "not found". */
    public WorksWith worksWithVisible(Viewer viewer, UUID id) {
        WorksWith worksWith = queries.worksWith(id);
        if (!learners.existsById(id) || !policy.canView(viewer, new LearnerId(id), worksWith)) {
            throw new NotFoundException("Learner");
        }
        return worksWith;
    }

    /** A person enrolled from a form gets a new account and an invitation; one loaded by the system may have one. */
    private UUID enrol(LearnerDetails details, boolean invite) {
        check(details, null, null, invite);
        String email = Format.EMAIL.normalise(details.email());
        String name = Text.clean(details.givenNames()) + " " + Text.clean(details.familyName());
        UUID account = invite ? accounts.openAndInvite(email, name, ROLES) : accounts.openOrLink(email, name, ROLES);
        Learner learner = learners.save(Learner.enrol(account, person(details), address(details), clock.instant()));
        events.publishEvent(RecordChanged.created("Learner", learner.id(), learner.summary()));
        return learner.id();
    }

    /** Everything wrong with the details at once: formats, dates and duplicates. */
    private void check(LearnerDetails details, UUID ownAccount, UUID self, boolean emailMustBeFree) {
        checked(details, ownAccount, self, emailMustBeFree).throwIfInvalid();
    }

    /** Everything wrong with the details: their constraints, an age, a ULN or an email another learner has. */
    private DetailsCheck checked(LearnerDetails details, UUID ownAccount, UUID self, boolean emailMustBeFree) {
        DetailsCheck check = DetailsCheck.of(validator, details);
        if (details.dateOfBirth() != null) {
            BirthDate.problem(details.dateOfBirth(), LocalDate.now(clock))
                    .ifPresent(problem -> check.reject("dateOfBirth", problem));
        }
        if (check.isFine("uln")) {
            learners.findByUln(Format.ULN.normalise(details.uln())).filter(other -> !other.id().equals(self))
                    .ifPresent(other -> check.reject("uln", ULN_IN_USE));
        }
        if (emailMustBeFree) {
            accounts.checkEmailFree(check, Format.EMAIL.normalise(details.email()), ownAccount);
        }
        return check;
    }

    private void requireChange(CurrentUser user) {
        if (!policy.canChange(viewers.of(user))) {
            throw new AccessDeniedException("Only administrators add or change learners");
        }
    }

    private static Learner.Person person(LearnerDetails details) {
        return new Learner.Person(Text.clean(details.givenNames()), Text.clean(details.familyName()),
                details.dateOfBirth(), Format.ULN.normalise(details.uln()),
                Format.NATIONAL_INSURANCE_NUMBER.normalise(details.niNumber()), Format.EMAIL.normalise(details.email()),
                Format.PHONE.normalise(details.phone()), Text.clean(details.emergencyContactName()),
                Format.PHONE.normalise(details.emergencyContactPhone()));
    }

    private static Address address(LearnerDetails details) {
        return new Address(Text.clean(details.addressLine1()), Text.clean(details.addressLine2()),
                Text.clean(details.town()), Format.POSTCODE.normalise(details.postcode()));
    }
}
