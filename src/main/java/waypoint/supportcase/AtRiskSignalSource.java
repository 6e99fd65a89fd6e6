package waypoint.supportcase;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipSummary;

/**
 * A source of at-risk signals (your support policy, docs/domain/support-policy.md: “an at risk apprentice is any apprentice who has fallen behind their
 * timeline of progression, regardless of the reason“). The support case module asks every bean implementing this
 * when it computes an apprenticeship's indicator (nightly and on demand) and stores the answers. It contributes
 * off-the-job pace, active learning, overdue reviews and English and maths itself; the portfolio (KSB coverage),
 * sessions (cadence) and actions modules implement it in their own module, which then depends on this one.
 */
public interface AtRiskSignalSource {

    /** The signals that hold for this apprenticeship today (empty when it is on track by this source). */
    List<AtRiskSignal> signals(ApprenticeshipSummary apprenticeship, AtRiskThresholds thresholds, LocalDate today);

    /**
     * The signals of many apprenticeships (the nightly run asks for a few hundred at a time), each apprenticeship's
     * id to its signals, the same as {@link #signals(ApprenticeshipSummary, AtRiskThresholds, LocalDate)} gives one
     * by one. This default asks one by one; a source whose reads are queries overrides it to read the whole batch in
     * a fixed number of them, so the nightly run's queries do not grow with the number of apprenticeships.
     */
    default Map<ApprenticeshipId, List<AtRiskSignal>> signalsOf(List<ApprenticeshipSummary> apprenticeships,
            AtRiskThresholds thresholds, LocalDate today) {
        Map<ApprenticeshipId, List<AtRiskSignal>> signals = new LinkedHashMap<>();
        for (ApprenticeshipSummary apprenticeship : apprenticeships) {
            signals.put(apprenticeship.id(), signals(apprenticeship, thresholds, today));
        }
        return signals;
    }
}
