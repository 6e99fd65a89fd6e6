package waypoint.portfolio;

import waypoint.enrolment.ApprenticeshipId;

/**
 * An apprenticeship's portfolio coverage: how many of its standard's KSBs are signed off, how many have any evidence,
 * the percentage complete (signed off of all) and the elapsed share of the programme (start to planned end), both
 * 0–100, so a caller can compare them (a gateway checklist, an at-risk signal).
 */
public record CoverageFigures(ApprenticeshipId apprenticeshipId, int ksbsTotal, int ksbsSignedOff, int ksbsWithEvidence,
        int percentComplete, int elapsedPercent) {

    /** Coverage behind the elapsed share of the programme. */
    public boolean behind() {
        return percentComplete < elapsedPercent;
    }
}
