package waypoint.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import waypoint.rules.EnglishAndMaths.DecidedBy;
import waypoint.rules.EnglishAndMaths.Level;

/**
 * English and maths, the same dated rule in every pack (it follows age and start date, not the pack's period):
 * <ul>
 *   <li>aged 16–18 at the start: required (docs/domain/funding-rules.md, English and maths);</li>
 *   <li>aged 19 or over at a start on or after 11 Feb 2025: the employer decides, recorded in the initial assessment
 *       and training plan; not required unless the employer includes it (docs/domain/funding-rules.md, English and
 * maths);</li>
 *   <li>an apprentice aged 19 or over whose employer decides may be withdrawn from English and maths, said so
 *       for starts from 1 Aug 2026 (docs/domain/funding-rules.md, English and maths); for adults who started from
 *       11 Feb 2025 the employer's choice already allowed it;</li>
 *   <li>aged 19 or over at a start before 11 Feb 2025: required unless the employer decided to remove it (due by
 *       1 Apr 2025, training plan re-signed); a later withdrawal is not that removal, so still required
 *       (docs/domain/funding-rules.md, English and maths);</li>
 *   <li>for a restart the age at the original start counts; the 11 Feb 2025 date is compared with this start, the
 *       one that chose the pack (docs/domain/funding-rules.md, English and maths);</li>
 *   <li>the level: Level 2, or Entry Level 3 with an EHC plan or legacy statement; British Sign Language
 *       qualifications are an alternative to English (the Learning and skills mentor course page, Entry
 * requirements).</li>
 * </ul>
 */
final class EnglishAndMathsRule {

    /**
     * From this start date an adult apprentice's employer decides (docs/domain/funding-rules.md, English and maths).
     */
    static final LocalDate EMPLOYER_DECIDES_FROM = LocalDate.of(2025, 2, 11);
    static final int ADULT_AGE = 19;
    /** The 2026 to 2027 rules name the withdrawal of an adult from English and maths. */
    static final LocalDate WITHDRAWAL_NAMED_FROM = LocalDate.of(2026, 8, 1);

    private EnglishAndMathsRule() {
    }

    static Explained<EnglishAndMaths> decide(ApprenticeshipFacts facts) {
        List<Explanation> why = new ArrayList<>();
        int age = facts.ageAtStart();
        String when = facts.originalStartDate().isPresent()
                ? "on " + Words.date(facts.ageReferenceDate()) + ", the original start (this is a restart)"
                : "on " + Words.date(facts.startDate()) + ", the start";
        boolean required;
        DecidedBy decidedBy;
        EmployerDecision decision = facts.employerDecisionOnEnglishAndMaths();
        if (age < ADULT_AGE) {
            required = true;
            decidedBy = DecidedBy.FUNDING_RULES;
            why.add(new Explanation("English and maths: aged " + age + " " + when
                    + "; apprentices aged 16 to 18 at the start must achieve English and maths", Source.ENGLISH_AND_MATHS));
        } else if (!facts.startDate().isBefore(EMPLOYER_DECIDES_FROM)) {
            required = decision == EmployerDecision.INCLUDE;  // WITHDRAWN: included, then withdrawn
            decidedBy = DecidedBy.EMPLOYER;
            why.add(new Explanation("English and maths: aged " + age + " " + when + ", a start on or after"
                    + " 11 February 2025; for apprentices aged 19 or over the employer decides, recorded in the"
                    + " initial assessment and training plan, and they are not required unless the employer includes"
                    + " them", Source.ENGLISH_AND_MATHS));
            why.add(switch (decision) {
                case INCLUDE -> new Explanation("The employer included English and maths: required",
                        Source.ENGLISH_AND_MATHS);
                case REMOVE -> new Explanation("The employer left English and maths out: not required",
                        Source.ENGLISH_AND_MATHS);
                case NOT_RECORDED -> new Explanation("No employer decision recorded: not required",
                        Source.ENGLISH_AND_MATHS);
                case WITHDRAWN -> facts.startDate().isBefore(WITHDRAWAL_NAMED_FROM)
                        ? new Explanation("The employer withdrew the apprentice from English and maths: not required,"
                                + " since the employer decides for apprentices aged 19 or over", Source.ENGLISH_AND_MATHS)
                        : new Explanation("The employer withdrew the apprentice from English and maths: not required",
                                Source.ENGLISH_AND_MATHS_WITHDRAWAL);
            });
        } else {
            required = decision != EmployerDecision.REMOVE;
            decidedBy = decision == EmployerDecision.REMOVE ? DecidedBy.EMPLOYER : DecidedBy.FUNDING_RULES;
            why.add(new Explanation("English and maths: aged " + age + " " + when + ", a start before"
                    + " 11 February 2025; adults who started before then stay required unless their employer"
                    + " decided to remove it (the decision was due by 1 April 2025, with the training plan re-signed)",
                    Source.ENGLISH_AND_MATHS));
            why.add(new Explanation(switch (decision) {
                case REMOVE -> "The employer removed English and maths: not required";
                case WITHDRAWN -> "A withdrawal is recorded, but for a start before 11 February 2025 only the removal"
                        + " decided by 1 April 2025 ends the requirement: required";
                default -> "No removal recorded: required";
            }, Source.ENGLISH_AND_MATHS));
        }
        Level level = facts.ehcPlan() ? Level.ENTRY_LEVEL_3 : Level.LEVEL_2;
        if (facts.ehcPlan()) {
            why.add(new Explanation("With an education, health and care plan or a legacy statement the minimum"
                    + " English and maths requirement is Entry Level 3", Source.ENGLISH_AND_MATHS_ENTRY_REQUIREMENTS));
        } else {
            why.add(new Explanation("The level is Level 2 (functional skills); a learner who already holds Level 2"
                    + " English and maths and can show the certificates is exempt", Source.ENGLISH_AND_MATHS_EXEMPTION));
        }
        why.add(new Explanation("British Sign Language qualifications are an alternative to English qualifications"
                + " for an apprentice whose primary language it is", Source.ENGLISH_AND_MATHS_ENTRY_REQUIREMENTS));
        return new Explained<>(new EnglishAndMaths(required, level, decidedBy), why);
    }
}
