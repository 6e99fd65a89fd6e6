package waypoint.enrolment.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import waypoint.enrolment.internal.RuleAnswer;
import waypoint.rules.Explanation;
import waypoint.rules.PriorLearning;
import waypoint.rules.RuleEvaluation;

/** The calculator's answer as the page says it: a summary list, then how it was worked out, each step sourced. */
record CalculatorResult(List<Row> rows, List<Step> steps) {

    record Row(String key, String value) {
    }

    record Step(String statement, String source) {
    }

    static CalculatorResult of(RuleAnswer answer) {
        RuleEvaluation rules = answer.evaluation();
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("Standard", answer.standard().label()));
        rows.add(new Row("Funding rules", rules.pack().name()));
        rows.add(new Row("Minimum off-the-job hours", rules.minimumOtjHours()
                .map(hours -> ResultWords.hours(hours) + (answer.hasPriorLearning() ? ", after prior learning" : ""))
                .orElse("Unknown: the standard's published minimum is not recorded in the catalogue")));
        rows.add(new Row("Provider's planned hours", rules.providerPlannedOtjHours()
                .map(hours -> ResultWords.hours(hours) + " (" + answer.planningPolicy().otjInWords() + ")")
                .orElse("None: the provider follows the funding rules")));
        rows.add(new Row("Hours to plan", plannedHours(rules)));
        rows.add(new Row("Minimum duration", ResultWords.days(rules.minimumDurationDays()) + ". The planned "
                + ResultWords.days(rules.minimumDuration().plannedDays())
                + (rules.meetsMinimumDuration() ? " meet it." : " are shorter: the minimum is not met.")));
        rows.add(new Row("First progress review due", ResultWords.date(rules.firstReviewDue())));
        rows.add(new Row("Progress reviews", capitalised(rules.reviewCadence().inWords())));
        rows.add(new Row("English and maths", ResultWords.englishAndMaths(rules.englishAndMaths())));
        if (!rules.eligibilitySentences().isEmpty()) {
            rows.add(new Row("Funded at level 7", switch (rules.eligibility()) {
                case ELIGIBLE -> "Yes";
                case NOT_KNOWN_YET -> "Not known yet: only for a care leaver or with an education, health and care"
                        + " plan at this age";
                case NOT_ELIGIBLE -> "No: over the age the funding rules allow";
            }));
        }
        rows.add(new Row("Active learning", "Some learning activity recorded "
                + rules.activeLearning().inWords()));
        if (answer.hasPriorLearning()) {
            rows.addAll(priorLearning(rules.priorLearning()));
        }
        List<Step> steps = rules.explanations().stream()
                .map(CalculatorResult::step).toList();
        return new CalculatorResult(rows, steps);
    }

    private static String plannedHours(RuleEvaluation rules) {
        Optional<BigDecimal> planned = rules.plannedOtjHours();
        if (planned.isEmpty()) {
            return "Unknown until the funding minimum is known";
        }
        if (rules.providerPlannedOtjHours().isEmpty()) {
            return ResultWords.hours(planned.get()) + ", the funding minimum";
        }
        boolean providers = rules.minimumOtjHours().map(min -> planned.get().compareTo(min) > 0).orElse(false);
        return ResultWords.hours(planned.get()) + (providers ? ", the provider's figure, which is higher"
                : ", the funding minimum, which is not lower than the provider's figure");
    }

    private static List<Row> priorLearning(Optional<PriorLearning> found) {
        if (found.isEmpty()) {
            return List.of(new Row("Prior learning", "Cannot be worked out until the standard's published minimum"
                    + " off-the-job hours are recorded"));
        }
        PriorLearning rpl = found.get();
        return List.of(
                new Row("Prior learning", ResultWords.hours(rpl.rplHours()) + " of the "
                        + ResultWords.hours(rpl.minimumOtjHoursWithoutPriorLearning())
                        + " minimum without prior learning: " + ResultWords.percent(rpl.percentage())),
                new Row("Planned end after prior learning", ResultWords.date(rpl.reducedPlannedEndDate()) + " ("
                        + ResultWords.days(rpl.durationReductionDays()) + " shorter)"),
                new Row("Price reduction", "At least " + ResultWords.pounds(rpl.minimumPriceReduction()) + " ("
                        + ResultWords.percent(rpl.minimumPriceReductionPercentage())
                        + " of the funding band maximum) off the training price"));
    }

    private static Step step(Explanation explanation) {
        return new Step(explanation.statement(), explanation.source().citation());
    }

    private static String capitalised(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
