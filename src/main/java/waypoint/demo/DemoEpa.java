package waypoint.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import waypoint.catalogue.AssessmentComponent;
import waypoint.catalogue.CatalogueImport;
import waypoint.catalogue.EpaMethod;
import waypoint.catalogue.GradingRow;
import waypoint.catalogue.StandardDetails;
import waypoint.catalogue.Standards;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.ApprenticeshipStatus;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.Apprenticeships;
import waypoint.enrolment.NewApprenticeship;
import waypoint.epa.EpaImport;
import waypoint.organisation.LearnerSummary;
import waypoint.organisation.Learners;
import waypoint.organisation.OrganisationImport;
import waypoint.shared.money.Money;

/**
 * Demo gateway and EPA: three apprentices within three months of the end of their practical period, each with part
 * of the gateway checklist confirmed (Quentin Quinn on Learning and skills mentor, Rosie Roberts on Learning mentor,
 * Samir Shah on Software developer); Farah Fletcher at the gateway, its meeting record waiting for her employer's
 * signature; Jade Jones through the gateway on Learning and skills mentor, every sign-off made, waiting to book her
 * end-point assessment; George Green in the end-point assessment with
 * both methods booked and one graded, and his employer's appeal against that grade raised through feedback; Demi Doyle
 * completed with her grades, certificate and progression; Ellis Evans added to the readiness dashboard early; Imogen
 * Hart on the example of a reformed assessment plan, its on-programme knowledge test passed, added to the dashboard
 * early. Done
 * once per apprenticeship: one with an EPA record is left as it is (the appeal and the early request are added once).
 */
@Component
class DemoEpa {

    private static final Logger log = LoggerFactory.getLogger(DemoEpa.class);
    /** Through the gateway, every sign-off made, the end-point assessment not booked yet. */
    static final String READY_TO_BOOK = "jade.jones@learners.test";

    private final OrganisationImport organisation;
    private final DemoOrganisation people;
    private final Learners learners;
    private final Apprenticeships apprenticeships;
    private final ApprenticeshipImport enrolment;
    private final EpaImport epa;
    private final Standards standards;
    private final CatalogueImport catalogue;
    private final Clock clock;
    private int added;

    DemoEpa(OrganisationImport organisation, Learners learners, Apprenticeships apprenticeships,
            ApprenticeshipImport enrolment, EpaImport epa, Standards standards, CatalogueImport catalogue, Clock clock,
            DemoOrganisation people) {
        this.catalogue = catalogue;
        this.people = people;
        this.organisation = organisation;
        this.learners = learners;
        this.apprenticeships = apprenticeships;
        this.enrolment = enrolment;
        this.epa = epa;
        this.standards = standards;
        this.clock = clock;
    }

    void load() {
        added = 0;
        LocalDate today = LocalDate.now(clock);
        // priced above the standard's funding band maximum: his apprenticeship shows what the employer pays
        step(() -> nearGateway("quentin.quinn@learners.test", "ST1379", today.minusMonths(13), List.of("portfolio"),
                Money.pounds("5400.00"), Money.pounds("850.00")));
        // each with the prices agreed with the employer at the start, as the ILR return needs (docs/domain/ilr.md)
        step(() -> nearGateway("rosie.roberts@learners.test", "ST0148", today.minusMonths(14),
                List.of("qualification-level-1-safeguarding", "employer-confirmation"), Money.pounds("4200.00"),
                Money.pounds("800.00")));
        step(() -> nearGateway("samir.shah@learners.test", "ST0116", today.minusMonths(16).minusDays(10),
                List.of("portfolio", "project", "employer-confirmation", "apprentice-confirmation"),
                Money.pounds("15000.00"), Money.pounds("3000.00")));
        // started sixteen months ago on Learning and skills mentor: her gateway passes once her plan is written
        step(() -> nearGateway(READY_TO_BOOK, "ST1379", today.minusMonths(16).minusDays(20), List.of(),
                Money.pounds("4500.00"), Money.pounds("900.00")));
        step(() -> atGateway("farah.fletcher@learners.test"));
        step(() -> inAssessment("george.green@learners.test", today));
        step(() -> completed("demi.doyle@learners.test"));
        step(() -> appealed("george.green@learners.test", today));
        step(() -> earlyOnTheDashboard("ellis.evans@learners.test"));
        step(() -> onAReformedPlan(DemoOrganisation.REFORMED, today));
        step(() -> earlyOnTheDashboard(DemoOrganisation.REFORMED, "Her knowledge test, taken during the programme,"
                + " is passed: the tutor is planning her gateway to completion"));
        if (added > 0) {
            log.info("Demo data: added {} gateway and EPA records", added);
        }
    }

    /** One apprentice's records: a refusal (the guards say what is missing) stops that one, not the others. */
    private void step(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException refused) {
            // demo data must never stop the application starting
            log.warn("Demo data: a gateway and EPA record stopped: {}", refused.getMessage());
        }
    }

    /** A new apprenticeship for a learner who has none, ending within three months, with some items confirmed. */
    private void nearGateway(String email, String standard, LocalDate start, List<String> confirmed,
            Money trainingPrice, Money epaPrice) {
        if (standards.latestSummary(standard).isEmpty()) {
            return;
        }
        Optional<LearnerSummary> learner = organisation.findLearner(email).flatMap(learners::find)
                .filter(l -> apprenticeships.ofLearner(l.id()).isEmpty());
        Optional<DemoOrganisation.Placement> placement = people.placementOf(email);
        if (learner.isEmpty() || placement.isEmpty()) {
            return;
        }
        LearnerSummary l = learner.get();
        DemoOrganisation.Placement p = placement.get();
        // the end-point assessment organisation chosen at the start, as the ILR return needs with its price
        UUID epao = organisation.findEpao("EPA0901").orElse(null);
        NewApprenticeship details = new NewApprenticeship(l.id(), p.employer(), p.lineManager(), standard, null,
                p.tutor(), List.of(), start, start.plusMonths(16), null, new BigDecimal("30"), null, null, null,
                null, trainingPrice, epaPrice, epao, null, null);
        UUID id;
        if (enrolment.openToNewStarts(standard, start)) {
            id = enrolment.record(details).value();
            enrolment.employed(new ApprenticeshipId(id), start.minusYears(1),
                    waypoint.enrolment.EmploymentLists.LengthOfEmployment.MORE_THAN_12_MONTHS);
            enrolment.start(new ApprenticeshipId(id), start);
        } else {
            // a retired standard takes no new starts: this apprentice began on it elsewhere and was brought in
            id = enrolment.record(details.migrated(new NewApprenticeship.Migration(ApprenticeshipStatus.IN_LEARNING,
                    start, null, null))).value();
            // the employment the previous system recorded, entered on the apprenticeship's page once brought in
            enrolment.employed(new ApprenticeshipId(id), start.minusYears(1),
                    waypoint.enrolment.EmploymentLists.LengthOfEmployment.MORE_THAN_12_MONTHS);
        }
        // read again: who the learner works with is the apprenticeship's, recorded just now
        LearnerSummary recorded = learners.find(l.id()).orElse(l);
        for (String key : confirmed) {
            boolean employer = key.equals("employer-confirmation");
            boolean apprentice = key.equals("apprentice-confirmation");
            epa.confirm(new ApprenticeshipId(id), key, employer ? "Works consistently at the level of the standard"
                            : apprentice ? "I feel ready for my assessment" : "Seen by the tutor at the last review",
                    employer ? String.valueOf(recorded.lineManagerName()) : apprentice ? recorded.fullName()
                            : recorded.tutorName(),
                    employer ? "Employer" : apprentice ? "Apprentice" : "Recorded by staff");
        }
        added++;
    }

    /**
     * Jade Jones through the gateway and waiting to book her end-point assessment: every checklist item met or
     * waived, the “ready” meeting signed by her tutor, her employer and her, nothing booked yet. Run once the training
     * plans are written, so the checklist she passes is the one her plan makes (its maths qualification among it).
     */
    void throughTheGateway() {
        step(() -> of(READY_TO_BOOK, ApprenticeshipStatus.IN_LEARNING).ifPresent(a -> {
            LocalDate heldOn = LocalDate.now(clock).minusDays(6);
            passGateway(a, heldOn);
            enrolment.gateway(a.id(), heldOn);
            log.info("Demo data: {} is through the gateway, waiting to book the end-point assessment",
                    a.learnerName());
        }));
    }

    private Optional<ApprenticeshipSummary> of(String email, ApprenticeshipStatus status) {
        return organisation.findLearner(email).map(apprenticeships::ofLearner).orElse(List.of()).stream()
                .filter(a -> a.status() == status && !epa.hasRecord(a.id())).findFirst();
    }

    /**
     * Farah Fletcher's “ready” gateway meeting, signed by her tutor and by her, and still waiting for her employer's
     * signature: her gateway is not passed yet, and the caseload board shows the record waiting (amber once it has
     * waited longer than the provider's chasing interval).
     */
    private void atGateway(String email) {
        of(email, ApprenticeshipStatus.GATEWAY).ifPresent(a -> {
            passGateway(a, a.startDate().plusMonths(16), false);
            added++;
        });
    }

    /**
     * The gateway passed as the previous system recorded it: each open item confirmed by whoever confirms it, the
     * figures the previous system kept (such as off-the-job hours) waived by the tutor with the reason, then the
     * “ready” meeting signed by the mentor, the employer and the apprentice.
     */
    private void passGateway(ApprenticeshipSummary a, LocalDate heldOn) {
        passGateway(a, heldOn, true);
    }

    /** The same; the employer has not signed the meeting record yet unless {@code employerSigned}. */
    private void passGateway(ApprenticeshipSummary a, LocalDate heldOn, boolean employerSigned) {
        String employer = a.lineManagerName() == null ? "Line manager" : a.lineManagerName();
        for (EpaImport.OpenItem item : epa.openItems(a.id())) {
            boolean byEmployer = item.key().equals("employer-confirmation");
            boolean byApprentice = item.key().equals("apprentice-confirmation");
            if (item.confirmable()) {
                epa.confirm(a.id(), item.key(), byEmployer ? "Works consistently at the level of the standard"
                                : byApprentice ? "I feel ready for my assessment"
                                        : "Certificate seen by the tutor before the gateway meeting",
                        byEmployer ? employer : byApprentice ? a.learnerName() : a.tutorName(),
                        byEmployer ? "Employer" : byApprentice ? "Apprentice" : "Recorded by staff");
            } else if (item.waivable()) {
                epa.waive(a.id(), item.key(), "Kept in the previous e-portfolio before the move to Waypoint and"
                        + " checked by hand against its records", a.tutorName());
            }
        }
        epa.gatewayMeeting(a.id(), heldOn, a.tutorName(), employer, a.learnerName(),
                "Checklist complete; the apprentice is ready");
        epa.meetingSigned(a.id(), a.tutorName(), employerSigned ? employer : null, a.learnerName(),
                heldOn.atTime(LocalTime.of(16, 0)).atZone(clock.getZone()).toInstant());
    }

    private void inAssessment(String email, LocalDate today) {
        of(email, ApprenticeshipStatus.END_POINT_ASSESSMENT).ifPresent(a -> {
            LocalDate heldOn = a.startDate().plusMonths(16);
            passGateway(a, heldOn.isAfter(today.minusDays(20)) ? today.minusDays(20) : heldOn);
            List<String> methods = methods(a);
            UUID epao = organisation.findEpao("EPA0901").orElse(null);
            if (epao != null && methods.size() >= 2) {
                epa.booking(a.id(), methods.get(0), epao, today.minusDays(12).atTime(LocalTime.of(10, 0))
                        .atZone(clock.getZone()).toInstant(), "Northgate offices, Leeds", "Sam Assessor", null);
                epa.booking(a.id(), methods.get(1), epao, today.plusDays(9).atTime(LocalTime.of(14, 0))
                        .atZone(clock.getZone()).toInstant(), "https://teams.example.test/epa-discussion",
                        "Sam Assessor", "25% extra time (dyslexia)");
                epa.result(a.id(), methods.get(0), "Pass", today.minusDays(12));
            }
            added++;
        });
    }

    private void completed(String email) {
        of(email, ApprenticeshipStatus.COMPLETED).ifPresent(a -> {
            LocalDate end = a.startDate().plusMonths(15);
            passGateway(a, end.plusDays(20));
            List<String> methods = methods(a);
            UUID epao = organisation.findEpao("EPA0901").orElse(null);
            if (epao != null && methods.size() >= 2) {
                epa.booking(a.id(), methods.get(0), epao, end.plusDays(40).atTime(LocalTime.of(10, 0))
                        .atZone(clock.getZone()).toInstant(), "Northgate offices, Leeds", "Sam Assessor", null);
                epa.booking(a.id(), methods.get(1), epao, end.plusDays(55).atTime(LocalTime.of(10, 0))
                        .atZone(clock.getZone()).toInstant(), "Northgate offices, Leeds", "Sam Assessor", null);
                epa.result(a.id(), methods.get(0), "Distinction", end.plusDays(40));
                epa.result(a.id(), methods.get(1), "Pass", end.plusDays(55));
            }
            // learning actually ended with the practical period, at the gateway; the achievement date is the
            // end-point assessment's, later (the ILR wants it at least 7 days after: docs/domain/ilr.md)
            epa.completed(a.id(), end, end.plusDays(70), end.plusDays(72), end.plusDays(110),
                    "HIGHER_APPRENTICESHIP", "Interested in the level 6 degree apprenticeship next year",
                    end.plusDays(75));
            added++;
        });
    }

    /** George Green's appeal against his first method's result, raised through feedback (an assessment appeal). */
    private void appealed(String email, LocalDate today) {
        organisation.findLearner(email).map(apprenticeships::ofLearner).orElse(List.of()).stream()
                .filter(a -> a.status() == ApprenticeshipStatus.END_POINT_ASSESSMENT && epa.hasRecord(a.id()))
                .findFirst().ifPresent(a -> {
                    List<String> methods = methods(a);
                    if (!methods.isEmpty()) {
                        // lodged by his employer, who is sent the decision as well as George
                        epa.appealAsTutor(a.id(), methods.get(0), today.minusDays(5),
                                "The assessor ran out of time"
                                + " and asked three of the five questions the assessment plan requires", true);
                    }
                });
    }

    /** Ellis Evans, a year from the end of the practical period, on the readiness dashboard at the employer's request. */
    private void earlyOnTheDashboard(String email) {
        earlyOnTheDashboard(email, "The employer asked for an early gateway: Ellis is ahead of the training plan and"
                + " has most KSBs evidenced");
    }

    /**
     * An apprentice on the readiness dashboard before the last months of the practical period, at their tutor's
     * request (Imogen Hart too, so the dashboard shows her on-programme component passed).
     */
    private void earlyOnTheDashboard(String email, String reason) {
        organisation.findLearner(email).map(apprenticeships::ofLearner).orElse(List.of()).stream()
                .filter(a -> a.status() == ApprenticeshipStatus.IN_LEARNING
                        && a.plannedEndDate().isAfter(LocalDate.now(clock).plusMonths(3)))
                .findFirst().ifPresent(a -> epa.requestReadinessAsTutor(a.id(), reason));
    }

    /** The example standard of a reformed assessment plan: not a published standard, made for the demonstration. */
    static final String REFORMED_STANDARD = "ST9990";
    private static final String KNOWLEDGE_TEST = "Knowledge test";
    private static final String OBSERVATION = "Practical observation with questioning";

    /**
     * An example standard version on a reformed assessment plan (docs/domain/assessment-reform.md): a knowledge test
     * taken during the programme and marked by the provider, and an observation after the gateway to completion marked
     * by the assessment organisation; and Imogen Hart part way through it, her knowledge test passed at the second
     * attempt, marked by her tutor.
     */
    private void onAReformedPlan(String email, LocalDate today) {
        catalogue.reformedStandard("""
                {
                  "referenceNumber": "%1$s", "version": "1.0", "level": 3, "larsCode": 999,
                  "title": "Learning and development practitioner (example of a reformed assessment plan)",
                  "typicalDuration": 15, "maxFunding": 7000, "status": "Approved for delivery",
                  "route": "Education and early years",
                  "overviewOfRole": "An example standard for the demonstration of the assessment reform.",
                  "knowledges": [{"knowledgeId": "%1$s-K1", "detail": "How adults learn at work"}],
                  "skills": [{"skillId": "%1$s-S1", "detail": "Plan and deliver a learning session"}],
                  "behaviours": [{"behaviourId": "%1$s-B1", "detail": "Reflects on their own practice"}],
                  "duties": [{"dutyID": "%1$s-D1", "dutyDetail": "Design and deliver learning", "isThisACoreDuty": 1,
                              "mappedKnowledge": ["%1$s-K1"], "mappedSkills": ["%1$s-S1"],
                              "mappedBehaviour": ["%1$s-B1"]}]
                }
                """.formatted(REFORMED_STANDARD), REFORMED_STANDARD, "1.0", List.of(
                        new EpaMethod(KNOWLEDGE_TEST, Optional.of(60), Optional.of(30), List.of("Fail", "Pass"),
                                List.of("K1"), Optional.of("Multiple-choice test during the"
                                        + " programme"), Optional.of("Example for the demonstration")),
                        new EpaMethod(OBSERVATION, Optional.of(90), Optional.of(4), List.of("Fail", "Pass",
                                "Distinction"), List.of("S1", "B1"),
                                Optional.empty(), Optional.of("Example for the demonstration"))),
                List.of("Fail", "Pass", "Distinction"), List.of(
                        new GradingRow(List.of("Fail", "Fail"), "Fail"),
                        new GradingRow(List.of("Fail", "Pass"), "Fail"),
                        new GradingRow(List.of("Fail", "Distinction"), "Fail"),
                        new GradingRow(List.of("Pass", "Fail"), "Fail"),
                        new GradingRow(List.of("Pass", "Pass"), "Pass"),
                        new GradingRow(List.of("Pass", "Distinction"), "Distinction")),
                "An example grading table for the demonstration: any fail fails; the observation's grade otherwise"
                        + " gives the overall grade",
                List.of(new AssessmentComponent(KNOWLEDGE_TEST, AssessmentComponent.Window.ON_PROGRAMME,
                                AssessmentComponent.Marker.PROVIDER, 2),
                        new AssessmentComponent(OBSERVATION, AssessmentComponent.Window.AFTER_GATEWAY,
                                AssessmentComponent.Marker.ASSESSMENT_ORGANISATION, 2)),
                "Example for the demonstration, in the shape of a reformed assessment plan");
        Optional<LearnerSummary> learner = organisation.findLearner(email).flatMap(learners::find)
                .filter(l -> apprenticeships.ofLearner(l.id()).isEmpty());
        Optional<DemoOrganisation.Placement> placement = people.placementOf(email);
        if (learner.isEmpty() || placement.isEmpty()) {
            return;
        }
        DemoOrganisation.Placement p = placement.get();
        LocalDate start = today.minusMonths(9).withDayOfMonth(1);
        UUID id = enrolment.record(new NewApprenticeship(learner.get().id(), p.employer(), p.lineManager(),
                REFORMED_STANDARD, null, p.tutor(), List.of(), start, start.plusMonths(15), null,
                new BigDecimal("30"), null, null, null, null, Money.pounds(5600), Money.pounds(1400),
                organisation.findEpao("EPA0901").orElse(null), null, null)).value();
        enrolment.employed(new ApprenticeshipId(id), start.minusYears(1),
                waypoint.enrolment.EmploymentLists.LengthOfEmployment.MORE_THAN_12_MONTHS);
        enrolment.start(new ApprenticeshipId(id), start);
        String marker = learners.find(learner.get().id()).map(LearnerSummary::tutorName).orElse("Robin Reed");
        epa.componentAttempt(new ApprenticeshipId(id), KNOWLEDGE_TEST, "Fail", today.minusDays(75), marker);
        epa.componentAttempt(new ApprenticeshipId(id), KNOWLEDGE_TEST, "Pass", today.minusDays(40), marker);
        added++;
    }

    private List<String> methods(ApprenticeshipSummary a) {
        return standards.find(a.standardReference(), a.standardVersion()).map(StandardDetails::grading)
                .map(g -> g.components().stream().map(c -> c.name()).toList()).orElse(List.of());
    }
}
