package waypoint.enrolment.internal.apprenticeship;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import waypoint.catalogue.StandardSummary;
import waypoint.enrolment.ApprenticeshipFigures;
import waypoint.organisation.PlanningPolicy;
import waypoint.organisation.ProviderProfile;
import waypoint.rules.ApprenticeshipFacts;
import waypoint.rules.FundingRules;
import waypoint.rules.ProviderPolicy;
import waypoint.rules.RuleEvaluation;
import waypoint.rules.RuleInputException;
import waypoint.rules.StandardFacts;
import waypoint.shared.web.FieldValidationException;

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
        if (!evaluation.meetsMinimumDuration()) {
            long days = evaluation.minimumDurationDays();
            throw new FieldValidationException("plannedEndDate", "The planned end date must be at least "
                    + days + " days after the start date, the minimum duration for "
                    + Character.toLowerCase(evaluation.pack().name().charAt(0)) + evaluation.pack().name().substring(1)
                    + ": " + Dates.words(start.plusDays(days)) + " or later");
        }
        return figuresOf(evaluation);
    }

    /**
     * The figures of a recorded apprenticeship, whatever they say (a migrated one may fall short of a minimum); empty
     * when the rules cannot work with its facts (a standard no longer in the catalogue).
     */
    public java.util.Optional<ApprenticeshipFigures> figuresOf(UUID learnerId, StandardSummary standard,
            LocalDate start, LocalDate plannedEnd, BigDecimal weeklyHours) {
        LocalDate dateOfBirth = jdbc.sql("SELECT date_of_birth FROM organisation.learner WHERE id = :id")
                .param("id", learnerId).query(LocalDate.class).optional().orElse(null);
        try {
            return java.util.Optional.of(figuresOf(evaluate(dateOfBirth, standard, start, plannedEnd, weeklyHours)));
        } catch (FieldValidationException cannot) {
            return java.util.Optional.empty();
        }
    }

    static ApprenticeshipFigures figuresOf(RuleEvaluation evaluation) {
        return new ApprenticeshipFigures(evaluation.pack().name(), evaluation.minimumOtjHours(),
                evaluation.plannedOtjHours(), evaluation.minimumDurationDays(), evaluation.meetsMinimumDuration(),
                evaluation.explanationSentences(), java.util.List.of());
    }

    private RuleEvaluation evaluate(LocalDate dateOfBirth, StandardSummary standard, LocalDate start,
            LocalDate plannedEnd, BigDecimal weeklyHours) {
        Map<String, String> errors = new LinkedHashMap<>();
        StandardFacts standardFacts = null;
        if (standard != null) {
            try {
                standardFacts = new StandardFacts(standard.referenceNumber(),
                        standard.publishedMinimumOtjHours().map(BigDecimal::valueOf),
                        standard.fundingBandMaximum().orElse(BigDecimal.ZERO),
                        standard.typicalDurationMonths().orElse(TYPICAL_DURATION_WHEN_NOT_RECORDED));
            } catch (RuleInputException wrong) {
                wrong.fieldErrors().forEach((field, message) -> errors.putIfAbsent(rename(field), message));
            }
        }
        try {
            ApprenticeshipFacts facts = ApprenticeshipFacts.of(start, plannedEnd, weeklyHours, dateOfBirth,
                    standardFacts);
            if (errors.isEmpty()) {
                PlanningPolicy policy = provider.planningPolicy();
                return FundingRules.evaluate(facts, new ProviderPolicy(policy.otjPercentageOfContractedHours(),
                        policy.reviewIntervalWeeks()));
            }
        } catch (RuleInputException wrong) {
            wrong.fieldErrors().forEach((field, message) -> errors.putIfAbsent(rename(field), message));
        }
        throw new FieldValidationException(errors);
    }

    private static String rename(String field) {
        return FIELDS.getOrDefault(field, field);
    }
}
