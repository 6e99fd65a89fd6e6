package waypoint.rules;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import waypoint.shared.money.Money;

/**
 * The additional payments an apprenticeship brings (docs/domain/funding-rules.md, Incentives). Pure.
 * <ul>
 *   <li>apprentices aged 16 to 18 at the start, or 19 to 24 with an education, health and care plan or who are care
 *       leavers: £1,000 to the provider and £1,000 to the employer, each in two halves, after 90 and after 365 days in
 *       learning;</li>
 *   <li>starts from 1 August 2026, aged 16 to 24, at a small employer: £2,000 to the employer, in two halves at the
 *       same days (a secondary source reports it; check the current funding rules);</li>
 *   <li>the day counts days in learning: days of a break are not counted, so a break moves the day on by its length;
 *       while a break goes on, the day is not known until the return;</li>
 *   <li>each half is paid only if the apprentice is still in learning on that day: withdrawn or finished before it,
 *       it is not earned.</li>
 * </ul>
 */
public record Incentives(List<Payment> payments, List<String> explanations, List<String> warnings) {

    static final LocalDate SMALL_EMPLOYER_FROM = LocalDate.of(2026, 8, 1);
    private static final Money HALF_OF_1000 = Money.pounds(500);
    private static final Money HALF_OF_2000 = Money.pounds(1000);

    public enum Recipient {
        PROVIDER,
        EMPLOYER
    }

    public enum Kind {
        YOUNG_APPRENTICE("Payment for an apprentice aged 16 to 18 (or 19 to 24 with a plan or a care leaver)"),
        SMALL_EMPLOYER("Payment for a small employer taking on an apprentice aged 16 to 24"),
        FOUNDATION_APPRENTICESHIP("Payment for a foundation apprenticeship, as the provider recorded it");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** Due: the day is still to come (or unknown while a break goes on); the others are settled. */
    public enum State {
        DUE("Due"),
        EARNED("Earned"),
        NOT_EARNED_WITHDRAWN("Not earned: withdrawn before the day"),
        NOT_EARNED_ENDED("Not earned: learning ended before the day");

        private final String words;

        State(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** {@code dueOn} is empty while a break that began before the day goes on. */
    public record Payment(Kind kind, Recipient recipient, int day, Optional<LocalDate> dueOn, Money amount,
            State state) {
    }

    /**
     * {@code foundationIncentives}: the foundation apprenticeship payments the provider recorded, each for the starts
     * from its date (the one for this start applies).
     */
    public record Facts(LocalDate startDate, LocalDate dateOfBirth, boolean ehcPlan, Optional<Boolean> careLeaver,
            Optional<Boolean> smallEmployer, List<EarningsFacts.Break> breaks, Optional<LocalDate> withdrawn,
            Optional<LocalDate> ended, ProgrammeType programmeType, List<FoundationIncentive> foundationIncentives) {

        /** With no foundation apprenticeship payment recorded. */
        public Facts(LocalDate startDate, LocalDate dateOfBirth, boolean ehcPlan, Optional<Boolean> careLeaver,
                Optional<Boolean> smallEmployer, List<EarningsFacts.Break> breaks, Optional<LocalDate> withdrawn,
                Optional<LocalDate> ended, ProgrammeType programmeType) {
            this(startDate, dateOfBirth, ehcPlan, careLeaver, smallEmployer, breaks, withdrawn, ended, programmeType,
                    List.of());
        }

        /** An apprenticeship standard. */
        public Facts(LocalDate startDate, LocalDate dateOfBirth, boolean ehcPlan, Optional<Boolean> careLeaver,
                Optional<Boolean> smallEmployer, List<EarningsFacts.Break> breaks, Optional<LocalDate> withdrawn,
                Optional<LocalDate> ended) {
            this(startDate, dateOfBirth, ehcPlan, careLeaver, smallEmployer, breaks, withdrawn, ended,
                    ProgrammeType.APPRENTICESHIP_STANDARD);
        }

        public Facts {
            programmeType = programmeType == null ? ProgrammeType.APPRENTICESHIP_STANDARD : programmeType;
            foundationIncentives = foundationIncentives == null ? List.of() : List.copyOf(foundationIncentives);
            breaks = breaks.stream().sorted(Comparator.comparing(EarningsFacts.Break::from)).toList();
            new FieldErrors().rejectIf(!dateOfBirth.isBefore(startDate), "dateOfBirth",
                    "The date of birth must be before the start date").throwIfAny();
        }

        int ageAtStart() {
            return Period.between(dateOfBirth, startDate).getYears();
        }
    }

    public Incentives {
        payments = List.copyOf(payments);
        explanations = List.copyOf(explanations);
        warnings = List.copyOf(warnings);
    }

    public static Incentives of(Facts facts, LocalDate today) {
        List<Payment> payments = new ArrayList<>();
        List<String> why = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int age = facts.ageAtStart();
        boolean young;
        if (age <= 18) {
            young = true;
            why.add(sentence("Aged " + age + " at the start on " + Words.date(facts.startDate()) + ": £1,000 to the"
                    + " provider and £1,000 to the employer", Source.INCENTIVES_16_TO_18));
        } else if (age <= 24 && (facts.ehcPlan() || facts.careLeaver().orElse(false))) {
            young = true;
            why.add(sentence("Aged " + age + " at the start, " + (facts.ehcPlan()
                    ? "with an education, health and care plan" : "a care leaver") + ": £1,000 to the provider and"
                    + " £1,000 to the employer", Source.INCENTIVES_16_TO_18));
        } else {
            young = false;
            if (age <= 24 && facts.careLeaver().isEmpty()) {
                warnings.add("Aged " + age + " at the start without an education, health and care plan: whether the"
                        + " payments for young apprentices apply is not known until the onboarding eligibility checks"
                        + " answer whether the learner is a care leaver.");
            }
            why.add(sentence("Aged " + age + " at the start" + (age <= 24 ? ", neither with an education, health"
                    + " and care plan nor " + (facts.careLeaver().isEmpty() ? "known to be " : "") + "a care leaver"
                    : "") + ": no payment for young apprentices", Source.INCENTIVES_16_TO_18));
        }
        if (young) {
            for (int day : new int[] {90, 365}) {
                payments.add(payment(facts, Kind.YOUNG_APPRENTICE, Recipient.PROVIDER, day, HALF_OF_1000, today));
                payments.add(payment(facts, Kind.YOUNG_APPRENTICE, Recipient.EMPLOYER, day, HALF_OF_1000, today));
            }
        }
        if (!facts.startDate().isBefore(SMALL_EMPLOYER_FROM) && age <= 24) {
            if (facts.smallEmployer().isEmpty()) {
                warnings.add("Whether the employer is a small employer is not recorded: the 2026 to 2027 payment for"
                        + " small employers taking on apprentices aged 16 to 24 is not known.");
            } else if (facts.smallEmployer().get()) {
                why.add(sentence("A start from 1 August 2026, aged " + age + ", at a small employer: £2,000 to the"
                        + " employer", Source.SMALL_EMPLOYER_INCENTIVE_2026_27));
                for (int day : new int[] {90, 365}) {
                    payments.add(payment(facts, Kind.SMALL_EMPLOYER, Recipient.EMPLOYER, day, HALF_OF_2000, today));
                }
            }
        }
        if (facts.programmeType() == ProgrammeType.FOUNDATION_APPRENTICESHIP) {
            // docs/domain/programme-types.md: a payment of their own is reported, its figure is not in the rules held,
            // so it is the provider's record for starts from a date, and unknown until one applies
            Optional<FoundationIncentive> recorded = FoundationIncentive.forStart(facts.foundationIncentives(),
                    facts.startDate());
            if (recorded.isEmpty()) {
                warnings.add("A foundation apprenticeship's own payment is not known for a start on "
                        + Words.date(facts.startDate()) + ": an administrator records it from the funding rules for"
                        + " foundation apprenticeships (Funding, foundation apprenticeship payment); it is not"
                        + " counted in these figures.");
            } else {
                FoundationIncentive f = recorded.get();
                why.add("A foundation apprenticeship started on " + Words.date(facts.startDate()) + ": "
                        + Words.pounds(f.amount()) + " to the " + f.paidTo().name().toLowerCase(java.util.Locale.ROOT)
                        + " after " + f.afterDays() + " days in learning, if the apprentice is still in learning"
                        + " that day (" + f.source() + ", " + f.sourceAddress() + ", as the provider recorded it for"
                        + " starts from " + Words.date(f.startsFrom()) + ").");
                payments.add(payment(facts, Kind.FOUNDATION_APPRENTICESHIP, f.paidTo(), f.afterDays(), f.amount(),
                        today));
            }
        }
        if (!payments.isEmpty()) {
            why.add(sentence("Each half is paid after 90 and 365 days in learning, if the apprentice is still in"
                    + " learning that day; days of a break in learning are not counted", Source.INCENTIVES_16_TO_18));
        }
        return new Incentives(payments, why, warnings);
    }

    private static Payment payment(Facts facts, Kind kind, Recipient to, int day, Money amount,
            LocalDate today) {
        Optional<LocalDate> due = dayInLearning(facts, day);
        State state;
        if (due.isEmpty()) {
            state = State.DUE;
        } else if (facts.withdrawn().filter(w -> w.isBefore(due.get())).isPresent()) {
            state = State.NOT_EARNED_WITHDRAWN;
        } else if (facts.ended().filter(e -> e.isBefore(due.get())).isPresent()) {
            state = State.NOT_EARNED_ENDED;
        } else {
            state = due.get().isAfter(today) ? State.DUE : State.EARNED;
        }
        return new Payment(kind, to, day, due, amount, state);
    }

    /**
     * The date of the n-th day in learning, the start being day 1: each break that begins on or before it moves it on
     * by the break's length; empty while such a break goes on.
     */
    static Optional<LocalDate> dayInLearning(Facts facts, int n) {
        LocalDate day = facts.startDate().plusDays(n - 1L);
        for (EarningsFacts.Break b : facts.breaks()) {
            if (b.from().isAfter(day)) {
                break;
            }
            if (b.returned().isEmpty()) {
                return Optional.empty();
            }
            day = day.plusDays(ChronoUnit.DAYS.between(b.from(), b.returned().get()));
        }
        return Optional.of(day);
    }

    private static String sentence(String statement, Source source) {
        return new Explanation(statement, source).sentence();
    }

    public Money total(Recipient to) {
        return payments.stream().filter(p -> p.recipient() == to && p.state() != State.NOT_EARNED_WITHDRAWN
                && p.state() != State.NOT_EARNED_ENDED).map(Payment::amount).reduce(Money.ZERO, Money::plus);
    }
}
