package waypoint.supportcase.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.EnglishAndMathsProgress;
import waypoint.otj.OffTheJobFigures;
import waypoint.otj.OffTheJobHours;
import waypoint.review.ReviewsDue;
import waypoint.shared.time.GovUkDates;
import waypoint.supportcase.AtRiskSignal;
import waypoint.supportcase.AtRiskSignalSource;
import waypoint.supportcase.AtRiskThresholds;

/**
 * The signals that exist now (docs/domain/support-policy.md, At risk): off-the-job hours behind pace and no active learning (the otj
 * module's figures), an overdue progress review (the review module), and English and maths not achieved as the
 * planned gateway nears (onboarding). KSB coverage, session cadence and overdue actions come from their modules
 * through {@link AtRiskSignalSource}.
 */
final class BuiltInSignals {

    private BuiltInSignals() {
    }

    /**
     * From the otj module's figures, the same as the pace page's (docs/domain/support-policy.md, At risk): for a batch
     * of the nightly run they are read for the whole batch at once, in a fixed number of queries; one by one they
     * cost a dozen queries each, far too many for every apprenticeship in learning each night.
     */
    @Component
    static class OffTheJob implements AtRiskSignalSource {

        private final OffTheJobHours hours;

        OffTheJob(OffTheJobHours hours) {
            this.hours = hours;
        }

        @Override
        public List<AtRiskSignal> signals(ApprenticeshipSummary a, AtRiskThresholds t, LocalDate today) {
            return hours.of(a.id()).map(f -> signals(f, t)).orElse(List.of());
        }

        @Override
        public Map<ApprenticeshipId, List<AtRiskSignal>> signalsOf(List<ApprenticeshipSummary> apprenticeships,
                AtRiskThresholds t, LocalDate today) {
            Map<ApprenticeshipId, List<AtRiskSignal>> signals = new LinkedHashMap<>();
            hours.of(apprenticeships).forEach((id, f) -> signals.put(id, signals(f, t)));
            return signals;
        }

        private static List<AtRiskSignal> signals(OffTheJobFigures f, AtRiskThresholds t) {
            List<AtRiskSignal> signals = new ArrayList<>();
            if (f.expectedToDateHours() != null && f.expectedToDateHours().signum() > 0
                    && f.percentOfExpected() < t.otjPercentBelow()) {
                int severity = f.percentOfExpected() < t.otjPercentBelow() / 2 ? 3
                        : f.percentOfExpected() < t.otjPercentBelow() - 15 ? 2 : 1;
                signals.add(new AtRiskSignal(Signals.OTJ_BEHIND, severity, "off-the-job hours at "
                        + f.percentOfExpected() + "% of expected (" + plain(f.approvedHours()) + " of "
                        + plain(f.expectedToDateHours()) + " hours)"));
            }
            if (f.activeLearningFlag()) {
                signals.add(new AtRiskSignal(Signals.NO_ACTIVE_LEARNING, 2, "no active learning: "
                        + words(f)));
            }
            return signals;
        }

        private static String words(OffTheJobFigures f) {
            return f.activeLearningWords() == null || f.activeLearningWords().isBlank()
                    ? "no approved activity within the active-learning interval" : f.activeLearningWords();
        }

        private static String plain(BigDecimal hours) {
            return hours == null ? "0" : hours.stripTrailingZeros().toPlainString();
        }
    }

    @Component
    static class Reviews implements AtRiskSignalSource {

        private final ReviewsDue due;

        Reviews(ReviewsDue due) {
            this.due = due;
        }

        @Override
        public List<AtRiskSignal> signals(ApprenticeshipSummary a, AtRiskThresholds t, LocalDate today) {
            return signals(due.nextDue(a.id()), t, today);
        }

        @Override
        public Map<ApprenticeshipId, List<AtRiskSignal>> signalsOf(List<ApprenticeshipSummary> apprenticeships,
                AtRiskThresholds t, LocalDate today) {
            Map<ApprenticeshipId,
                    LocalDate> next = due.nextDue(apprenticeships.stream().map(ApprenticeshipSummary::id).toList());
            Map<ApprenticeshipId, List<AtRiskSignal>> signals = new LinkedHashMap<>();
            apprenticeships.forEach(a -> signals.put(a.id(),
                    signals(Optional.ofNullable(next.get(a.id())), t, today)));
            return signals;
        }

        private static List<AtRiskSignal> signals(Optional<LocalDate> nextDue, AtRiskThresholds t, LocalDate today) {
            return nextDue.filter(d -> ChronoUnit.DAYS.between(d, today) > t.reviewOverdueDays())
                    .map(d -> {
                        long days = ChronoUnit.DAYS.between(d, today);
                        return List.of(new AtRiskSignal(Signals.REVIEW_OVERDUE, days > 30 ? 3 : 2,
                                "progress review overdue by " + days + " days (due " + GovUkDates.date(d) + ")"));
                    }).orElse(List.of());
        }
    }

    @Component
    static class EnglishAndMaths implements AtRiskSignalSource {

        private final EnglishAndMathsProgress progress;

        EnglishAndMaths(EnglishAndMathsProgress progress) {
            this.progress = progress;
        }

        @Override
        public List<AtRiskSignal> signals(ApprenticeshipSummary a, AtRiskThresholds t, LocalDate today) {
            return nearGateway(a, t, today) ? signals(a, progress.of(a.id()), today) : List.of();
        }

        @Override
        public Map<ApprenticeshipId, List<AtRiskSignal>> signalsOf(List<ApprenticeshipSummary> apprenticeships,
                AtRiskThresholds t, LocalDate today) {
            List<ApprenticeshipSummary> near = apprenticeships.stream().filter(a -> nearGateway(a, t, today)).toList();
            Map<ApprenticeshipId, EnglishAndMathsProgress.Achieved> achieved = progress.of(
                    near.stream().map(ApprenticeshipSummary::id).toList());
            Map<ApprenticeshipId, List<AtRiskSignal>> signals = new LinkedHashMap<>();
            apprenticeships.forEach(a -> signals.put(a.id(), achieved.containsKey(a.id())
                    ? signals(a, achieved.get(a.id()), today) : List.of()));
            return signals;
        }

        /** English and maths are checked from some weeks before the planned gateway (the provider's setting). */
        private static boolean nearGateway(ApprenticeshipSummary a, AtRiskThresholds t, LocalDate today) {
            LocalDate gateway = a.plannedEndDate();
            return gateway != null && !today.isBefore(gateway.minusWeeks(t.englishMathsWeeksBeforeGateway()));
        }

        private static List<AtRiskSignal> signals(ApprenticeshipSummary a, EnglishAndMathsProgress.Achieved achieved,
                LocalDate today) {
            LocalDate gateway = a.plannedEndDate();
            List<String> missing = new ArrayList<>();
            if (!achieved.english()) {
                missing.add("English");
            }
            if (!achieved.maths()) {
                missing.add("maths");
            }
            if (missing.isEmpty()) {
                return List.of();
            }
            long weeks = ChronoUnit.WEEKS.between(today, gateway);
            return List.of(new AtRiskSignal(Signals.ENGLISH_MATHS, weeks <= 4 ? 3 : 2, String.join(" and ", missing)
                    + " not achieved, with the planned gateway on " + GovUkDates.date(gateway)
                    + (weeks > 0 ? " (in " + weeks + " weeks)" : " (passed)")));
        }
    }
}
