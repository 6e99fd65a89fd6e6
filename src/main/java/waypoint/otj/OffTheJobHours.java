package waypoint.otj;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.Apprenticeships;
import waypoint.otj.internal.EntryStore;
import waypoint.otj.internal.PaceReports;
import waypoint.otj.internal.PaceReports.PaceView;

/**
 * Off-the-job hours for other modules. These reads are not authorised here: a module showing them to someone asks
 * {@link waypoint.enrolment.ApprenticeshipAccess} first.
 */
@Service
public class OffTheJobHours {

    private final PaceReports reports;
    private final EntryStore store;
    private final Apprenticeships apprenticeships;

    OffTheJobHours(PaceReports reports, EntryStore store, Apprenticeships apprenticeships) {
        this.reports = reports;
        this.store = store;
        this.apprenticeships = apprenticeships;
    }

    /** The figures of an apprenticeship, or empty when it does not exist. */
    @Transactional(readOnly = true)
    public Optional<OffTheJobFigures> of(UUID apprenticeshipId) {
        return apprenticeships.find(apprenticeshipId).map(a -> {
            PaceView view = reports.figuresOf(a);
            var pace = view.pace();
            int percent = pace.expectedToDateHours().signum() == 0 ? 100
                    : pace.approvedHours().multiply(BigDecimal.valueOf(100))
                            .divide(pace.expectedToDateHours(), 0, RoundingMode.HALF_UP).intValue();
            return new OffTheJobFigures(a.id(), pace.minimumHours().orElse(null), pace.plannedHours(),
                    pace.expectedToDateHours(), pace.approvedHours(), pace.pendingHours(), pace.forecastHours(),
                    pace.status().name(), percent, store.totals(a.id()).lastApprovedDate(), view.activeLearningFlag(),
                    view.activeLearningWords(), pace.explanations());
        });
    }
}
