package waypoint.reporting.internal.evidence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import waypoint.enrolment.ApprenticeshipId;

/**
 * How a funding audit sample is chosen (docs/domain/audit-and-inspection.md, "Samples"): at random, the population
 * put in a fixed order and shuffled by the seed, so the same seed over the same apprenticeships chooses the same
 * sample; or by risk, the most flags first, ties broken by the seed the same way.
 */
public final class SampleChoice {

    public enum Method {
        RANDOM("At random"), RISK("By risk (the most flagged first)");

        private final String words;

        Method(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** One chosen apprenticeship and why. */
    public record Chosen(RiskList.Line line, String why) {
    }

    private SampleChoice() {
    }

    /** A random choice of {@code size} ids: put in a fixed order, shuffled by the seed, the first taken. */
    public static List<ApprenticeshipId> pick(List<ApprenticeshipId> population, int size, long seed) {
        List<ApprenticeshipId> order = new ArrayList<>(population);
        order.sort(Comparator.comparing(ApprenticeshipId::value));
        Collections.shuffle(order, new Random(seed));
        return List.copyOf(order.subList(0, Math.min(Math.max(0, size), order.size())));
    }

    public static List<Chosen> choose(List<RiskList.Line> population, int size, Method method, long seed) {
        List<RiskList.Line> order = new ArrayList<>(population);
        order.sort(Comparator.comparing(l -> l.apprenticeshipId().toString()));
        Collections.shuffle(order, new Random(seed));
        if (method == Method.RISK) {
            order.sort(Comparator.comparingLong(RiskList.Line::flags).reversed());
        }
        return order.stream().limit(Math.max(0, size)).map(l -> new Chosen(l, why(l, method))).toList();
    }

    private static String why(RiskList.Line line, Method method) {
        if (method == Method.RANDOM) {
            return "Chosen at random";
        }
        List<String> flagged = line.findings().stream().filter(RiskFinding::flagged).map(f -> f.risk().words())
                .toList();
        return flagged.isEmpty() ? "No risk flagged (chosen to make up the number)" : String.join("; ", flagged);
    }
}
