package waypoint.enrolment.internal.apprenticeship;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import waypoint.catalogue.StandardSummary;
import waypoint.enrolment.ApprenticeshipFigures;
import waypoint.organisation.PlanningPolicy;
import waypoint.organisation.ProviderProfile;
import waypoint.rules.ApprenticeshipFacts;
import waypoint.rules.FundingEligibility;
import waypoint.rules.FundingRules;
import waypoint.rules.ProviderPolicy;
import waypoint.rules.RuleEvaluation;
import waypoint.rules.RuleInputException;
import waypoint.rules.StandardFacts;
import waypoint.shared.time.GovUkDates;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.money.Money;

/**
 * An apprenticeship put to the funding-rule pack of its start date and the provider's planning policy. The rules'
 * complaints come back as field errors named as the apprenticeship's fields are.
 */
@Component
public class ApprenticeshipRules {

    /** As the rules calculator: a standard with no typical duration recorded gets the 12-month minimum. */
    private static final int TYPICAL_DURATION_WHEN_NOT_RECORDED = 12;

    /** The rules' field names → the apprenticeship's. */
    private static final Map<String, String> FIELDS = Map.of("dateOfBirth", "learnerId", "standard",
            "standardReference");

    private final JdbcClient jdbc;
    private final ProviderProfile provider;

    ApprenticeshipRules(JdbcClient jdbc, ProviderProfile provider) {
        this.jdbc = jdbc;
        this.provider = provider;
    }

    /**
     * The figures, or field errors: also when the planned end falls short of the minimum duration, naming the
     * minimum and the earliest planned end that meets it.
     */
    public ApprenticeshipFigures figures(UUID learnerId, StandardSummary standard, LocalDate start,
            LocalDate plannedEnd, BigDecimal weeklyHours) {
        LocalDate dateOfBirth = learnerId == null ? null
                : jdbc.sql("SELECT date_of_birth FROM organisation.learner WHERE id = :id")
                .param("id", learnerId).query(LocalDate.class).optional().orElse(null);
        RuleEvaluation evaluation = evaluate(dateOfBirth, standard, start, plannedEnd, weeklyHours);
        if (!evaluation.refusals().isEmpty()) {
            // the programme type's rules: a unit for an adult over 1 to 16 weeks (docs/domain/programme-types.md)
            throw new FieldValidationException(renamed(evaluation.refusals()));
        }
        if (evaluation.eligibility() == FundingEligibility.NOT_ELIGIBLE) {
            throw new FieldValidationException("learnerId", "The funding rules do not fund this apprenticeship: "
                    + String.join(" ", evaluation.eligibilitySentences()));
        }
        if (!evaluation.meetsMinimumDuration()) {
            long days = evaluation.minimumDurationDays();
            throw new FieldValidationException("plannedEndDate", "The planned end date must be at least "
                    + days + " days after the start date, the minimum duration for "
                    + Character.toLowerCase(evaluation.pack().name().charAt(0)) + evaluation.pack().name().substring(1)
                    + ": " + GovUkDates.date(start.plusDays(days)) + " or later (source: "
                    + evaluation.minimumDurationCitation() + ")");
        }
        return figuresOf(evaluation);
    }

    /**
     * The figures in words, warning where the rules cannot yet say whether the apprentice is funded, or say they are
     * not (the level 7 age rule, docs/domain/funding-rules.md, Level 7 apprenticeships).
     */
    public static ApprenticeshipFigures figuresOf(RuleEvaluation evaluation) {
        String why = String.join(" ", evaluation.eligibilitySentences());
        java.util.List<String> warnings = switch (evaluation.eligibility()) {
            case ELIGIBLE -> java.util.List.of();
            case NOT_KNOWN_YET -> java.util.List.of("Funding not known yet: " + why);
            case NOT_ELIGIBLE -> java.util.List.of("Not funded: " + why);
        };
        return new ApprenticeshipFigures(evaluation.pack().name(), evaluation.minimumOtjHours(),
                evaluation.plannedOtjHours(), evaluation.minimumDurationDays(), evaluation.meetsMinimumDuration(),
                evaluation.explanationSentences(), warnings);
    }

    private RuleEvaluation evaluate(LocalDate dateOfBirth, StandardSummary standard, LocalDate start,
            LocalDate plannedEnd, BigDecimal weeklyHours) {
        StandardFacts standardFacts = null;
        Map<String, String> standardRefused = Map.of();
        if (standard != null) {
            try {
                standardFacts = new StandardFacts(standard.referenceNumber(),
                        standard.publishedMinimumOtjHours().map(BigDecimal::valueOf),
                        standard.fundingBandMaximum().orElse(Money.ZERO),
                        standard.typicalDurationMonths().orElse(TYPICAL_DURATION_WHEN_NOT_RECORDED),
                        java.util.Optional.of(standard.level()), standard.programmeType());
            } catch (RuleInputException wrong) {
                standardRefused = renamed(wrong.fieldErrors());
            }
        }
        try {
            ApprenticeshipFacts facts = ApprenticeshipFacts.of(start, plannedEnd, weeklyHours, dateOfBirth,
                    standardFacts);
            if (standardRefused.isEmpty()) {
                PlanningPolicy policy = provider.planningPolicy();
                return FundingRules.evaluate(facts, new ProviderPolicy(policy.otjPercentageOfContractedHours(),
                        policy.reviewIntervalWeeks()));
            }
        } catch (RuleInputException wrong) {
            Map<String, String> both = new LinkedHashMap<>(standardRefused);
            renamed(wrong.fieldErrors()).forEach(both::putIfAbsent);
            throw new FieldValidationException(both);
        }
        throw new FieldValidationException(standardRefused);
    }

    /** The rules' refusals, each under the apprenticeship's name for its field (the first for a field kept). */
    private static Map<String, String> renamed(Map<String, String> refusals) {
        return refusals.entrySet().stream().collect(Collectors.toMap(e -> rename(e.getKey()), Map.Entry::getValue,
                (first, later) -> first, LinkedHashMap::new));
    }

    private static String rename(String field) {
        return FIELDS.getOrDefault(field, field);
    }
}
