package waypoint.admissions.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.catalogue.StandardSummary;
import waypoint.catalogue.Standards;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.NewApprenticeship;
import waypoint.enrolment.OnboardingImport;
import waypoint.identity.AccountStatus;
import waypoint.identity.CurrentUser;
import waypoint.identity.Invitations;
import waypoint.identity.UserAccounts;
import waypoint.organisation.ContactDetails;
import waypoint.organisation.EmployerDetails;
import waypoint.organisation.Funding;
import waypoint.organisation.LearnerDetails;
import waypoint.organisation.LearnerId;
import waypoint.organisation.Learners;
import waypoint.organisation.OrganisationImport;
import waypoint.shared.NotFoundException;
import waypoint.shared.messaging.EmailRequested;
import waypoint.shared.time.GovUkDates;
import waypoint.shared.web.FieldValidationException;
import waypoint.organisation.EmployerId;
import waypoint.organisation.StaffMemberId;

/**
 * The admissions commands (docs/domain/admissions.md): the public forms' enquiries and applications, each step of
 * triage, and the acceptance that turns an application into a learner and an apprenticeship in onboarding. Each
 * authorises through {@link AdmissionsPolicy}, changes the aggregate, saves it, and asks for the emails.
 */
@Service
public class Admissions {

    private final AdmissionsStore store;
    private final AdmissionsPolicy policy;
    private final StaffDirectory staff;
    private final Standards standards;
    private final OrganisationImport organisation;
    private final Learners learners;
    private final UserAccounts accounts;
    private final Invitations invitations;
    private final ApprenticeshipImport apprenticeships;
    private final OnboardingImport onboarding;
    private final Cohorts cohorts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Admissions(AdmissionsStore store, AdmissionsPolicy policy, StaffDirectory staff, Standards standards,
            OrganisationImport organisation, Learners learners, UserAccounts accounts, Invitations invitations,
            ApprenticeshipImport apprenticeships, OnboardingImport onboarding, Cohorts cohorts,
            ApplicationEventPublisher events, Clock clock) {
        this.cohorts = cohorts;
        this.onboarding = onboarding;
        this.store = store;
        this.policy = policy;
        this.staff = staff;
        this.standards = standards;
        this.organisation = organisation;
        this.learners = learners;
        this.accounts = accounts;
        this.invitations = invitations;
        this.apprenticeships = apprenticeships;
        this.events = events;
        this.clock = clock;
    }

    /**
     * An enquiry from the public form. One held back as spam (the hidden field was filled in) is kept apart and
     * sends no email; the person sees the same confirmation either way.
     */
    @Transactional
    public Admission enquire(UUID courseId, PersonDetails person, boolean spam) {
        Course course = store.course(courseId).filter(Course::published)
                .orElseThrow(() -> new FieldValidationException("courseId", "Select the course you are asking about"));
        Admission enquiry = Admission.enquiry(store.nextReference(Admission.Kind.ENQUIRY), course.id(), person, spam,
                clock.instant());
        store.save(enquiry);
        if (!spam) {
            confirm(enquiry, "We have your enquiry", "Thank you for your enquiry about the " + title(course)
                    + " apprenticeship. Someone from our apprenticeships team will contact you within 5 working days.");
        }
        return enquiry;
    }

    /** An application to join a cohort from the public form (spam as for {@link #enquire}). */
    @Transactional
    public Admission apply(UUID cohortId, PersonDetails person, boolean spam) {
        Cohort cohort = store.cohort(cohortId).orElseThrow(() -> new FieldValidationException("cohortId",
                "Select the cohort you want to join"));
        Course course = store.course(cohort.courseId()).filter(Course::published)
                .orElseThrow(() -> new FieldValidationException("cohortId", "Select the cohort you want to join"));
        if (cohort.startDate().isBefore(LocalDate.now(clock)) || cohort.placesLeft() <= 0) {
            throw new FieldValidationException("cohortId", "That cohort is no longer taking applications: select"
                    + " another");
        }
        Admission application = Admission.application(store.nextReference(Admission.Kind.APPLICATION), course.id(),
                cohort.id(), person, spam, clock.instant());
        store.save(application);
        if (!spam) {
            confirm(application, "We have your application", "Thank you for applying for the " + title(course)
                    + " apprenticeship, in the cohort starting " + GovUkDates.date(cohort.startDate())
                    + ". Someone from our apprenticeships team will contact you and your employer about the next"
                    + " steps.");
        }
        return application;
    }

    private void confirm(Admission a, String subject, String text) {
        String body = "Dear " + a.person().givenNames() + ",\n\n" + text + "\n\nYour reference is " + a.reference()
                + ".\n\nIf you did not send this, you can ignore this email.\n";
        events.publishEvent(new EmailRequested("admissions:" + a.id() + ":received", a.person().email(),
                subject + " (" + a.reference() + ")", body));
    }

    /** A triage step other than acceptance, as the state table allows it. */
    @Transactional
    public Admission step(CurrentUser user, UUID id, TriageAction action, String reason) {
        policy.requireTriage(user);
        Admission a = find(id);
        Instant now = clock.instant();
        take(a, action, reason, now);
        store.save(a);
        if (reason != null && !reason.isBlank() && action != TriageAction.FIND_NOT_ELIGIBLE) {
            store.addNote(id, user.id(), user.displayName(), action.label() + ": " + reason.strip(), now);
        }
        return a;
    }

    @Transactional
    public Admission assign(CurrentUser user, UUID id, UUID staffId) {
        policy.requireTriage(user);
        Admission a = find(id);
        if (staffId != null && staff.find(staffId).isEmpty()) {
            throw new FieldValidationException("ownerStaffId", "Select a member of staff");
        }
        a.assignTo(staffId);
        store.save(a);
        return a;
    }

    @Transactional
    public void note(CurrentUser user, UUID id, String body) {
        policy.requireTriage(user);
        find(id);
        if (body == null || body.isBlank()) {
            throw new FieldValidationException("body", "Enter the note");
        }
        if (body.length() > 5000) {
            throw new FieldValidationException("body", "The note must be 5000 characters or fewer");
        }
        store.addNote(id, user.id(), user.displayName(), body.strip(), clock.instant());
    }

    /**
     * What staff give on acceptance that the person could not: the employer's agreement, the planned end and
     * weekly hours, the ULN when the person did not know it, and whether a new employer pays the levy.
     */
    public record Acceptance(String employerAgreedBy, LocalDate employerAgreedOn, LocalDate plannedEndDate,
            BigDecimal weeklyHours, String uln, Funding newEmployerFunding) {
    }

    /** What acceptance made. */
    public record Accepted(UUID learnerId, ApprenticeshipId apprenticeshipId, boolean learnerExisted) {
    }

    /**
     * Accepts an eligible application onto its cohort: the learner (linked when one with the same email exists,
     * otherwise added and invited), the employer and line manager (found by name and email, or added from what was
     * typed), and the apprenticeship in onboarding, recorded through enrolment, whose aggregate checks it. All or
     * nothing.
     */
    @Transactional
    public Accepted accept(CurrentUser user, UUID id, Acceptance in) {
        policy.requireTriage(user);
        return accept(user.id(), user.displayName(), id, in);
    }

    /** For the system (demo data): the same checks and conversion, with no one to authorise. */
    @Transactional
    public Accepted acceptForTheSystem(UUID id, Acceptance in) {
        return accept(SYSTEM, "Waypoint", id, in);
    }

    /** For the system (demo data): a triage step with no one to authorise. */
    @Transactional
    public void stepForTheSystem(UUID id, TriageAction action, String reason) {
        Admission a = find(id);
        Instant now = clock.instant();
        take(a, action, reason, now);
        store.save(a);
    }

    private static void take(Admission a, TriageAction action, String reason, Instant now) {
        switch (action) {
            case CONTACT -> a.contact(now);
            case FIND_ELIGIBLE -> a.findEligible(now);
            case FIND_NOT_ELIGIBLE -> a.findNotEligible(reason, now);
            case WITHDRAW -> a.withdraw(reason, now);
            case REOPEN -> a.reopen(now);
            case ACCEPT -> throw new AdmissionRefused("Accept an application with its employer's agreement");
        }
    }

    /** Who notes and steps are by when the system takes them. */
    static final UUID SYSTEM = new UUID(0, 0);

    private Accepted accept(UUID userId, String userName, UUID id, Acceptance in) {
        Admission a = find(id);
        Cohort cohort = a.cohortId() == null ? null : store.cohort(a.cohortId()).orElse(null);
        Admission.EmployerAgreement agreement = new Admission.EmployerAgreement(
                in.employerAgreedBy() == null ? null : in.employerAgreedBy().strip(), in.employerAgreedOn());
        a.requireAcceptable(cohort, agreement);
        Course course = store.course(a.courseId()).orElseThrow();
        PersonDetails p = a.person();
        Map<String, String> problems = new LinkedHashMap<>();
        if (in.weeklyHours() == null) {
            problems.put("weeklyHours", "Enter the apprentice's weekly working hours");
        }
        String uln = p.uln() != null && !p.uln().isBlank() ? p.uln() : in.uln();
        if (uln == null || uln.isBlank()) {
            problems.put("uln", "Enter the apprentice's ULN: they did not give one");
        }
        var employer = p.employerName() == null ? java.util.Optional.<EmployerId>empty()
                : organisation.findEmployer(p.employerName().strip());
        if (employer.isEmpty() && in.newEmployerFunding() == null) {
            problems.put("newEmployerFunding", "Select whether " + p.employerName()
                    + " pays the apprenticeship levy: they are new to us");
        }
        if (!problems.isEmpty()) {
            throw new FieldValidationException(problems);
        }
        var existing = organisation.findLearner(p.email());
        LearnerId learnerId = existing.orElseGet(() -> organisation.learner(new LearnerDetails(p.givenNames(),
                p.familyName(), p.dateOfBirth(), uln, null, p.email(), p.phone(), null, null, null, p.postcode(), null,
                null)));
        EmployerId employerId = employer.orElseGet(() -> organisation.employer(new EmployerDetails(
                p.employerName().strip(), null, null, null, null, in.newEmployerFunding())));
        UUID lineManagerId = p.lineManagerEmail() == null || p.lineManagerEmail().isBlank() ? null
                : organisation.findContact(p.lineManagerEmail()).orElseGet(() -> organisation.contact(employerId,
                        new ContactDetails(p.lineManagerName(), p.lineManagerEmail(), p.lineManagerPhone())));
        LocalDate plannedEnd = in.plannedEndDate() != null ? in.plannedEndDate()
                : standards.latestSummary(course.standardReference()).flatMap(StandardSummary::typicalDurationMonths)
                        .map(months -> cohort.startDate().plusMonths(months)).orElse(null);
        if (plannedEnd == null) {
            throw new FieldValidationException("plannedEndDate", "Enter the planned end date: the standard gives no"
                    + " typical duration");
        }
        ApprenticeshipId apprenticeshipId = apprenticeships.record(NewApprenticeship.of(learnerId, employerId,
                lineManagerId, course.standardReference(), new StaffMemberId(cohort.tutorStaffId()), cohort.startDate(),
                plannedEnd,
                in.weeklyHours()).withRequestKey("admission:" + a.id()));
        // what the person said they hold goes to the initial assessment, marked as theirs for staff to check
        onboarding.carryOverEnglishAndMaths(apprenticeshipId, p.englishHeld(), p.mathsHeld(),
                "the application " + a.reference());
        a.accept(cohort, agreement, learnerId.value(), apprenticeshipId, clock.instant());
        store.save(a);
        store.save(cohort, clock.instant());
        // the cohort's group sessions still to come, now with this apprentice too
        cohorts.scheduleGroupSessions(cohort);
        store.addNote(a.id(), userId, userName, "Accepted onto " + cohort.name() + ". "
                + p.employerName() + " agreed to the apprenticeship (" + agreement.agreedBy() + ", "
                + GovUkDates.date(agreement.agreedOn()) + ").", clock.instant());
        if (existing.isEmpty()) {
            learners.find(learnerId).map(l -> l.accountId())
                    .filter(account -> accounts.find(account).map(s -> s.status() == AccountStatus.INVITED)
                            .orElse(false))
                    .ifPresent(invitations::invite);
        }
        return new Accepted(learnerId.value(), apprenticeshipId, existing.isPresent());
    }

    /** Whether an employer of that name is recorded (acceptance then asks nothing about it). */
    public boolean employerKnown(String name) {
        return name != null && organisation.findEmployer(name.strip()).isPresent();
    }

    public Admission find(UUID id) {
        return store.admission(id).orElseThrow(() -> new NotFoundException("Enquiry or application"));
    }

    private String title(Course course) {
        return standards.latestSummary(course.standardReference()).map(StandardSummary::title)
                .orElse(course.standardReference());
    }
}
