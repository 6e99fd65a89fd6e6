package waypoint.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.Apprenticeships;
import waypoint.identity.CurrentUser;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.supportcase.SupportCaseImport;

/**
 * Demo support cases: Bethany Barker at stage 1 (pastoral), Farah Fletcher at stage 2 (placement), the demo
 * learner at stage 3 with its email sent and one meeting held, and Ellis Evans at stage 5 with a recommendation to
 * end the apprenticeship awaiting the appeal window; then every at-risk indicator computed. Each case is built once,
 * step by step through the support case service, as the demo staff who would take each step.
 */
@Component
class DemoSupportCases {

    private static final Logger log = LoggerFactory.getLogger(DemoSupportCases.class);

    private final OrganisationImport organisation;
    private final Apprenticeships apprenticeships;
    private final UserAccounts accounts;
    private final SupportCaseImport cases;
    private final Clock clock;

    DemoSupportCases(OrganisationImport organisation, Apprenticeships apprenticeships, UserAccounts accounts,
            SupportCaseImport cases, Clock clock) {
        this.organisation = organisation;
        this.apprenticeships = apprenticeships;
        this.accounts = accounts;
        this.cases = cases;
        this.clock = clock;
    }

    void load() {
        try {
            LocalDate today = LocalDate.now(clock);
            // the demo apprenticeships name no client partner: the provider's default is copied in instead
            cases.defaultClientPartner("Chris Partner", "client.partner@waypoint.test");
            apprenticeship("bethany.barker@learners.test").ifPresent(a -> cases.open(coachOf(a), a.id(), 1,
                    "PASTORAL", "Recovering from surgery during the break; wants help planning the return to work"
                            + " and catching up on off-the-job hours"));
            apprenticeship("farah.fletcher@learners.test").ifPresent(a -> cases.open(coachOf(a), a.id(), 2,
                    "PLACEMENT", "Teething problems moving into the new team; the portfolio has stalled"));
            apprenticeship(DemoAccounts.LEARNER.email()).ifPresent(a -> stage3(a, today));
            apprenticeship("ellis.evans@learners.test").ifPresent(a -> stage5(a, today));
            int computed = cases.computeAtRiskUnlessComputed();
            log.info("Demo data: support cases ready; at-risk indicators computed for {} apprenticeships", computed);
        } catch (RuntimeException refused) {
            // demo data must never stop the application starting
            log.warn("Demo data: support cases not loaded: {}", refused.getMessage());
        }
    }

    private UUID stage3(ApprenticeshipSummary a, LocalDate today) {
        CurrentUser coach = coachOf(a);
        UUID id = cases.open(coach, a.id(), 2, "BOTH",
                "Off-the-job hours behind and two missed project deadlines;"
                + " money worries mentioned at the last review");
        cases.tellInPerson(coach, id, today.minusDays(15));
        cases.startStage3(coach, id, today.minusDays(14), "Two extra check-ins with the coach (stage 1), a wellbeing coach 1:1 and an"
                        + " extended deadline for the first project (stage 2)",
                "The off-the-job hours are still behind pace and the project deadline was missed again",
                "Log the off-the-job hours for the last month and finish the first project", today.plusDays(30),
                today.plusDays(42));
        cases.meeting(coach, id, today.minusDays(1), "Apprentice, coach, line manager", true,
                "Hours logged for three of the four weeks; the project is half done",
                "Caught up on the journal; presented to the team", "Little time at work for learning in busy weeks",
                "Move the project deadline back by a week", "A protected half-day each week for study",
                "The line manager seemed frustrated; keep an eye on the relationship");
        return id;
    }

    private void stage5(ApprenticeshipSummary a, LocalDate today) {
        CurrentUser coach = coachOf(a);
        CurrentUser lead = demo(DemoAccounts.LEAD);
        CurrentUser head = demo(DemoAccounts.HEAD);
        CurrentUser director = demo(DemoAccounts.DIRECTOR);
        UUID id = cases.open(coach, a.id(), 1, "PLACEMENT", "No off-the-job activity for six weeks; the first"
                + " progress review is overdue");
        cases.tellInPerson(coach, id, today.minusDays(60));
        cases.startStage3(coach, id, today.minusDays(58), "Extra check-ins and a technical coach 1:1",
                "No progress on the portfolio despite informal support", "Submit two pieces of evidence",
                today, today.minusDays(45));
        meetings(coach, id, today.minusDays(50), true);
        cases.recommend(coach, id, "ESCALATE_TO_STAGE_4", "No evidence submitted by the agreed date");
        cases.step(coach, id, "SEND_RECOMMENDATION_EMAIL");
        cases.startStage(lead, id, 4, today.minusDays(42), today.minusDays(28));
        meetings(lead, id, today.minusDays(35), false);
        cases.recommend(lead, id, "ESCALATE_TO_STAGE_5", "Still no evidence; the employer did not attend stage 4");
        cases.step(lead, id, "SEND_RECOMMENDATION_EMAIL");
        cases.startStage(head, id, 5, today.minusDays(26), today.minusDays(5));
        meetings(head, id, today.minusDays(20), true);
        cases.recommend(director, id, "END_APPRENTICESHIP", "No progress through three formal stages; the employer"
                + " agrees the apprenticeship cannot continue");
        cases.step(director, id, "SEND_RECOMMENDATION_EMAIL");
    }

    private void meetings(CurrentUser by, UUID id, LocalDate first, boolean employerAttended) {
        for (int i = 0; i < 2; i++) {
            cases.meeting(by, id, first.plusDays(7L * i), "Apprentice, " + by.displayName()
                            + (employerAttended ? ", line manager" : ""), employerAttended,
                    "No evidence submitted yet", "Attended on time", "Workload at the employer",
                    "None", "Time with the technical coach", null);
        }
    }

    /** The learner's apprenticeship, if it has never had a support case. */
    private Optional<ApprenticeshipSummary> apprenticeship(String email) {
        return organisation.findLearner(email).map(apprenticeships::ofLearner).flatMap(list -> list.stream()
                .filter(a -> a.isActive()).findFirst()).filter(a -> !cases.anyCase(a.id()));
    }

    /** The apprentice's tutor when they have an account, else the demo lead. */
    private CurrentUser coachOf(ApprenticeshipSummary a) {
        return Optional.ofNullable(a.tutorAccountId()).flatMap(accounts::find)
                .map(t -> new CurrentUser(t.id(), t.email(), t.displayName(), t.roles()))
                .orElseGet(() -> demo(DemoAccounts.LEAD));
    }

    private CurrentUser demo(DemoAccounts account) {
        return accounts.findByEmail(account.email())
                .map(t -> new CurrentUser(t.id(), t.email(), t.displayName(), t.roles())).orElseThrow();
    }
}
