package waypoint.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import waypoint.catalogue.CatalogueImport;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.Apprenticeships;
import waypoint.enrolment.EmploymentLists;
import waypoint.enrolment.NewApprenticeship;
import waypoint.organisation.LearnerDetails;
import waypoint.organisation.LearnerId;
import waypoint.organisation.OrganisationImport;
import waypoint.shared.money.Money;

/**
 * The new programme types in the demo provider (docs/domain/programme-types.md): a demonstration foundation
 * apprenticeship and a demonstration apprenticeship unit in the catalogue, clearly named as not published (ST9901 and
 * ST9902 are no real standards; the unit's 60 hours are the demonstration's own figure, and neither has a funding band
 * recorded, so the price's funded part shows as unknown), and one apprentice on each, working with the demo tutor.
 */
@Component
class DemoProgrammeTypes {

    private static final Logger log = LoggerFactory.getLogger(DemoProgrammeTypes.class);
    static final String FOUNDATION_STANDARD = "ST9901";
    static final String UNIT_STANDARD = "ST9902";
    static final String FOUNDATION_LEARNER = "freya.foundation@learners.test";
    static final String UNIT_LEARNER = "umar.unit@learners.test";

    private static final String CATALOGUE = """
            [{"referenceNumber": "ST9901", "version": "1.0", "level": 2, "typicalDuration": 12,
              "title": "Demonstration foundation apprenticeship: digital (not a published standard)",
              "programmeType": "FoundationApprenticeship", "route": "Digital",
              "overviewOfRole": "A demonstration entry: a level 2 foundation apprenticeship for young people starting \
            out in digital work. Record the real foundation apprenticeship standards from Skills England."},
             {"referenceNumber": "ST9902", "version": "1.0", "level": 3, "typicalDuration": 3,
              "title": "Demonstration apprenticeship unit: data essentials (not a published unit)",
              "programmeType": "ApprenticeshipUnit", "route": "Digital", "minimumHoursForCompliance": 60,
              "overviewOfRole": "A demonstration entry: a short apprenticeship unit for adults, 60 planned hours over \
            12 weeks, assessed by a provider test the employer validates."}]
            """;

    private final CatalogueImport catalogue;
    private final OrganisationImport organisation;
    private final DemoOrganisation people;
    private final Apprenticeships apprenticeships;
    private final ApprenticeshipImport enrolment;
    private final Clock clock;

    DemoProgrammeTypes(CatalogueImport catalogue, OrganisationImport organisation, DemoOrganisation people,
            Apprenticeships apprenticeships, ApprenticeshipImport enrolment, Clock clock) {
        this.catalogue = catalogue;
        this.organisation = organisation;
        this.people = people;
        this.apprenticeships = apprenticeships;
        this.enrolment = enrolment;
        this.clock = clock;
    }

    void load() {
        try {
            catalogue.importStandards(CATALOGUE);
            LocalDate today = LocalDate.now(clock);
            // a foundation apprentice aged 18, three months into a year-long programme
            LocalDate foundationStart = today.minusMonths(3);
            apprentice(FOUNDATION_LEARNER, "Freya", "Foundation", foundationStart.minusYears(18).minusMonths(2), 61,
                    FOUNDATION_STANDARD, foundationStart, foundationStart.plusMonths(12), Money.pounds(2000));
            // an adult on a 12-week apprenticeship unit, four weeks in
            LocalDate unitStart = today.minusWeeks(4);
            apprentice(UNIT_LEARNER, "Umar", "Unit", LocalDate.of(1994, 6, 12), 62, UNIT_STANDARD, unitStart,
                    unitStart.plusWeeks(12), Money.pounds(900));
        } catch (RuntimeException refused) {
            // demo data must never stop the application starting
            log.warn("Demo data: no foundation apprentice or apprenticeship unit learner: {}", refused.getMessage());
        }
    }

    private void apprentice(String email, String given, String family, LocalDate born, int n, String standard,
            LocalDate start, LocalDate plannedEnd, Money trainingPrice) {
        Optional<DemoOrganisation.Placement> placement = people.placementOf(DemoAccounts.LEARNER.email());
        if (placement.isEmpty()) {
            return;
        }
        LearnerId learner = organisation.findLearner(email).orElseGet(() -> organisation.learner(new LearnerDetails(
                given, family, born, DemoOrganisation.uln(100_000_000 + n * 7_919), "AA%06dA".formatted(100_000 + n),
                email, null, n + " Station Road", null, "Leeds", "LS2 " + (n % 9 + 1) + "AB", "Parent of " + given,
                "07700 900" + (500 + n))));
        if (!apprenticeships.ofLearner(learner).isEmpty() || !enrolment.openToNewStarts(standard, start)) {
            return;
        }
        DemoOrganisation.Placement p = placement.get();
        UUID id = enrolment.record(new NewApprenticeship(learner, p.employer(), p.lineManager(), standard, null,
                p.tutor(), List.of(), start, plannedEnd, null, new BigDecimal("37.5"), null, null, null, null,
                trainingPrice, null, null, null, null)).value();
        enrolment.employed(new ApprenticeshipId(id), start.minusMonths(6),
                EmploymentLists.LengthOfEmployment.SEVEN_TO_12_MONTHS);
        enrolment.start(new ApprenticeshipId(id), start);
        log.info("Demo data: {} on {}", given + " " + family, standard);
    }
}
