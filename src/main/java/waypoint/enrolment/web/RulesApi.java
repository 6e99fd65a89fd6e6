package waypoint.enrolment.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import waypoint.enrolment.internal.RuleAnswer;
import waypoint.enrolment.internal.RuleCalculator;
import waypoint.enrolment.internal.RuleQuestion;
import waypoint.identity.CurrentUser;
import waypoint.rules.EnglishAndMaths;
import waypoint.rules.PriorLearning;
import waypoint.rules.RuleEvaluation;
import waypoint.shared.money.Money;

@RestController
@RequestMapping("/api/v1/rules")
@Tag(name = "Rules", description = "The funding rules applied to an apprenticeship's facts, explained (staff only)")
class RulesApi {

    private final RuleCalculator calculator;

    RulesApi(RuleCalculator calculator) {
        this.calculator = calculator;
    }

    /**
     * Dates are text so that one that is not a date (2024-13-45) is a field error on that field, like any other
     * wrong answer, rather than an unreadable body.
     */
    record EvaluateRequest(String standard, String startDate, String plannedEndDate, BigDecimal weeklyHours,
            String dateOfBirth, BigDecimal rplHours, Boolean ehcPlan, Boolean careLeaver) {
    }

    /** Every key always present, a figure the rules cannot know as null; hours to 1 decimal place; dates ISO. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Evaluation(StandardVersion standard, BigDecimal minimumOtjHours,
            BigDecimal providerPlannedOtjHours, BigDecimal plannedOtjHours, long minimumDurationDays,
            boolean meetsMinimumDuration, LocalDate firstReviewDue, boolean englishAndMathsRequired,
            EnglishAndMathsAnswer englishAndMaths, int activeLearningIntervalDays,
            @JsonInclude(JsonInclude.Include.NON_NULL) PriorLearningAnswer rpl, String fundingEligibility,
            List<String> explanations) {
    }

    record StandardVersion(String referenceNumber, String version, String title) {
    }

    record EnglishAndMathsAnswer(boolean required, String level, String note) {
    }

    /** What prior learning reduces; the figures are null when the minimum without it is unknown. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record PriorLearningAnswer(BigDecimal rplHours, BigDecimal minimumOtjHoursWithoutPriorLearning,
            BigDecimal percentage, Long durationReductionDays, LocalDate reducedPlannedEndDate,
            BigDecimal minimumPriceReductionPercentage, Money minimumPriceReduction) {
    }

    @PostMapping("/evaluate")
    @Operation(summary = "Apply the funding rules and the provider's policy to an apprenticeship's facts",
            description = "Dates are ISO (2024-09-02); weeklyHours above 0 and at most 60; rplHours 0 or more;"
                    + " careLeaver true, false or left out (not asked). fundingEligibility is ELIGIBLE,"
                    + " NOT_KNOWN_YET (a level 7 apprentice aged 22 to 24 whose care-leaver answer is missing) or"
                    + " NOT_ELIGIBLE (the level 7 age rule)."
                    + " The standard's latest version is used. Nothing is saved. minimumOtjHours is null where the"
                    + " rules cannot know it (a start from 1 August 2025 on a standard without a published minimum).")
    Evaluation evaluate(CurrentUser user, @RequestBody EvaluateRequest request) {
        TypedAnswers typed = new TypedAnswers();
        RuleQuestion question = new RuleQuestion(request.standard(),
                typed.isoDate("startDate", "The start date", request.startDate()),
                typed.isoDate("plannedEndDate", "The planned end date", request.plannedEndDate()),
                request.weeklyHours(),
                typed.isoDate("dateOfBirth", "The date of birth", request.dateOfBirth()),
                request.rplHours(), Boolean.TRUE.equals(request.ehcPlan()), request.careLeaver());
        return evaluation(typed.answer(() -> calculator.evaluate(user, question)));
    }

    /**
     * A value of the wrong type (weekly hours as words, a plan as maybe) names its field, like every other wrong
     * answer; JSON that cannot be read at all is a malformed request.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException ex) {
        if (ex.getMostSpecificCause() instanceof tools.jackson.databind.DatabindException databind
                && !databind.getPath().isEmpty() && databind.getPath().get(0).getPropertyName() != null) {
            String field = databind.getPath().get(0).getPropertyName();
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "The request has 1 invalid field");
            problem.setTitle("Invalid request");
            problem.setType(URI.create("https://waypoint.test/problems/validation"));
            problem.setProperty("errors", List.of(Map.of("field", field, "message", wrongType(field))));
            return problem;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request body is not valid JSON of the expected shape.");
        problem.setTitle("Malformed request");
        return problem;
    }

    private static String wrongType(String field) {
        return switch (field) {
            case "weeklyHours" -> "Weekly hours must be a number, like 37.5";
            case "rplHours" -> "Prior learning hours must be a number, like 0 or 120";
            case "ehcPlan" -> "ehcPlan must be true or false";
            case "careLeaver" -> "careLeaver must be true or false, or left out when not asked";
            default -> field + " has a value of the wrong type";
        };
    }

    private static Evaluation evaluation(RuleAnswer answer) {
        RuleEvaluation rules = answer.evaluation();
        EnglishAndMaths englishAndMaths = rules.englishAndMaths();
        return new Evaluation(
                new StandardVersion(answer.standard().referenceNumber(), answer.standard().version(),
                        answer.standard().title()),
                hours(rules.minimumOtjHours()), hours(rules.providerPlannedOtjHours()), hours(rules.plannedOtjHours()),
                rules.minimumDurationDays(), rules.meetsMinimumDuration(), rules.firstReviewDue(),
                rules.englishAndMathsRequired(),
                new EnglishAndMathsAnswer(englishAndMaths.required(), englishAndMaths.level().label(),
                        ResultWords.englishAndMaths(englishAndMaths)),
                rules.activeLearningIntervalDays(),
                answer.hasPriorLearning() ? priorLearning(rules) : null, rules.eligibility().name(),
                rules.explanationSentences());
    }

    private static PriorLearningAnswer priorLearning(RuleEvaluation rules) {
        Optional<PriorLearning> rpl = rules.priorLearning();
        return new PriorLearningAnswer(rules.facts().rplHours().setScale(1, RoundingMode.HALF_UP),
                hours(rpl.map(PriorLearning::minimumOtjHoursWithoutPriorLearning)),
                rpl.map(PriorLearning::percentage).orElse(null),
                rpl.map(PriorLearning::durationReductionDays).orElse(null),
                rpl.map(PriorLearning::reducedPlannedEndDate).orElse(null),
                rpl.map(PriorLearning::minimumPriceReductionPercentage).orElse(null),
                rpl.map(PriorLearning::minimumPriceReduction).orElse(null));
    }

    private static BigDecimal hours(Optional<BigDecimal> hours) {
        return hours.map(h -> h.setScale(1, RoundingMode.HALF_UP)).orElse(null);
    }
}
