package waypoint.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import waypoint.catalogue.Standards;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.ApprenticeshipStatus;
import waypoint.enrolment.Apprenticeships;
import waypoint.enrolment.DeliveryModel;
import waypoint.enrolment.FundingType;
import waypoint.enrolment.EmploymentLists;
import waypoint.enrolment.NewApprenticeship;
import waypoint.enrolment.StaffPart;
import waypoint.enrolment.WithdrawalReason;
import waypoint.organisation.LearnerSummary;
import waypoint.organisation.Learners;
import waypoint.organisation.OrganisationImport;
import waypoint.shared.money.Money;

/**
 * Demo apprenticeships at every stage, dated around today: the demo learner in learning, two in onboarding (for the
 * onboarding pages), one on a break, one withdrawn, one completed, one at gateway, one in end-point assessment and
 * one migrated from another system; past cohorts for the accountability figures; every other demo learner in
 * onboarding. Northgate, the demo employer contact's employer, has several. Each learner gets one only if they have
 * none yet.
 */
@Component
class DemoApprenticeships {

    private static final Logger log = LoggerFactory.getLogger(DemoApprenticeships.class);
    private static final String STANDARD = "ST0116";

    private final OrganisationImport organisation;
    private final DemoOrganisation people;
    private final Learners learners;
    private final Apprenticeships apprenticeships;
    private final ApprenticeshipImport enrolment;
    private final Standards standards;
    private final Clock clock;
    /** How many this start added, for the log. */
    private int added;

    DemoApprenticeships(OrganisationImport organisation, Learners learners, Apprenticeships apprenticeships,
            ApprenticeshipImport enrolment, Standards standards, Clock clock, DemoOrganisation people) {
        this.people = people;
        this.organisation = organisation;
        this.learners = learners;
        this.apprenticeships = apprenticeships;
        this.enrolment = enrolment;
        this.standards = standards;
        this.clock = clock;
    }

    void load() {
        if (standards.latestSummary(STANDARD).isEmpty()) {
            log.warn("Demo data: no demo apprenticeships, since the catalogue has no {} yet", STANDARD);
            return;
        }
        LocalDate today = LocalDate.now(clock);
        added = 0;
        inLearning(DemoAccounts.LEARNER.email(), today.minusDays(150).withDayOfMonth(1));
        onboarding("amir.ahmed@learners.test", today.plusWeeks(3));
        onboarding("hannah.hughes@learners.test", today.plusWeeks(6));
        recorded("bethany.barker@learners.test", today.minusDays(300), 18, (id, start) -> {
            enrolment.start(new ApprenticeshipId(id), start);
            enrolment.breakInLearning(new ApprenticeshipId(id), today.minusDays(40), today.plusDays(50),
                    "Surgery and recovery; the employer has agreed the break");
        });
        recorded("callum.collins@learners.test", today.minusDays(400), 18, (id, start) -> {
            enrolment.start(new ApprenticeshipId(id), start);
            enrolment.withdraw(new ApprenticeshipId(id), today.minusDays(100), WithdrawalReason.OTHER_PERSONAL_REASONS,
                    "Moved abroad with family");
        });
        recorded("demi.doyle@learners.test", today.minusDays(800), 15, (id, start) -> {
            LocalDate end = start.plusMonths(15);
            enrolment.start(new ApprenticeshipId(id), start);
            enrolment.gateway(new ApprenticeshipId(id), end);
            enrolment.endPointAssessment(new ApprenticeshipId(id), end.plusDays(14));
            enrolment.complete(new ApprenticeshipId(id), end.plusDays(70),
                    "Passed the end-point assessment with merit");
        });
        recorded("farah.fletcher@learners.test", today.minusDays(500), 16, (id, start) -> {
            enrolment.start(new ApprenticeshipId(id), start);
            enrolment.gateway(new ApprenticeshipId(id), start.plusMonths(16));
        });
        recorded("george.green@learners.test", today.minusDays(550), 16, (id, start) -> {
            enrolment.start(new ApprenticeshipId(id), start);
            enrolment.gateway(new ApprenticeshipId(id), start.plusMonths(16));
            enrolment.endPointAssessment(new ApprenticeshipId(id), start.plusMonths(16).plusDays(10));
        });
        migrated("ellis.evans@learners.test", today.minusDays(200).withDayOfMonth(1));
        pastCohorts(today);
        if (added > 0) {
            log.info("Demo data: added {} apprenticeships", added);
        }
    }

    /**
     * Apprentices who finished (or did not) in this year and the two before, and two still learning past their
     * planned end, so the accountability figures (docs/domain/accountability.md) have cohorts to count: achieved
     * within 90 days of the planned end, achieved later, withdrawn. Each is 18 months from its start.
     */
    private void pastCohorts(LocalDate today) {
        achieved("wesley.walker@learners.test", today.minusDays(760), today.minusDays(750), today.minusDays(720));
        achieved("umar.usman@learners.test", today.minusDays(800), today.minusDays(700), today.minusDays(650));
        withdrawn("violet.vaughan@learners.test", today.minusDays(1000), today.minusDays(800));
        achieved("tara.turner@learners.test", today.minusDays(400), today.minusDays(395), today.minusDays(350));
        achieved("xanthe.young@learners.test", today.minusDays(380), today.minusDays(380), today.minusDays(330));
        achieved("yusuf.yates@learners.test", today.minusDays(500), today.minusDays(380), today.minusDays(300));
        withdrawn("zara.zaman@learners.test", today.minusDays(700), today.minusDays(500));
        achieved("aled.price@learners.test", today.minusDays(120), today.minusDays(120), today.minusDays(60));
        safely(() -> recorded("bronwen.bennett@learners.test", today.minusDays(200).minusMonths(18), 18,
                (id, start) -> enrolment.start(new ApprenticeshipId(id), start)));
        safely(() -> recorded("caleb.clarke@learners.test", today.minusDays(60).minusMonths(18), 18,
                (id, start) -> enrolment.start(new ApprenticeshipId(id), start)));
    }

    /** Demo data must never stop the application starting: a refused past apprenticeship is left out, and logged. */
    private void safely(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException refused) {
            log.warn("Demo data: a past apprenticeship was not recorded: {}", refused.getMessage());
        }
    }

    private void achieved(String email, LocalDate plannedEnd, LocalDate gateway, LocalDate achieved) {
        safely(() -> recorded(email, plannedEnd.minusMonths(18), 18, (id, start) -> {
            enrolment.start(new ApprenticeshipId(id), start);
            enrolment.gateway(new ApprenticeshipId(id), gateway);
            enrolment.endPointAssessment(new ApprenticeshipId(id), gateway.plusDays(7));
            enrolment.complete(new ApprenticeshipId(id), achieved, "Passed the end-point assessment");
        }));
    }

    private void withdrawn(String email, LocalDate start, LocalDate on) {
        safely(() -> recorded(email, start, 18, (id, begun) -> {
            enrolment.start(new ApprenticeshipId(id), begun);
            enrolment.withdraw(new ApprenticeshipId(id), on, WithdrawalReason.OTHER_PERSONAL_REASONS,
                    "Left to care for a relative");
        }));
    }

    private void inLearning(String email, LocalDate start) {
        recorded(email, start, 18, (id, on) -> {
            enrolment.start(new ApprenticeshipId(id), on);
            // prior learning recognised after the start: a lower training price from two months in, as the ILR dates it
            enrolment.price(new ApprenticeshipId(id), on.plusMonths(2), Money.pounds("13500.00"),
                    Money.pounds("3000.00"),
                    "Prior learning recognised after the initial assessment", null);
            // Northgate pays its share of the price in quarterly instalments: the first paid, the next ones due
            // (the next within a week, so the reminder shows)
            enrolment.paymentInstalment(new ApprenticeshipId(id), on.plusMonths(1), Money.pounds("500.00"),
                    on.plusMonths(1));
            enrolment.paymentInstalment(new ApprenticeshipId(id), LocalDate.now(clock).plusDays(5),
                    Money.pounds("500.00"), null);
            enrolment.paymentInstalment(new ApprenticeshipId(id), LocalDate.now(clock).plusMonths(3),
                    Money.pounds("500.00"), null);
        });
    }

    private void onboarding(String email, LocalDate start) {
        recorded(email, start, 15, (id, on) -> { });
    }

    private void migrated(String email, LocalDate start) {
        learner(email).ifPresent(learner -> {
            UUID id = enrolment.record(details(learner, start, 18).migrated(
                    new NewApprenticeship.Migration(ApprenticeshipStatus.IN_LEARNING, start, null, null))).value();
            // the employment the previous system recorded, entered on the apprenticeship's page once brought in
            enrolment.employed(new ApprenticeshipId(id), start.minusMonths(14),
                    EmploymentLists.LengthOfEmployment.MORE_THAN_12_MONTHS);
        });
    }

    /** Records the learner's apprenticeship from {@code start} for some months, then moves it along. */
    private void recorded(String email, LocalDate start, int months, BiConsumer<UUID, LocalDate> then) {
        learner(email).ifPresent(learner -> {
            UUID id = enrolment.record(details(learner, start, months)).value();
            // in paid employment with their employer for over a year before they start: the ILR needs it
            enrolment.employed(new ApprenticeshipId(id), start.minusMonths(14),
                    EmploymentLists.LengthOfEmployment.MORE_THAN_12_MONTHS);
            smallEmployer(id, learner.email(), start);
            then.accept(id, start);
        });
    }

    /**
     * Brightside and Riverside, which do not pay the levy, are small employers (under 50 staff): recorded with the
     * price agreed at the start, so the 2026 to 2027 payment for small employers shows (docs/domain/funding-rules.md).
     */
    private void smallEmployer(UUID id, String email, LocalDate start) {
        if (people.placementOf(email).map(p -> p.funding() == waypoint.organisation.Funding.NON_LEVY).orElse(false)) {
            enrolment.price(new ApprenticeshipId(id), start, Money.pounds("15000.00"), Money.pounds("3000.00"),
                    "Agreed at the start",
                    true);
        }
    }

    /** The learner, if they are there and have no apprenticeship yet. */
    private Optional<LearnerSummary> learner(String email) {
        Optional<LearnerSummary> found = organisation.findLearner(email).flatMap(learners::find)
                .filter(learner -> apprenticeships.ofLearner(learner.id()).isEmpty());
        found.ifPresent(learner -> added++);
        return found;
    }

    /**
     * Every other demo learner is being onboarded: an apprenticeship recorded with their employer, line manager and
     * tutor, starting in the coming weeks, so that each tutor has a caseload and each employer apprentices (the
     * apprenticeship is the one record of who a learner works with). Runs after the other demo loaders, which take the
     * learners they need first.
     */
    void everyoneElseOnboarding() {
        if (standards.latestSummary(STANDARD).isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        added = 0;
        List<String> emails = people.learnerEmails();
        for (int i = 0; i < emails.size(); i++) {
            LocalDate start = today.plusWeeks(4 + i % 8);
            try {
                onboarding(emails.get(i), start);
            } catch (RuntimeException refused) {
                // demo data must never stop the application starting
                log.warn("Demo data: an onboarding apprenticeship was not recorded: {}", refused.getMessage());
            }
        }
        if (added > 0) {
            log.info("Demo data: added {} apprenticeships in onboarding", added);
        }
    }

    private NewApprenticeship details(LearnerSummary learner, LocalDate start, int months) {
        UUID epao = organisation.findEpao("EPA0901").orElse(null);
        List<NewApprenticeship.StaffAssignment> others = organisation.findStaff(DemoAccounts.SAFEGUARDING.email())
                .map(id -> List.of(new NewApprenticeship.StaffAssignment(id, StaffPart.PASTORAL_LEAD)))
                .orElse(List.of());
        DemoOrganisation.Placement placement = people.placementOf(learner.email()).orElseThrow();
        return new NewApprenticeship(learner.id(), placement.employer(), placement.lineManager(), STANDARD, null,
                placement.tutor(), others, start, start.plusMonths(months), 3, new BigDecimal("37.5"),
                DeliveryModel.REMOTE, "https://teams.example.test/waypoint-" + learner.id().toString().substring(0, 8),
                Set.of(DayOfWeek.WEDNESDAY), placement.funding() == waypoint.organisation.Funding.LEVY ? FundingType.LEVY
                        : FundingType.NON_LEVY, Money.pounds("15000.00"),
                Money.pounds("3000.00"), epao, null, null);
    }

}
