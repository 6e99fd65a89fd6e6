package waypoint.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a programme type changes in the pack of its start date (docs/domain/programme-types.md):
 * <ul>
 *   <li>foundation apprenticeships (starts from 1 August 2025): level 2; at least 187 off-the-job hours, the published
 *       figure where it is higher; under 25 at the start (ILR rule DateOfBirth_59); otherwise the pack's rules;</li>
 *   <li>apprenticeship units (starts from 28 April 2026): aged 19 or over at the start; the unit's 30 to 140 planned
 *       hours over 1 to 16 weeks replace the off-the-job minimum, the provider's percentage of contracted hours and
 *       the minimum duration; no English and maths; a provider test instead of the end-point assessment.</li>
 * </ul>
 * Apprenticeship standards follow the pack alone. A fact that breaks a type's rule is a refusal naming the field and
 * the rule.
 */
final class ProgrammeTypeRules {

    static final int UNIT_ADULT_AGE = 19;
    static final BigDecimal UNIT_FEWEST_HOURS = new BigDecimal("30.0");
    static final BigDecimal UNIT_MOST_HOURS = new BigDecimal("140.0");
    static final long UNIT_SHORTEST_DAYS = 7;
    static final long UNIT_LONGEST_DAYS = 16 * 7;
    static final int FOUNDATION_AGE_LIMIT = 25;
    static final BigDecimal FOUNDATION_LEAST_HOURS = PublishedMinimum.LEAST_HOURS;

    private ProgrammeTypeRules() {
    }

    static ProgrammeType type(ApprenticeshipFacts facts) {
        return facts.standard().programmeType();
    }

    /** The facts that break the type's rules, by the rules' field names, each naming its rule; empty when none. */
    static Explained<Map<String, String>> refusals(ApprenticeshipFacts facts) {
        ProgrammeType type = type(facts);
        Map<String, String> refused = new LinkedHashMap<>();
        List<Explanation> why = new ArrayList<>();
        Optional<LocalDate> first = type.firstStart();
        if (first.isPresent() && facts.startDate().isBefore(first.get())) {
            refused.put("startDate", (type == ProgrammeType.APPRENTICESHIP_UNIT ? "An " : "A ")
                    + type.label().toLowerCase(java.util.Locale.ROOT) + " can start on " + Words.date(first.get())
                    + " at the earliest; this start is " + Words.date(facts.startDate()));
            why.add(new Explanation(refused.get("startDate"), source(type)));
        }
        int age = facts.ageAtStart();
        if (type == ProgrammeType.APPRENTICESHIP_UNIT) {
            if (age < UNIT_ADULT_AGE) {
                refused.put("dateOfBirth", "Apprenticeship units are for adults: the learner is " + age + " on "
                        + Words.date(facts.ageReferenceDate()) + ", and the apprenticeship unit funding rules 2026 to"
                        + " 2027 fund only learners aged 19 or over at the start");
            } else {
                why.add(new Explanation("Apprenticeship unit: the learner is " + age + " at the start, 19 or over",
                        Source.APPRENTICESHIP_UNITS));
            }
            facts.standard().publishedMinimumOtjHours().ifPresent(hours -> {
                if (hours.compareTo(UNIT_FEWEST_HOURS) < 0 || hours.compareTo(UNIT_MOST_HOURS) > 0) {
                    refused.put("standard", "An apprenticeship unit plans 30 to 140 hours; " + facts.standard()
                            .referenceNumber() + " is recorded with " + Words.hours(hours.setScale(1,
                            RoundingMode.HALF_UP)) + " (the apprenticeship unit funding rules 2026 to 2027)");
                }
            });
            long days = facts.practicalPeriodDays();
            if (days > UNIT_LONGEST_DAYS) {
                refused.put("plannedEndDate", "An apprenticeship unit lasts 1 to 16 weeks: the planned end must be "
                        + Words.date(facts.startDate().plusDays(UNIT_LONGEST_DAYS)) + " or sooner, 16 weeks after the"
                        + " start (the apprenticeship unit funding rules 2026 to 2027)");
            } else if (days < UNIT_SHORTEST_DAYS) {
                refused.put("plannedEndDate", "An apprenticeship unit lasts 1 to 16 weeks: the planned end must be "
                        + Words.date(facts.startDate().plusDays(UNIT_SHORTEST_DAYS)) + " or later, a week after the"
                        + " start (the apprenticeship unit funding rules 2026 to 2027)");
            }
        } else if (type == ProgrammeType.FOUNDATION_APPRENTICESHIP && facts.originalStartDate().isEmpty()) {
            if (age >= FOUNDATION_AGE_LIMIT) {
                refused.put("dateOfBirth", "A foundation apprenticeship is funded for learners under 25 at the start:"
                        + " the learner is " + age + " on " + Words.date(facts.startDate()) + " (ILR 2025-26"
                        + " validation rule DateOfBirth_59)");
            } else {
                why.add(new Explanation("Foundation apprenticeship: the learner is " + age + " at the start, under"
                        + " 25", Source.FOUNDATION_APPRENTICESHIP_AGE));
            }
        }
        refused.forEach((field, message) -> {
            if (!"startDate".equals(field)) {
                why.add(new Explanation(message, source(type)));
            }
        });
        return new Explained<>(refused, why);
    }

    private static Source source(ProgrammeType type) {
        return type == ProgrammeType.APPRENTICESHIP_UNIT ? Source.APPRENTICESHIP_UNITS
                : Source.FOUNDATION_APPRENTICESHIPS;
    }

    static Explained<Optional<BigDecimal>> minimumOtjHours(FundingRulePack pack, ApprenticeshipFacts facts) {
        return switch (type(facts)) {
            case APPRENTICESHIP_STANDARD -> pack.minimumOtjHours(facts);
            case FOUNDATION_APPRENTICESHIP -> {
                Optional<BigDecimal> published = facts.standard().publishedMinimumOtjHours()
                        .map(hours -> hours.setScale(1, RoundingMode.HALF_UP));
                if (published.filter(hours -> hours.compareTo(FOUNDATION_LEAST_HOURS) > 0).isPresent()) {
                    yield Explained.because(published, "Minimum off-the-job hours of a foundation apprenticeship: the"
                            + " published minimum for " + facts.standard().referenceNumber() + ", "
                            + Words.hours(published.get()) + " (above the 187 h every foundation apprenticeship"
                            + " plans)", Source.FOUNDATION_APPRENTICESHIPS);
                }
                yield Explained.because(Optional.of(FOUNDATION_LEAST_HOURS), "Minimum off-the-job hours of a"
                        + " foundation apprenticeship: 187 h" + published.map(hours -> " (the published figure, "
                        + Words.hours(hours) + ", is not above it)").orElse(""), Source.FOUNDATION_APPRENTICESHIPS);
            }
            case APPRENTICESHIP_UNIT -> {
                Optional<BigDecimal> hours = facts.standard().publishedMinimumOtjHours()
                        .map(h -> h.setScale(1, RoundingMode.HALF_UP));
                yield hours.isEmpty()
                        ? Explained.because(Optional.<BigDecimal>empty(), "Planned hours of the apprenticeship unit:"
                                + " unknown: the unit's hours are not recorded for " + facts.standard()
                                .referenceNumber() + "; record them on the unit (30 to 140 h)",
                                Source.APPRENTICESHIP_UNITS)
                        : Explained.because(hours, "Planned hours of the apprenticeship unit: the unit's "
                                + Words.hours(hours.get()) + " (30 to 140 h; they replace the off-the-job minimum and"
                                + " the percentage of contracted hours)", Source.APPRENTICESHIP_UNITS);
            }
        };
    }

    static Explained<BigDecimal> otjFloor(FundingRulePack pack, ApprenticeshipFacts facts) {
        return switch (type(facts)) {
            case APPRENTICESHIP_STANDARD -> pack.otjFloor(facts);
            case FOUNDATION_APPRENTICESHIP -> Explained.because(FOUNDATION_LEAST_HOURS, "Least off-the-job hours of a"
                    + " foundation apprenticeship after prior learning: 187 h", Source.FOUNDATION_APPRENTICESHIPS);
            case APPRENTICESHIP_UNIT -> Explained.because(UNIT_FEWEST_HOURS, "Least hours of an apprenticeship unit:"
                    + " 30 h", Source.APPRENTICESHIP_UNITS);
        };
    }

    static Explained<MinimumDuration> duration(FundingRulePack pack, ApprenticeshipFacts facts) {
        if (type(facts) != ProgrammeType.APPRENTICESHIP_UNIT) {
            return pack.minimumDuration(facts);
        }
        long planned = facts.practicalPeriodDays();
        boolean within = planned >= UNIT_SHORTEST_DAYS && planned <= UNIT_LONGEST_DAYS;
        return Explained.because(new MinimumDuration(UNIT_SHORTEST_DAYS, planned, Optional.of(UNIT_LONGEST_DAYS)),
                "Duration of an apprenticeship unit: 1 to 16 weeks (7 to 112 days), instead of the apprenticeship"
                        + " minimum duration; planned " + Words.date(facts.startDate()) + " to "
                        + Words.date(facts.plannedEndDate()) + " = " + Words.days(planned)
                        + (within ? ", within it" : ", outside it"), Source.APPRENTICESHIP_UNITS);
    }

    /** Units plan the unit's hours: the provider's percentage of contracted hours does not apply to them. */
    static ProviderPolicy policy(ProviderPolicy policy, ApprenticeshipFacts facts) {
        return type(facts) == ProgrammeType.APPRENTICESHIP_UNIT
                ? new ProviderPolicy(Optional.empty(), policy.reviewIntervalWeeks()) : policy;
    }

    static Explained<EnglishAndMaths> englishAndMaths(FundingRulePack pack, ApprenticeshipFacts facts) {
        if (type(facts).hasEnglishAndMaths()) {
            return pack.englishAndMaths(facts);
        }
        return Explained.because(EnglishAndMaths.notApplicable(), "English and maths: does not apply to an"
                + " apprenticeship unit", Source.APPRENTICESHIP_UNITS);
    }

    /** How the programme ends: the end-point assessment, or for a unit the provider's test the employer validates. */
    static List<Explanation> assessment(ApprenticeshipFacts facts) {
        if (type(facts).hasEndPointAssessment()) {
            return List.of();
        }
        return List.of(new Explanation("Assessment: a test set by the provider and validated by the employer; no"
                + " end-point assessment and no gateway", Source.APPRENTICESHIP_UNITS));
    }
}
