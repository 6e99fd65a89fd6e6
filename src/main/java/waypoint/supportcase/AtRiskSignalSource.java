package waypoint.supportcase;

import java.time.LocalDate;
import java.util.List;

import waypoint.enrolment.ApprenticeshipSummary;

/**
 * A source of at-risk signals (seed 003: “an at risk apprentice is any apprentice who has fallen behind their
 * timeline of progression, regardless of the reason“). The support case module asks every bean implementing this
 * when it computes an apprenticeship's indicator (nightly and on demand) and stores the answers. It contributes
 * off-the-job pace, active learning, overdue reviews and English and maths itself; the portfolio (KSB coverage),
 * sessions (cadence) and actions modules implement it in their own module, which then depends on this one.
 */
public interface AtRiskSignalSource {

    /** The signals that hold for this apprenticeship today (empty when it is on track by this source). */
    List<AtRiskSignal> signals(ApprenticeshipSummary apprenticeship, AtRiskThresholds thresholds, LocalDate today);
}
