package waypoint.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import waypoint.catalogue.EnglishMathsQualification;
import waypoint.catalogue.EnglishMathsQualifications;
import waypoint.enrolment.ApprenticeshipStatus;
import waypoint.enrolment.EnglishMathsChoices;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.Apprenticeships;
import waypoint.enrolment.FunctionalSkillsLevel;
import waypoint.enrolment.OnboardingImport;
import waypoint.enrolment.PlannedFunctionalSkills;
import waypoint.enrolment.TrainingPlans;
import waypoint.organisation.OrganisationImport;

/**
 * Demo onboarding: Amir Ahmed's apprenticeship part-way through (meetings and eligibility done, results entered,
 * his own skills scan rated), Hannah Hughes's just begun, and every apprenticeship that has started (not the migrated
 * one, which came without onboarding) fully onboarded with its training plan signed by all three and the handbook
 * declaration signed; each plan plans Functional Skills maths Level 2, which the gateway then needs, the adults' too.
 * Each apprenticeship is done once: one with any onboarding recorded is left as it is.
 */
@Component
class DemoOnboarding {

    private static final Logger log = LoggerFactory.getLogger(DemoOnboarding.class);
    private static final List<String> STARTED = List.of(DemoAccounts.LEARNER.email(), "bethany.barker@learners.test",
            "callum.collins@learners.test", "demi.doyle@learners.test", "farah.fletcher@learners.test",
            "george.green@learners.test");

    private final OrganisationImport organisation;
    private final Apprenticeships apprenticeships;
    private final OnboardingImport onboarding;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final DemoOrganisation people;
    private final TrainingPlans plans;
    private final EnglishMathsQualifications qualifications;
    private final EnglishMathsChoices englishMaths;

    DemoOnboarding(OrganisationImport organisation, Apprenticeships apprenticeships, OnboardingImport onboarding,
            Clock clock, TransactionTemplate transactions, DemoOrganisation people, TrainingPlans plans,
            EnglishMathsQualifications qualifications, EnglishMathsChoices englishMaths) {
        this.qualifications = qualifications;
        this.englishMaths = englishMaths;
        this.transactions = transactions;
        this.people = people;
        this.plans = plans;
        this.organisation = organisation;
        this.apprenticeships = apprenticeships;
        this.onboarding = onboarding;
        this.clock = clock;
    }

    void load() {
        int done = 0;
        for (String email : STARTED) {
            for (ApprenticeshipSummary a : apprenticeshipsOf(email)) {
                if (a.tutorAccountId() != null && a.learnerAccountId() != null && !a.migrated()
                        && a.status() != ApprenticeshipStatus.ONBOARDING && !onboarding.started(a.id())) {
                    done += safely(a, () -> onboardFully(a));
                }
            }
        }
        for (ApprenticeshipSummary a : apprenticeshipsOf("amir.ahmed@learners.test")) {
            if (a.status() == ApprenticeshipStatus.ONBOARDING && !onboarding.started(a.id())) {
                done += safely(a, () -> partWay(a));
            }
        }
        for (ApprenticeshipSummary a : apprenticeshipsOf("hannah.hughes@learners.test")) {
            if (a.status() == ApprenticeshipStatus.ONBOARDING && !onboarding.started(a.id())) {
                onboarding.answer(a.id(), "pre-start-meeting", Map.of("meetingDate",
                        List.of(LocalDate.now(clock).toString()), "keyActivities",
                        List.of("Supports the web team with testing and small changes")), false);
                done++;
            }
        }
        if (done > 0) {
            log.info("Demo data: onboarding recorded for {} apprenticeships", done);
        }
    }

    /**
     * Every other demo apprentice who has started (the past cohorts, those near the gateway, those brought in from the
     * previous system) has the training plan a provider writes before the start, so the ILR return reads their planned
     * off-the-job hours from it (docs/domain/ilr.md, "How Waypoint builds the return"): onboarded fully where nothing
     * was recorded yet, or only the plan where the other steps were. Runs after the other demo loaders, which add
     * these apprentices.
     */
    void plansForEveryoneStarted() {
        int done = 0;
        List<ApprenticeshipSummary> started = new ArrayList<>();
        for (String email : people.learnerEmails()) {
            started.addAll(apprenticeshipsOf(email));
        }
        for (String reference : DemoIlrImport.REFERENCES) {
            organisation.findLearnerByReference(reference).map(apprenticeships::ofLearner).ifPresent(started::addAll);
        }
        for (ApprenticeshipSummary a : started) {
            if (a.tutorAccountId() == null || a.learnerAccountId() == null || a.status() == ApprenticeshipStatus.ONBOARDING
                    || plans.plannedOtjHours(a.id()).isPresent()) {
                continue;
            }
            // the employer rates the skills scan and signs the plan: not for the apprentice brought in withdrawn, whose
            // record ended before anyone named a line manager, nor on a standard whose KSBs the catalogue lacks
            if (a.lineManagerAccountId() == null || !onboarding.hasSkillsToScan(a.id())) {
                continue;
            }
            done += onboarding.started(a.id()) ? safely(a, () -> plan(a)) : safely(a, () -> onboardFully(a));
        }
        if (done > 0) {
            log.info("Demo data: training plans written for {} apprenticeships already started", done);
        }
    }

    /**
     * All of one apprenticeship's steps or none. Demo data must never stop the application starting: steps the
     * services refuse are logged and skipped.
     */
    private int safely(ApprenticeshipSummary a, Runnable steps) {
        try {
            transactions.executeWithoutResult(status -> steps.run());
            return 1;
        } catch (RuntimeException refused) {
            log.warn("Demo data: onboarding of apprenticeship {} stopped: {}", a.id(), refused.getMessage());
            return 0;
        }
    }

    private List<ApprenticeshipSummary> apprenticeshipsOf(String email) {
        return organisation.findLearner(email).map(apprenticeships::ofLearner).orElse(List.of());
    }

    /** Amir: the meetings and checks done, results in, his own skills scan rated; his employer's rating to come. */
    private void partWay(ApprenticeshipSummary a) {
        LocalDate start = a.startDate();
        LocalDate today = LocalDate.now(clock);
        onboarding.answer(a.id(), "pre-start-meeting", meeting(today.minusDays(10)), true);
        onboarding.answer(a.id(), "eligibility", Map.of("rightToWorkEvidence", List.of("UK passport seen"),
                "careLeaver", List.of("NO"), "ehcPlan", List.of("NO")), true);
        onboarding.answer(a.id(), "start-up-meeting", Map.of("meetingDate", List.of(start.minusDays(7).toString()),
                "deliveryMethod", List.of("Remotely by Microsoft Teams")), false);
        onboarding.englishAndMathsResults(a.id(), "Level 1", "Entry Level 3", today.minusDays(3));
        onboarding.skillsScan(a.id(), 2, null);
    }

    private void onboardFully(ApprenticeshipSummary a) {
        LocalDate start = a.startDate();
        onboarding.answer(a.id(), "pre-start-meeting", meeting(start.minusDays(21)), true);
        onboarding.answer(a.id(), "eligibility", Map.of("rightToWorkEvidence", List.of("UK passport seen"),
                "careLeaver", List.of("NO"), "ehcPlan", List.of("NO")), true);
        onboarding.answer(a.id(), "start-up-meeting", Map.of("meetingDate", List.of(start.minusDays(7).toString()),
                "deliveryMethod", List.of("Remotely by Microsoft Teams"), "studyDays", List.of("Wednesday"),
                "epaMethod", List.of("Work-based project with questioning; professional discussion"),
                "epao", List.of("BCS, The Chartered Institute for IT")), true);
        onboarding.englishAndMathsResults(a.id(), "Level 2", "Level 1", start.minusDays(14));
        onboarding.answer(a.id(), "initial-assessment", Map.of("priorQualifications",
                List.of("GCSEs (2019), including English Language grade 5"), "englishGcse",
                List.of("GCSE English Language grade 5"), "employerDecision", List.of("INCLUDE")), true);
        onboarding.answer(a.id(), "induction", Map.of("inductionDate", List.of(start.toString())), true);
        onboarding.skillsScan(a.id(), 2, 2);
        onboarding.priorLearning(a.id(), BigDecimal.ZERO, "No prior learning claimed at the start-up meeting");
        plan(a);
        onboarding.signDeclaration(a.id());
    }

    /** The training plan, signed by the apprentice, the employer and the provider. */
    private void plan(ApprenticeshipSummary a) {
        LocalDate start = a.startDate();
        Map<LocalDate, String> milestones = new LinkedHashMap<>();
        milestones.put(start.plusMonths(4), "Foundations: code, tests and version control");
        milestones.put(start.plusMonths(9), "Building and deploying a team project");
        milestones.put(a.plannedEndDate().minusMonths(1), "Portfolio complete and ready for gateway");
        onboarding.trainingPlan(a.id(), "2 to 3 teaching sessions a month by Microsoft Teams", "Wednesday",
                milestones, "Apprentice: attends sessions and records off-the-job training.\n"
                        + "Employer: releases Wednesday for study and joins the progress reviews.\n"
                        + "Provider: teaches, assesses and reviews progress every 12 weeks.",
                "None declared", "Maths functional skills Level 2 with the functional skills tutor before gateway;"
                        + " English exempt (GCSE grade 5)",
                // planned whatever the funding rules say, so the gateway needs it (an adult's too)
                new PlannedFunctionalSkills(null, FunctionalSkillsLevel.LEVEL_2));
        onboarding.signPlan(a.id());
        englishMaths.chooseForTheSystem(a.id(), EnglishMathsQualification.Subject.MATHS, mathsLevel2().id(), null,
                null, null);
    }

    /**
     * The functional skills maths qualification the demo provider delivers, recorded once in its list: FutureQuals'
     * Level 2 Functional Skills Qualification in Mathematics, qualification number 603/4804/5, whose learning aim
     * reference is that number without its slashes (docs/domain/english-and-maths-aims.md).
     */
    private EnglishMathsQualification mathsLevel2() {
        return qualifications.withAimReference(MATHS_LEVEL_2).orElseGet(() -> qualifications.recordForTheSystem(
                new EnglishMathsQualifications.NewQualification("Level 2 Functional Skills Qualification in"
                        + " Mathematics", "FutureQuals", "MATHS", "LEVEL_2", "FUNCTIONAL_SKILLS", MATHS_LEVEL_2)));
    }

    static final String MATHS_LEVEL_2 = "60348045";

    private static Map<String, List<String>> meeting(LocalDate on) {
        return Map.of("meetingDate", List.of(on.toString()), "keyActivities",
                List.of("Builds and tests features of the company's web applications"), "standardFit",
                List.of("The software developer standard's duties match the role's design, build and test work"));
    }
}
