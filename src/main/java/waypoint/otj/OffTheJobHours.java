package waypoint.otj;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.Apprenticeships;
import waypoint.otj.internal.EntryStore;
import waypoint.otj.internal.Pace;
import waypoint.otj.internal.PaceReports;
import waypoint.otj.internal.PaceReports.PaceView;
import waypoint.otj.internal.PaceSnapshots;

/**
 * Off-the-job hours for other modules. These reads are not authorised here: a module showing them to someone asks
 * {@link waypoint.enrolment.ApprenticeshipAccess} first.
 */
@Service
public class OffTheJobHours {

    private final PaceReports reports;
    private final EntryStore store;
    private final Apprenticeships apprenticeships;
    private final PaceSnapshots snapshots;

    OffTheJobHours(PaceReports reports, EntryStore store, Apprenticeships apprenticeships, PaceSnapshots snapshots) {
        this.reports = reports;
        this.store = store;
        this.apprenticeships = apprenticeships;
        this.snapshots = snapshots;
    }

    /**
     * Works out today's pace of every apprenticeship whose published pace ({@code otj.pace}) is not of today (after
     * midnight before the nightly run, or after the thresholds changed): a list reading the view calls this first,
     * so it never shows yesterday's figures.
     */
    @Transactional
    public void bringPaceUpToDate() {
        snapshots.bringUpToDate();
    }

    /** How a list judges the hours of each row it read from the published pace. */
    public interface StatusRule {
        RagStatus statusOf(BigDecimal approvedHours, BigDecimal expectedHours, boolean minimumKnown,
                BigDecimal plannedHours);
    }

    /**
     * The status of hours read from the published pace by the provider's thresholds as they are now (read once for
     * the whole list): never green while the funding minimum is not known or nothing is planned
     * (docs/domain/off-the-job-hours.md).
     */
    @Transactional(readOnly = true)
    public StatusRule statusRule() {
        var thresholds = store.thresholds();
        return (approved, expected, minimumKnown, planned) -> Pace.statusOf(approved, expected, minimumKnown,
                planned, thresholds);
    }

    /** The figures of an apprenticeship, or empty when it does not exist. */
    @Transactional(readOnly = true)
    public Optional<OffTheJobFigures> of(ApprenticeshipId apprenticeshipId) {
        return apprenticeships.find(apprenticeshipId)
                .map(a -> figures(reports.figuresOf(a), store.totals(a.id()).lastApprovedDate()));
    }

    /**
     * The same figures of many apprenticeships as read (the nightly at-risk run asks for a few hundred at a time), in
     * a fixed number of queries whatever their number: every apprenticeship answered.
     */
    @Transactional(readOnly = true)
    public Map<ApprenticeshipId, OffTheJobFigures> of(List<ApprenticeshipSummary> batch) {
        Map<ApprenticeshipId, PaceView> views = reports.figuresOf(batch);
        Map<ApprenticeshipId, EntryStore.Totals> totals = store.totals(
                batch.stream().map(ApprenticeshipSummary::id).toList());
        Map<ApprenticeshipId, OffTheJobFigures> figures = new LinkedHashMap<>();
        for (ApprenticeshipSummary a : batch) {
            EntryStore.Totals t = totals.get(a.id());
            figures.put(a.id(), figures(views.get(a.id()), t == null ? null : t.lastApprovedDate()));
        }
        return figures;
    }

    private static OffTheJobFigures figures(PaceView view, java.time.LocalDate lastApprovedDate) {
        var pace = view.pace();
        int percent = pace.expectedToDateHours().signum() == 0 ? 100
                : pace.approvedHours().multiply(BigDecimal.valueOf(100))
                        .divide(pace.expectedToDateHours(), 0, RoundingMode.HALF_UP).intValue();
        return new OffTheJobFigures(view.apprenticeship().id(), pace.minimumHours().orElse(null),
                pace.plannedHours().orElse(null), pace.expectedToDateIfKnown().orElse(null), pace.approvedHours(),
                pace.pendingHours(), pace.forecastHours(), pace.status().name(), percent, lastApprovedDate,
                view.activeLearningFlag(), view.activeLearningWords(), pace.explanations());
    }
}
