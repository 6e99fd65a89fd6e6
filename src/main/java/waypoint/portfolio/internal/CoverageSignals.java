package waypoint.portfolio.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.portfolio.CoverageFigures;
import waypoint.portfolio.PortfolioCoverage;
import waypoint.supportcase.AtRiskSignal;
import waypoint.supportcase.AtRiskSignalSource;
import waypoint.supportcase.AtRiskThresholds;

/**
 * The portfolio's at-risk signal (KSB coverage behind the elapsed share of the programme): the share of KSBs signed off
 * trails the share of the programme elapsed by at least the provider's gap.
 */
@Component
class CoverageSignals implements AtRiskSignalSource {

    private final PortfolioCoverage coverage;

    CoverageSignals(PortfolioCoverage coverage) {
        this.coverage = coverage;
    }

    @Override
    public List<AtRiskSignal> signals(ApprenticeshipSummary apprenticeship, AtRiskThresholds thresholds,
            LocalDate today) {
        return signals(coverage.of(apprenticeship.id()), thresholds);
    }

    /** A batch in a fixed number of queries (the portfolio's figures of them all). */
    @Override
    public Map<ApprenticeshipId, List<AtRiskSignal>> signalsOf(List<ApprenticeshipSummary> apprenticeships,
            AtRiskThresholds thresholds, LocalDate today) {
        Map<ApprenticeshipId, CoverageFigures> figures = coverage.of(apprenticeships);
        Map<ApprenticeshipId, List<AtRiskSignal>> signals = new LinkedHashMap<>();
        apprenticeships.forEach(a -> signals.put(a.id(),
                signals(Optional.ofNullable(figures.get(a.id())),
                thresholds)));
        return signals;
    }

    private static List<AtRiskSignal> signals(Optional<CoverageFigures> figures, AtRiskThresholds thresholds) {
        return figures.filter(f -> f.ksbsTotal() > 0)
                .filter(f -> gap(f) >= thresholds.ksbCoverageGapPercent())
                .map(f -> List.of(new AtRiskSignal(AtRiskSignal.KSB_COVERAGE,
                        severity(gap(f), thresholds.ksbCoverageGapPercent()),
                        "KSB coverage at " + f.percentComplete() + "% with " + f.elapsedPercent()
                                + "% of the programme gone (" + f.ksbsSignedOff() + " of " + f.ksbsTotal()
                                + " KSBs signed off)")))
                .orElse(List.of());
    }

    private static int gap(CoverageFigures f) {
        return f.elapsedPercent() - f.percentComplete();
    }

    /** Twice the provider's gap or more is well behind; one and a half times, behind; else one to watch. */
    private static int severity(int gap, int threshold) {
        return gap >= 2 * threshold ? 3 : 2 * gap >= 3 * threshold ? 2 : 1;
    }
}
