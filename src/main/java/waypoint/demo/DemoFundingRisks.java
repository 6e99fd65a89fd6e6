package waypoint.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import waypoint.catalogue.StandardSummary;
import waypoint.catalogue.Standards;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.Apprenticeships;
import waypoint.enrolment.NewApprenticeship;
import waypoint.enrolment.OnboardingImport;
import waypoint.organisation.LearnerSummary;
import waypoint.organisation.Learners;
import waypoint.organisation.OrganisationImport;
import waypoint.shared.money.Money;

/**
 * A demo apprentice for the funding audit's known risks (docs/domain/audit-and-inspection.md, "Known risks"): prior
 * learning recognised (a start before August 2025, whose rules work out the minimum hours), with the price left at
 * the funding band maximum, so the risk list flags "Price not reduced for prior learning". The demo's other apprentices show the late
 * withdrawal (Callum) and reviews more than 12 weeks apart (those at gateway, and Bethany on her break).
 */
@Component
class DemoFundingRisks {

    private static final Logger log = LoggerFactory.getLogger(DemoFundingRisks.class);
    /** A learner no other part of the demo gives an apprenticeship before this one. */
    static final String PRICE_NOT_REDUCED_LEARNER = "oscar.owen@learners.test";
    private static final String STANDARD = "ST1379";
    private static final LocalDate START = LocalDate.of(2025, 6, 2);

    private final OrganisationImport organisation;
    private final DemoOrganisation people;
    private final Learners learners;
    private final Apprenticeships apprenticeships;
    private final ApprenticeshipImport enrolment;
    private final OnboardingImport onboarding;
    private final Standards standards;

    DemoFundingRisks(OrganisationImport organisation, DemoOrganisation people, Learners learners,
            Apprenticeships apprenticeships, ApprenticeshipImport enrolment, OnboardingImport onboarding,
            Standards standards) {
        this.organisation = organisation;
        this.people = people;
        this.learners = learners;
        this.apprenticeships = apprenticeships;
        this.enrolment = enrolment;
        this.onboarding = onboarding;
        this.standards = standards;
    }

    void load() {
        try {
            priceNotReducedForPriorLearning();
        } catch (RuntimeException refused) {
            // demo data must never stop the application starting
            log.warn("Demo data: no apprentice with a price not reduced for prior learning: {}",
                    refused.getMessage());
        }
    }

    private void priceNotReducedForPriorLearning() {
        Optional<StandardSummary> standard = standards.latestSummary(STANDARD)
                .filter(s -> s.fundingBandMaximum().isPresent());
        Optional<LearnerSummary> learner = organisation.findLearner(PRICE_NOT_REDUCED_LEARNER).flatMap(learners::find);
        Optional<DemoOrganisation.Placement> placement = people.placementOf(PRICE_NOT_REDUCED_LEARNER);
        if (standard.isEmpty() || learner.isEmpty() || placement.isEmpty()) {
            return;
        }
        UUID id = apprenticeships.ofLearner(learner.get().id()).stream().findFirst().map(a -> a.id().value())
                .orElseGet(() -> record(learner.get(), placement.get(), standard.get()));
        if (id == null || onboarding.started(new ApprenticeshipId(id))) {
            return;
        }
        onboarding.englishAndMathsResults(new ApprenticeshipId(id), "Level 2", "Level 2", START.minusDays(14));
        onboarding.answer(new ApprenticeshipId(id), "initial-assessment", Map.of("priorQualifications",
                List.of("Level 3 diploma units (2023), GCSEs (2019) including English Language grade 5"),
                "englishGcse", List.of("GCSE English Language grade 5"), "employerDecision", List.of("INCLUDE")),
                true);
        onboarding.skillsScan(new ApprenticeshipId(id), 3, 3);
        onboarding.priorLearning(new ApprenticeshipId(id), new BigDecimal("100"),
                "Units of a Level 3 diploma already achieved");
        log.info("Demo data: an apprentice whose price was not reduced for prior learning");
    }

    /**
     * Started before August 2025, so the rules of the start work out the minimum hours (and so the prior learning
     * percentage) from the hours and the duration; the price the funding band maximum. Null when the standard takes
     * no new starts then.
     */
    private UUID record(LearnerSummary learner, DemoOrganisation.Placement p, StandardSummary standard) {
        if (!enrolment.openToNewStarts(STANDARD, START)) {
            return null;
        }
        BigDecimal band = standard.fundingBandMaximum().orElseThrow().pounds();
        BigDecimal epaPrice = band.divide(new BigDecimal("5"), 2, RoundingMode.HALF_UP);
        NewApprenticeship details = new NewApprenticeship(learner.id(), p.employer(), p.lineManager(), STANDARD,
                null, p.tutor(), List.of(), START, START.plusMonths(20), null, new BigDecimal("30"), null, null,
                null, null, Money.of(band.subtract(epaPrice)), Money.of(epaPrice), organisation.findEpao("EPA0901").orElse(null), null,
                null);
        UUID id = enrolment.record(details).value();
        enrolment.employed(new ApprenticeshipId(id), START.minusYears(1),
                waypoint.enrolment.EmploymentLists.LengthOfEmployment.MORE_THAN_12_MONTHS);
        enrolment.start(new ApprenticeshipId(id), START);
        return id;
    }
}
