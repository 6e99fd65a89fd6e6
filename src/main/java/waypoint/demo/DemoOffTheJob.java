package waypoint.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.Apprenticeships;
import waypoint.enrolment.BreakInLearning;
import waypoint.enrolment.NewApprenticeship;
import waypoint.enrolment.TrainingPlans;
import waypoint.organisation.LearnerSummary;
import waypoint.organisation.Learners;
import waypoint.organisation.OrganisationImport;
import waypoint.otj.OffTheJobFigures;
import waypoint.otj.OffTheJobHours;
import waypoint.otj.OffTheJobImport;
import waypoint.shared.money.Money;

/**
 * Off-the-job hours for the demo apprenticeships in learning: one keeping up (Ellis), one slightly behind (the demo
 * learner), one behind (Bethany, now on a break); the last two weeks' entries wait for the tutor (and the employer's
 * confirmation), and one entry of the demo learner was rejected. Their standard, ST0116, has no recorded minimum
 * hours for compliance, so their pace warns that the minimum is not known and is never on track; Priya's
 * apprenticeship on ST0499 v1.3, whose minimum is recorded (605 hours), shows one on track. Weekly entries on the
 * study day; added only to apprenticeships with no entries yet.
 */
@Component
class DemoOffTheJob {

    private static final Logger log = LoggerFactory.getLogger(DemoOffTheJob.class);
    private static final String[] ACTIVITIES = {"ONLINE_LEARNING", "THEORY", "ASSIGNMENT_WRITING", "SHADOWING",
            "MENTORING"};

    private final OrganisationImport organisation;
    private final DemoOrganisation people;
    private final Learners learners;
    private final Apprenticeships apprenticeships;
    private final TrainingPlans plans;
    private final OffTheJobImport otj;
    private final Clock clock;
    private final ApprenticeshipImport enrolment;
    private final OffTheJobHours figures;

    /** A learner with no other demo apprenticeship, on the tutor's caseload, on a standard with a recorded minimum. */
    static final String KNOWN_MINIMUM_LEARNER = "priya.patel@learners.test";
    static final String KNOWN_MINIMUM_STANDARD = "ST0499";

    DemoOffTheJob(OrganisationImport organisation, Learners learners, Apprenticeships apprenticeships,
            TrainingPlans plans, OffTheJobImport otj, Clock clock, ApprenticeshipImport enrolment,
            OffTheJobHours figures, DemoOrganisation people) {
        this.people = people;
        this.enrolment = enrolment;
        this.figures = figures;
        this.organisation = organisation;
        this.learners = learners;
        this.apprenticeships = apprenticeships;
        this.plans = plans;
        this.otj = otj;
        this.clock = clock;
    }

    void load() {
        int added = 0;
        added += hours("ellis.evans@learners.test", 1.05, false);
        added += hours(DemoAccounts.LEARNER.email(), 0.82, true);
        added += hours("bethany.barker@learners.test", 0.5, false);
        added += onAStandardWithARecordedMinimum();
        if (added > 0) {
            log.info("Demo data: added {} off-the-job entries", added);
        }
    }

    /**
     * An apprenticeship started five months ago on ST0499 v1.3, whose minimum hours for compliance are recorded, with
     * weekly hours a little ahead of those planned by its rules: on track, with no warning.
     */
    private int onAStandardWithARecordedMinimum() {
        Optional<LearnerSummary> learner = organisation.findLearner(KNOWN_MINIMUM_LEARNER).flatMap(learners::find)
                .filter(l -> apprenticeships.ofLearner(l.id()).isEmpty());
        Optional<DemoOrganisation.Placement> placement = people.placementOf(KNOWN_MINIMUM_LEARNER);
        if (learner.isEmpty() || placement.isEmpty()) {
            return hours(KNOWN_MINIMUM_LEARNER, 1.1, false, null);
        }
        LearnerSummary l = learner.get();
        LocalDate start = LocalDate.now(clock).minusMonths(5).withDayOfMonth(1);
        try {
            DemoOrganisation.Placement p = placement.get();
            // with the prices agreed with the employer and the assessment organisation chosen at the start, as the
            // ILR return needs them (docs/domain/ilr.md)
            UUID id = enrolment.record(new NewApprenticeship(l.id(), p.employer(), p.lineManager(),
                    KNOWN_MINIMUM_STANDARD, null, p.tutor(), List.of(), start, start.plusMonths(30), null,
                    new BigDecimal("37.5"), null, null, java.util.Set.of(), null, Money.pounds("7500.00"),
                    Money.pounds("1500.00"), organisation.findEpao("EPA0901").orElse(null), null, null)).value();
            enrolment.employed(new ApprenticeshipId(id), start.minusYears(1),
                    waypoint.enrolment.EmploymentLists.LengthOfEmployment.MORE_THAN_12_MONTHS);
            enrolment.start(new ApprenticeshipId(id), start);
            BigDecimal planned = figures.of(new ApprenticeshipId(id)).map(OffTheJobFigures::plannedHours).filter(h -> h.signum() > 0)
                    .orElse(null);
            return hours(KNOWN_MINIMUM_LEARNER, 1.1, false, planned);
        } catch (RuntimeException refused) {
            // demo data must never stop the application starting
            log.warn("Demo data: no apprenticeship on {}: {}", KNOWN_MINIMUM_STANDARD, refused.getMessage());
            return 0;
        }
    }

    private int hours(String email, double share, boolean withRejected) {
        return hours(email, share, withRejected, null);
    }

    /**
     * Weekly entries reaching {@code share} of the hours expected to date; the last two weeks left waiting.
     * {@code planned}: the hours planned when there is no training plan (400 when null).
     */
    private int hours(String email, double share, boolean withRejected, BigDecimal plannedWithoutPlan) {
        Optional<ApprenticeshipSummary> found = organisation.findLearner(email).flatMap(learners::find)
                .flatMap(learner -> apprenticeships.ofLearner(learner.id()).stream().findFirst())
                .filter(a -> a.isActive() && a.startDate() != null && !otj.hasEntries(a.id()));
        if (found.isEmpty()) {
            return 0;
        }
        ApprenticeshipSummary a = found.get();
        LocalDate today = LocalDate.now(clock);
        List<BreakInLearning> breaks = apprenticeships.breaksOf(a.id());
        LocalDate last = breaks.stream().filter(BreakInLearning::isOngoing).map(BreakInLearning::startDate)
                .findFirst().orElse(today).minusDays(1);
        if (!last.isAfter(a.startDate().plusDays(14))) {
            return 0;
        }
        BigDecimal planned = plans.plannedOtjHours(a.id())
                .orElse(plannedWithoutPlan == null ? new BigDecimal("400") : plannedWithoutPlan);
        long total = ChronoUnit.DAYS.between(a.startDate(), a.plannedEndDate());
        long elapsed = ChronoUnit.DAYS.between(a.startDate(), last);
        double target = planned.doubleValue() * elapsed / total * share;
        long weeks = Math.max(1, elapsed / 7);
        int minutesPerWeek = (int) Math.min(450, Math.round(target * 60 / weeks / 15) * 15);
        int count = 0;
        for (long week = 0; week < weeks; week++) {
            LocalDate date = a.startDate().plusDays(2 + week * 7);
            if (date.isAfter(last)) {
                break;
            }
            String activity = ACTIVITIES[(int) (week % ACTIVITIES.length)];
            Optional<UUID> id = otj.log(a.id(), "demo-" + a.id() + "-" + week, date, minutesPerWeek, activity,
                    "Week " + (week + 1) + ": " + words(activity), List.of());
            if (id.isEmpty()) {
                continue;
            }
            count++;
            boolean recent = !date.isBefore(last.minusDays(14));
            if (withRejected && week == weeks - 4) {
                otj.reject(id.get(), "NOT_ENOUGH_DETAIL", "Say which topics of the module you covered");
            } else if (!recent) {
                otj.approve(id.get());
            }
        }
        return count;
    }

    private static String words(String activity) {
        return switch (activity) {
            case "ONLINE_LEARNING" -> "online course modules on the standard's knowledge";
            case "THEORY" -> "remote teaching session with the provider";
            case "ASSIGNMENT_WRITING" -> "writing up the assignment";
            case "SHADOWING" -> "shadowing a senior developer on code reviews";
            default -> "mentoring session with the workplace mentor";
        };
    }
}
