package waypoint.enrolment.internal.apprenticeship;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.catalogue.StandardSummary;
import waypoint.catalogue.Standards;
import waypoint.enrolment.ApprenticeshipCreated;
import waypoint.enrolment.ApprenticeshipFigures;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipStatus;
import waypoint.enrolment.DeliveryModel;
import waypoint.enrolment.NewApprenticeship;
import waypoint.enrolment.NewApprenticeship.Migration;
import waypoint.enrolment.internal.Refusals;
import waypoint.enrolment.internal.apprenticeship.StatusChange.Recorded;
import waypoint.identity.CurrentUser;
import waypoint.organisation.LearnerAccess;
import waypoint.organisation.LearnerAssignedToTutor;
import waypoint.organisation.LearnerId;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.time.GovUkDates;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.ids.TypedId;
import waypoint.shared.money.Money;

/**
 * Recording apprenticeships: a new one (in onboarding) or one brought in from another system at its current
 * status. Checked against the organisation's records, the catalogue and the funding-rule pack of its start date;
 * every problem comes back at once, as field errors named as {@link NewApprenticeship}'s fields.
 */
@Service
public class ApprenticeshipService {

    private static final Money MOST_PRICE = Money.pounds("99999999.99");

    private final ApprenticeshipRepository apprenticeships;
    private final StatusChanges changes;
    private final ApprenticeshipPolicy policy;
    private final ApprenticeshipViewers viewers;
    private final ApprenticeshipRules rules;
    private final Standards standards;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final LearnerAccess learnerAccess;

    ApprenticeshipService(ApprenticeshipRepository apprenticeships, StatusChanges changes, ApprenticeshipPolicy policy,
            ApprenticeshipViewers viewers, ApprenticeshipRules rules, Standards standards, JdbcClient jdbc,
            ApplicationEventPublisher events, Clock clock, LearnerAccess learnerAccess) {
        this.learnerAccess = learnerAccess;
        this.apprenticeships = apprenticeships;
        this.changes = changes;
        this.policy = policy;
        this.viewers = viewers;
        this.rules = rules;
        this.standards = standards;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records an apprenticeship for a member of staff who may (see {@link ApprenticeshipPolicy#canCreate}). A request
     * key seen before from the same person answers the apprenticeship that request made, recording nothing new.
     */
    @Transactional
    public ApprenticeshipId create(CurrentUser user, NewApprenticeship details) {
        boolean learnerOnTheirCaseload = details.learnerId() != null
                && learnerAccess.canView(user, details.learnerId());
        if (!policy.canCreate(viewers.of(user), TypedId.valueOf(details.tutorId()), learnerOnTheirCaseload)) {
            throw new AccessDeniedException("Only managers, and tutors for their own learners, record apprenticeships");
        }
        if (details.requestKey() != null) {
            Optional<UUID> earlier = apprenticeships.findIdByRequest(user.id(), details.requestKey());
            if (earlier.isPresent()) {
                return new ApprenticeshipId(earlier.get());
            }
        }
        return new ApprenticeshipId(record(details, user.id()));
    }

    /** Whether the person may record apprenticeships at all (the pages offer it). */
    @Transactional(readOnly = true)
    public boolean mayCreate(CurrentUser user) {
        return policy.canCreateAny(viewers.of(user));
    }

    /** Whether the person may import learners with their apprenticeships from a file (managers). */
    @Transactional(readOnly = true)
    public boolean mayImport(CurrentUser user) {
        return policy.canImport(viewers.of(user));
    }

    /** The apprenticeship an earlier submission with this key made, if any. */
    @Transactional(readOnly = true)
    public Optional<ApprenticeshipId> madeBy(CurrentUser user, String requestKey) {
        return requestKey == null ? Optional.empty()
                : apprenticeships.findIdByRequest(user.id(), requestKey).map(ApprenticeshipId::new);
    }

    /**
     * The standards to choose from: for a new start, those whose latest version is open to starts today (a retired
     * version is not offered); for one brought in from another system, every standard.
     */
    @Transactional(readOnly = true)
    public java.util.List<StandardSummary> standardChoices(boolean migrated) {
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        return standards.latestSummaries().stream()
                .filter(s -> migrated || StartingTerms.openToNewStarts(s, today)).toList();
    }

    /** Whether the latest version of the standard takes new starts on that date. */
    @Transactional(readOnly = true)
    public boolean openToNewStarts(String standardReference, java.time.LocalDate start) {
        return standards.latestSummary(standardReference).filter(s -> StartingTerms.openToNewStarts(s, start))
                .isPresent();
    }

    /** For the system (demo data): no one to authorise. */
    @Transactional
    public ApprenticeshipId register(NewApprenticeship details) {
        return new ApprenticeshipId(record(details, null));
    }

    /**
     * For an import the caller has authorised (an ILR file brought in by an administrator or the data officer): the
     * same checks as any apprenticeship, recorded as made by the person importing.
     */
    @Transactional
    ApprenticeshipId importFor(CurrentUser user, NewApprenticeship details) {
        return new ApprenticeshipId(record(details, user.id()));
    }

    /** The rule-pack figures of what would be recorded, or every problem with it as field errors. */
    @Transactional(readOnly = true)
    public ApprenticeshipFigures check(NewApprenticeship details) {
        return checked(details).figures();
    }

    /**
     * The rule-pack figures for a learner on a standard with these dates and hours, or field errors (startDate,
     * plannedEndDate, weeklyHours...): a planned end under the minimum duration names the minimum.
     */
    @Transactional(readOnly = true)
    public ApprenticeshipFigures figuresFor(UUID learnerId, String standardReference, java.time.LocalDate start,
            java.time.LocalDate plannedEnd, BigDecimal weeklyHours) {
        StandardSummary standard = standardReference == null ? null
                : standards.latestSummary(standardReference).orElse(null);
        return rules.figures(learnerId, standard, start, plannedEnd, weeklyHours);
    }

    private record Checked(StandardSummary standard, ApprenticeshipFigures figures) {
    }

    private UUID record(NewApprenticeship details, UUID by) {
        Checked checked = checked(details);
        Recorded recorded = new Recorded(clock.instant(), by);
        Apprenticeship.Terms terms = new Apprenticeship.Terms(TypedId.valueOf(details.learnerId()),
                TypedId.valueOf(details.employerId()), details.lineManagerId(), checked.standard().referenceNumber(),
                checked.standard().version(),
                TypedId.valueOf(details.tutorId()), details.otherStaff().stream()
                        .map(s -> new AssignedStaff(TypedId.valueOf(s.staffId()), s.part())).collect(Collectors.toSet()),
                details.startDate(), details.plannedEndDate(), details.epaPeriodMonths(), details.weeklyHours(),
                details.deliveryModel(), blankToNull(details.deliveryLink()), details.studyDays(),
                details.fundingType(), details.trainingPrice(), details.epaPrice(), details.epaoId());
        Migration migration = details.migration();
        Apprenticeship apprenticeship = migration == null
                ? Apprenticeship.enrol(terms, recorded, details.requestKey())
                : Apprenticeship.migrate(terms, migration.status(), recorded, details.requestKey());
        apprenticeships.save(apprenticeship);
        StatusChange first = migration == null
                ? StatusChange.of(new ApprenticeshipId(apprenticeship.id()), Transition.CREATE, null,
                        ApprenticeshipStatus.ONBOARDING, clock.instant().atZone(clock.getZone()).toLocalDate(),
                        recorded, null)
                : migrated(apprenticeship.id(), migration, recorded);
        changes.add(first);
        events.publishEvent(RecordChanged.created("Apprenticeship", apprenticeship.id(), apprenticeship.summary()));
        events.publishEvent(new ApprenticeshipCreated(new ApprenticeshipId(apprenticeship.id()),
                new LearnerId(apprenticeship.learnerId())));
        announceTutor(apprenticeship);
        return apprenticeship.id();
    }

    /** The apprenticeship's tutor hears of the learner joining their caseload (once per learner and tutor). */
    private void announceTutor(Apprenticeship apprenticeship) {
        jdbc.sql("""
                SELECT l.full_name, s.account_id FROM organisation.learner l
                JOIN organisation.staff_member s ON s.id = :tutor
                WHERE l.id = :learner""")
                .param("tutor", apprenticeship.tutorId()).param("learner", apprenticeship.learnerId())
                .query((rs, n) -> new LearnerAssignedToTutor(new LearnerId(apprenticeship.learnerId()), rs.getString(1),
                        rs.getObject(2, UUID.class)))
                .optional().ifPresent(events::publishEvent);
    }

    private static StatusChange migrated(UUID id, Migration migration, Recorded recorded) {
        StatusChange change = StatusChange.of(new ApprenticeshipId(id), Transition.MIGRATE, null, migration.status(),
                migration.since(), recorded, "Brought in from another system");
        return switch (migration.status()) {
            case BREAK_IN_LEARNING -> change.withBreak(migration.expectedReturnDate(), true, false);
            case WITHDRAWN -> change.withWithdrawal(migration.withdrawalReason());
            default -> change;
        };
    }

    private Checked checked(NewApprenticeship details) {
        Refusals refusals = new Refusals();
        Related related = related(details);
        if (details.learnerId() == null || !related.learner()) {
            refusals.refuse("learnerId", "Select the learner");
        }
        if (details.employerId() == null || !related.employer()) {
            refusals.refuse("employerId", "Select the employer");
        }
        if (details.lineManagerId() != null && !related.lineManagerAtEmployer()) {
            refusals.refuse("lineManagerId", "Select a line manager who works for the employer");
        }
        StandardSummary standard = standard(details, refusals);
        if (standard != null && details.migration() == null && details.startDate() != null
                && !StartingTerms.openToNewStarts(standard, details.startDate())) {
            refusals.refuse("standardReference", StartingTerms.closedMessage(standard));
        }
        if (details.tutorId() == null || !related.tutor()) {
            refusals.refuse("tutorId", "Select a tutor");
        }
        if (related.otherStaffFound() < details.otherStaff().stream().map(s -> s.staffId()).distinct().count()
                || details.otherStaff().stream().anyMatch(s -> s.staffId() == null || s.part() == null)) {
            refusals.refuse("otherStaff", "Select each member of staff and their part");
        }
        if (details.epaPeriodMonths() != null && (details.epaPeriodMonths() < 1 || details.epaPeriodMonths() > 24)) {
            refusals.refuse("epaPeriodMonths", "The end-point assessment period must be from 1 to 24 months");
        }
        if (details.deliveryModel() == DeliveryModel.REMOTE && !isWebAddress(details.deliveryLink())) {
            refusals.refuse("deliveryLink", "Enter the link to the remote sessions, starting https://");
        } else if (details.deliveryLink() != null && !details.deliveryLink().isBlank()
                && !isWebAddress(details.deliveryLink())) {
            refusals.refuse("deliveryLink", "Enter a link starting https://");
        }
        price(details.trainingPrice(), "trainingPrice", "training price", refusals);
        price(details.epaPrice(), "epaPrice", "end-point assessment price", refusals);
        if (details.epaoId() != null && !related.epao()) {
            refusals.refuse("epaoId", "Select the end-point assessment organisation");
        }
        migration(details, refusals);
        ApprenticeshipFigures figures = null;
        try {
            figures = rules.figures(refusals.refused("learnerId") ? null : TypedId.valueOf(details.learnerId()),
                    standard,
                    details.startDate(), details.plannedEndDate(), details.weeklyHours());
        } catch (FieldValidationException wrong) {
            wrong.errors().forEach(refusals::refuse);
        }
        refusals.throwIfAny();
        return new Checked(standard, figures.warning(StartingTerms.priceWarnings(standard, details.trainingPrice(),
                details.epaPrice())));
    }

    private StandardSummary standard(NewApprenticeship details, Refusals refusals) {
        String reference = details.standardReference() == null ? "" : details.standardReference().strip()
                .toUpperCase(java.util.Locale.ROOT);
        if (reference.isEmpty()) {
            refusals.refuse("standardReference", "Select the standard");
            return null;
        }
        Optional<StandardSummary> found = !reference.matches("ST\\d{4}") ? Optional.empty()
                : details.standardVersion() == null || details.standardVersion().isBlank()
                        ? standards.latestSummary(reference)
                        : standards.find(reference, details.standardVersion().strip()).map(s -> s.summary());
        if (found.isEmpty()) {
            refusals.refuse("standardReference", "There is no standard " + reference
                    + (details.standardVersion() == null ? "" : " version " + details.standardVersion())
                    + " in the catalogue");
        }
        return found.orElse(null);
    }

    private static void migration(NewApprenticeship details, Refusals refusals) {
        Migration migration = details.migration();
        if (migration == null) {
            return;
        }
        if (migration.status() == null || migration.status() == ApprenticeshipStatus.ONBOARDING) {
            refusals.refuse("status", "Select the status it has now: a migrated apprenticeship has already started");
        }
        if (migration.since() == null) {
            refusals.refuse("statusDate", "Enter the date it reached this status");
        } else if (details.startDate() != null && migration.since().isBefore(details.startDate())) {
            refusals.refuse("statusDate", "The status date must be on or after the start date");
        }
        if (migration.status() == ApprenticeshipStatus.BREAK_IN_LEARNING && migration.expectedReturnDate() == null) {
            refusals.refuse("expectedReturnDate", "Enter the date the apprentice expects to return");
        } else if (migration.status() == ApprenticeshipStatus.BREAK_IN_LEARNING && migration.since() != null
                && java.time.temporal.ChronoUnit.DAYS.between(migration.since(), migration.expectedReturnDate())
                <= Apprenticeship.SHORTEST_BREAK_DAYS) {
            // the same rule as a break recorded on the page (docs/domain/funding-rules.md, Breaks)
            refusals.refuse("expectedReturnDate", "A break in learning is not for an absence of 4 weeks or less: the"
                    + " expected return must be after " + GovUkDates.date(migration.since().plusDays(
                    Apprenticeship.SHORTEST_BREAK_DAYS)));
        }
        if (migration.status() == ApprenticeshipStatus.WITHDRAWN && migration.withdrawalReason() == null) {
            refusals.refuse("withdrawalReason", "Select the withdrawal reason");
        }
    }

    private static void price(Money price, String field, String words, Refusals refusals) {
        if (price != null && (price.isNegative() || price.isMoreThan(MOST_PRICE))) {
            refusals.refuse(field, "Enter the " + words + " in pounds, like 12000 or 12000.50");
        }
    }

    private static boolean isWebAddress(String link) {
        if (link == null || link.isBlank() || link.length() > 500) {
            return false;
        }
        try {
            URI uri = URI.create(link.strip());
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Which of the records named exist, and belong together, in one query. */
    private record Related(boolean learner, boolean employer, boolean lineManagerAtEmployer, boolean tutor,
            boolean epao, long otherStaffFound) {
    }

    private Related related(NewApprenticeship details) {
        Set<UUID> others = details.otherStaff().stream().map(s -> TypedId.valueOf(s.staffId())).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM organisation.learner WHERE id = :learner) AS learner,
                       EXISTS (SELECT 1 FROM organisation.employer WHERE id = :employer) AS employer,
                       EXISTS (SELECT 1 FROM organisation.employer_contact WHERE id = :manager AND employer_id = :employer)
                           AS manager,
                       EXISTS (SELECT 1 FROM organisation.staff_role WHERE staff_id = :tutor AND role = 'TUTOR') AS tutor,
                       EXISTS (SELECT 1 FROM organisation.epao WHERE id = :epao) AS epao,
                       (SELECT count(*) FROM organisation.staff_member WHERE id IN (:others)) AS others""")
                .param("learner", details.learnerId(), java.sql.Types.OTHER)
                .param("employer", details.employerId(), java.sql.Types.OTHER)
                .param("manager", details.lineManagerId(), java.sql.Types.OTHER)
                .param("tutor", details.tutorId(), java.sql.Types.OTHER)
                .param("epao", details.epaoId(), java.sql.Types.OTHER)
                // an empty IN list is not SQL: a nil id matches no one
                .param("others", others.isEmpty() ? java.util.List.of(new UUID(0, 0)) : java.util.List.copyOf(others))
                .query((rs, n) -> new Related(rs.getBoolean("learner"), rs.getBoolean("employer"),
                        rs.getBoolean("manager"), rs.getBoolean("tutor"), rs.getBoolean("epao"),
                        rs.getLong("others")))
                .single();
    }
}
